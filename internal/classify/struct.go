package classify

import (
	"reflect"

	"github.com/hrvet/hrvet/annotations"
)

// Context says how far a struct is about a person, and so which ambiguous
// terms count in its fields.
type Context uint8

const (
	// Thing is a struct not known to be about a person: only unambiguous
	// terms, and ambiguous ones a word of the name gives to a person
	// (CustomerPhone), count.
	Thing Context = iota
	// Requester is a request or response body (LoginRequest,
	// ForgotPasswordRequest, ResendOTPInput), or the parameters of a call
	// that sends something (SendPasscodeParams), with an e-mail or phone
	// field: that field is the address of the person who sent the
	// request, is answered or is sent to, so ambiguous email and phone
	// terms count, and no others (its Title is not a job title).
	Requester
	// Person is a person-like struct: every ambiguous term counts.
	Person
)

func (c Context) String() string {
	switch c {
	case Requester:
		return "requester"
	case Person:
		return "person"
	}
	return "thing"
}

func contextOf(personLike bool) Context {
	if personLike {
		return Person
	}
	return Thing
}

// Evidence gathers what the own fields of a struct say about whether it
// describes a person. The zero value is ready to use; feed it every field
// the struct declares itself (not those of embedded or nested structs) with
// Field, or Category for a field whose category its pd tag gives, then ask
// Context. It does not allocate.
type Evidence struct {
	cats       uint32 // identifying categories named, by catBit
	weakName   bool   // a bare "Name" or "DisplayName": things have them too
	strongName bool   // a name only a person has, or one its pd tag marks
	thing      bool   // a field saying the struct is an organisation or a group
}

// identifyingBits numbers the identifying categories of SPEC section 1.
var identifyingBits = func() map[annotations.Category]uint32 {
	m := map[annotations.Category]uint32{}
	for _, c := range annotations.Categories() {
		if c.Identifying() {
			m[c] = 1 << uint(len(m))
		}
	}
	return m
}()

// Category records a field whose category is known: a pd tag says so.
func (ev *Evidence) Category(c annotations.Category) {
	if c == annotations.Name {
		ev.strongName = true
	}
	ev.cats |= identifyingBits[c]
}

// Field records a field from its Go name and raw struct tag, read as Field
// reads them. A field is evidence of an identifying category when
//
//   - the category counts even outside a person-like struct (FirstName,
//     Passport, HomeAddress, CustomerPhone), or
//   - the field names a name, an e-mail address or a phone number, and
//     every other word of it only says which of a person's (Email,
//     PhoneNumber, WorkEmail, MobilePhone2, NewEmail, FullName): the
//     owner of ContactEmail, SupportEmail, FromName or CompanyPhone may
//     be a thing.
//
// A bare address is no evidence (a server has one, and a network peer);
// nor are a bank account, a card or a location, which companies and
// devices have. A field whose words say the struct is an organisation or
// a group of people (Industry, Logo, Headcount, Employees, Members) rules
// the struct out.
func (ev *Evidence) Field(name, tag string) {
	var f Evidence // this field's evidence: none if any of its names is excluded
	if f.ident(name, true) {
		return
	}
	st := reflect.StructTag(tag)
	for _, key := range tagKeys {
		if v, ok := st.Lookup(key); ok && f.ident(tagName(key, v), false) {
			return
		}
	}
	ev.cats |= f.cats
	ev.weakName = ev.weakName || f.weakName
	ev.strongName = ev.strongName || f.strongName
	ev.thing = ev.thing || f.thing
}

// ident records the evidence of one name of a field, and reports whether
// an exclusion word (hash, masked ...) rules the whole field out.
func (ev *Evidence) ident(ident string, goName bool) (excluded bool) {
	if ident == "" {
		return false
	}
	var textBuf [128]byte
	var endBuf [16]int
	ws := splitWords(ident, textBuf[:0], endBuf[:0])
	if goName {
		for i := 0; i < ws.len(); i++ {
			if lex.orgFieldWords.has(ws.word(i)) {
				ev.thing = true
			}
		}
	}
	r := scan(ws, Thing)
	if r.excluded {
		return true
	}
	if r.entry != nil {
		if bit := identifyingBits[r.entry.category]; bit != 0 {
			ev.cats |= bit
			if r.entry.category == annotations.Name {
				ev.strongName = true
			}
			return false
		}
	}
	r = scan(ws, Person)
	if r.entry == nil {
		return false
	}
	c := r.entry.category
	if c != annotations.Name && c != annotations.Email && c != annotations.Phone {
		return false
	}
	for k := 0; k < ws.len(); k++ {
		if k >= r.at && k < r.at+r.n {
			continue
		}
		if w := ws.word(k); !isNumber(w) && !lex.bareQualifiers.has(w) {
			return false
		}
	}
	ev.cats |= identifyingBits[c]
	if c == annotations.Name {
		// "Name", "DisplayName", "Nickname": apps, teams and shops have
		// them too; "FullName" is a person's.
		if lex.weakNames.has(ws.word(r.at)) {
			ev.weakName = true
		} else {
			ev.strongName = true
		}
	}
	return false
}

// Context judges a struct named typeName from the evidence of its own
// fields. It does not consult PersonLike: callers ask it first, and only
// structs it rejects need their fields weighed.
//
// The struct is person-like (Person) when its fields name two or more
// distinct identifying categories, a bare "Name" counting only beside an
// e-mail address (a newsletter's Subscriber has Name and Email; a shop
// has Name and Phone). It is a Requester when its type name ends in a
// request or response word (LoginRequest, ResendOTPInput, SignupForm,
// ForgotPasswordPayload, UserInfoResponse), or it is the parameters of a
// call that sends something (its last word params, param or parameters,
// an earlier word send, resend, notify, deliver or invite:
// SendPasscodeParams, NotifyParams), and a field names an e-mail
// address or a phone number. Neither holds when a word of the type name
// says it is machinery or a setting (SMTPConfig, MailerSettings,
// NotificationService, Sender) or a thing that has a name, an address
// and a phone of its own: an organisation, a place, a group or a
// product (Company, Department, Vendor, Tenant, Branch, Office, Team,
// Venue, Warehouse, Project, Webhook ...), or when a field says so. In a
// request or response body, machinery words before the last say what the
// call does, not what the body is (TokenVerifyResponse,
// ResetTokenRequest), and do not rule it out.
func (ev *Evidence) Context(typeName string) Context {
	if ev.thing || ev.cats == 0 {
		return Thing
	}
	var textBuf [128]byte
	var endBuf [16]int
	ws := splitWords(typeName, textBuf[:0], endBuf[:0])
	last := lastNoun(ws)
	body := last >= 0 && (lex.requestWords.has(ws.word(last)) || sendParams(ws, last))
	for i := 0; i < ws.len(); i++ {
		w := ws.word(i)
		if lex.thingNouns.has(w) || !body && lex.notPerson.has(w) {
			return Thing
		}
	}
	cats := ev.cats
	nameBit := identifyingBits[annotations.Name]
	emailBit := identifyingBits[annotations.Email]
	phoneBit := identifyingBits[annotations.Phone]
	if ev.weakName && !ev.strongName && cats&emailBit == 0 {
		cats &^= nameBit
	}
	if cats&(cats-1) != 0 { // two or more bits
		return Person
	}
	if body && cats&(emailBit|phoneBit) != 0 {
		return Requester
	}
	return Thing
}

// sendParams reports whether ws, whose last noun is at last, names the
// parameters of a call that sends something: a params word last and a
// send verb before it (SendPasscodeParams, ResendCodeParams). Such a
// struct's e-mail or phone is whom the call sends to; the parameters of
// a lookup (ListUsersParams, SearchParams) hold a search criterion.
func sendParams(ws wordList, last int) bool {
	if !lex.paramsWords.has(ws.word(last)) {
		return false
	}
	for i := 0; i < last; i++ {
		if lex.sendVerbs.has(ws.word(i)) {
			return true
		}
	}
	return false
}

// thingNounsEnglish and thingNouns, anywhere in a type name, say the
// struct is an organisation, a place, a group, a product, an event or a
// piece of mail machinery: things with a name, an e-mail address, a phone
// and an address of their own. Evidence never makes them person-like
// (Company{Name, Email, Phone}, SMTPConfig{From, FromName},
// Department{Name, Phone, Address}). Machinery and settings words
// (notPersonEnglish: Config, Settings, Server, Service, Sender ...) rule
// a struct out as well.
var thingNounsEnglish = []string{
	// organisations and their parts
	"company", "corp", "corporation", "firm", "employer", "business",
	"enterprise", "organization", "organisation", "org", "department", "dept",
	"division", "unit", "branch", "office", "team", "squad", "tenant",
	"workspace", "vendor", "supplier", "partner", "agency", "merchant",
	"institution", "institute", "school", "university", "college", "hospital",
	"clinic", "pharmacy", "bank", "insurer", "carrier", "brand", "counterparty",
	"contractor", "legal",
	// places
	"shop", "restaurant", "cafe", "hotel", "venue", "place", "location",
	"site", "website", "building", "facility", "warehouse", "room", "address",
	// things, events and channels
	"project", "product", "app", "application", "channel", "mailbox",
	"calendar", "resource", "webhook", "integration", "domain", "event",
	"meeting", "training", "course", "system", "bot", "device", "host", "node",
	"peer", "cluster", "backend", "upstream", "instance",
	// mail machinery
	"smtp", "imap", "pop", "mail", "mailer", "mailing", "newsletter",
	"campaign", "noreply", "from", "sender",
}

var thingNouns = map[language][]string{
	russian: {
		"компани*", "организаци*", "предприяти*", "отдел*", "подразделени*",
		"филиал*", "офис*", "поставщик*", "контрагент*", "юрлиц*",
	},
	ukrainian: {
		"компані*", "організаці*", "підприємств*", "відділ*", "підрозділ*",
		"філі*", "офіс*", "постачальник*", "контрагент*", "юрособ*",
	},
}

// requestWords, as the last word of a type name, make it a request or
// response body: its e-mail or phone field is the address of the person
// who sent the request or whom the response answers (LoginRequest{Email,
// Password}, ForgotPasswordRequest{Email}, ResendOTPInput{Phone}).
var requestWords = []string{
	"request", "req", "response", "resp", "reply", "input", "output", "form",
	"payload", "body", "dto", "command", "cmd", "args",
}

// paramsWords, as the last word of a type name, and sendVerbs, before
// it, make it the parameters of a call that sends something to a person:
// SendPasscodeParams{EmailAddress}, NotifyParams{Phone}.
var paramsWords = []string{"params", "param", "parameters"}

var sendVerbs = []string{"send", "resend", "notify", "deliver", "invite"}

// orgFieldWords, in a field's Go name, say the struct is an organisation
// or a group of people, whatever its type name: Industry, Logo,
// Headcount, Website, VAT, OGRN, KPP, Employees, Members, Users.
var orgFieldWords = []string{
	"industry", "logo", "headcount", "headquarters", "hq", "website", "vat",
	"ogrn", "kpp", "okpo", "employees", "members", "users", "workers",
	"subscribers", "recipients", "participants", "attendees", "departments",
	"branches", "offices",
}

// bareQualifiers are the words that may stand beside a name, e-mail or
// phone term in a field that is evidence of a person: they say which of
// the person's values it is (WorkEmail, MobilePhone, NewEmail,
// ConfirmEmail, FullName). A field with any other word (ContactEmail,
// SupportEmail, FromName, CompanyPhone) may belong to a thing.
var bareQualifiers = []string{
	"personal", "private", "work", "home", "mobile", "cell", "primary",
	"secondary", "main", "alt", "alternate", "alternative", "other",
	"additional", "extra", "backup", "new", "old", "current", "previous",
	"prev", "first", "last", "full", "display", "given", "middle", "nick",
	"real", "legal", "preferred", "number", "no", "num", "my", "your", "own",
	"confirm", "login",
	// whose, where the owner is a person
	"guest", "visitor", "attendee", "participant", "member", "subscriber",
	"recipient", "invitee", "buyer", "shopper", "traveler", "traveller",
	"rider",
	// the one who pays an invoice or a checkout: the address an invoice
	// is mailed to (PayerEmail)
	"payer",
}

// weakNames are the name terms a thing has as often as a person: a bare
// Name, a DisplayName, a Nickname, a ShortName.
var weakNames = []string{
	"name", "display", "displayname", "nick", "nickname", "short", "shortname",
}
