package classify

// PersonLike reports whether a struct type name names a person: Employee,
// Staff, Worker, Person, Candidate, Applicant, User, Member, Customer,
// Contact, Recipient, Invitee, Sotrudnik, Rabotnik, Pratsivnyk, Kandidat,
// Сотрудник, Працівник, and records about one person (Resume, Payslip,
// Passport, Anketa, an Invite or Invitation, a Profile, an account or
// card holder).
//
// In an English compound the last noun is the head: a type is person-like
// when the words after its person noun only say which record of the
// person it is (EmployeeRecord, UserDTO, CreateUserRequest, PersonalData,
// EmployeeHistory, and the views of a CRUD schema: UserRead, UserCreate,
// UserAdminRead, UserMeRead, UserOut, UserRef) or which of the person's
// data it holds (EmployeeAddress, UserPassport, EmployeeSalary); words
// before it are free (NewHire, ActiveEmployee, EmergencyContact). A
// collection is not a person: a type ending in list, set, collection,
// batch ... (EmployeeList, RecipientList) holds people, and its own Name
// is the list's. EmployeeDocument, UserDevice and EmployeeSkill are
// records of a document, a device and a skill, and their Name is not the
// person's. Russian and Ukrainian put the owner after the head
// (АнкетаСотрудника, DannyeSotrudnika), so their person nouns count in any
// position.
//
// Profile is a person only alone or after words saying whose or which
// view it is (Profile, PublicProfile, MyProfile, UserProfile): a
// CPUProfile, an AWSProfile and a ColorProfile are not. Holder is a
// person after account, card, licence, ticket ... (AccountHolder).
//
// A type with a word saying it is machinery, a setting or a summary about
// people is never person-like (EmployeeService, UserRepository,
// WorkerPool, UserAgent, UserRole, EmployeeStats, UserSettings,
// ContactRepository).
//
// Client, Driver, Manager, Owner, Visitor, Agent and Subscriber are not
// person nouns: in Go they name an HTTP client, a database driver, a
// connection manager, the visitor pattern or a pub/sub subscriber far more
// often than a person. A newsletter's Subscriber is person-like all the
// same when its fields name two identifying categories (see Evidence).
func PersonLike(typeName string) bool {
	var textBuf [128]byte
	var endBuf [16]int
	ws := splitWords(typeName, textBuf[:0], endBuf[:0])
	if last := lastNoun(ws); last > 0 && lex.collectionWords.has(ws.word(last)) {
		return false
	}
	found := false
	for i := 0; i < ws.len(); i++ {
		w := ws.word(i)
		switch {
		case lex.notPerson.has(w):
			return false
		case lex.personNouns.has(w):
			found = true
		case lex.personNounsEnglish.has(w):
			if recordTail(ws, i+1) {
				found = true
			}
		case sameWord(w, "holder"):
			if i > 0 && lex.holderKinds.has(ws.word(i-1)) && recordTail(ws, i+1) {
				found = true
			}
		case sameWord(w, "profile"):
			if qualifiedProfile(ws, i) && recordTail(ws, i+1) {
				found = true
			}
		}
	}
	return found
}

// lastNoun returns the index of the last word of ws that is neither a
// number nor a single letter (UserListV2's list), or -1.
func lastNoun(ws wordList) int {
	for i := ws.len() - 1; i >= 0; i-- {
		if w := ws.word(i); len(w) > 1 && !isNumber(w) {
			return i
		}
	}
	return -1
}

// sameWord reports whether w is word or its English plural.
func sameWord(w []byte, word string) bool {
	return string(w) == word || isPluralOf(w, word)
}

// qualifiedProfile reports whether every word before the "profile" at i
// says whose profile or which view of it the type is.
func qualifiedProfile(ws wordList, i int) bool {
	for k := 0; k < i; k++ {
		w := ws.word(k)
		if len(w) == 1 || isNumber(w) || lex.profileQualifiers.has(w) || lex.recordWords.has(w) ||
			lex.personNounsEnglish.has(w) || lex.personNouns.has(w) {
			continue
		}
		return false
	}
	return true
}

// recordTail reports whether the words of ws from i on only say which
// record of a person, or which of the person's data, a type holds.
func recordTail(ws wordList, i int) bool {
	for ; i < ws.len(); i++ {
		w := ws.word(i)
		if len(w) == 1 || isNumber(w) || lex.recordWords.has(w) ||
			lex.personNounsEnglish.has(w) || lex.personNouns.has(w) || lex.terms.startsTerm(w) {
			continue
		}
		return false
	}
	return true
}

func isNumber(w []byte) bool {
	for _, b := range w {
		if b < '0' || b > '9' {
			return false
		}
	}
	return len(w) > 0
}

// personNounsEnglish name a person, or a record about one person, in
// English: the head of an English compound comes last.
var personNounsEnglish = []string{
	"employee", "staff", "staffer", "worker", "person", "people", "personal",
	"personnel", "candidate", "applicant", "user", "member", "customer", "patient",
	"student", "hire", "trainee", "intern", "pensioner", "retiree", "jobseeker",
	"author", "passenger", "human", "respondent", "volunteer", "citizen",
	"resume", "payslip", "passport",
	// SPEC section 2's Contact, Recipient, Invitee, and records of one
	// person: an invitation names the person invited.
	"contact", "recipient", "invitee", "invite", "invitation", "attendee",
	"cardholder", "accountholder", "policyholder",
}

// personNouns are the Russian and Ukrainian person nouns, stems absorbing
// case and number (Сотрудники, SotrudnikDTO). They count in any position.
var personNouns = map[language][]string{
	russian: {
		"сотрудник*", "работник*", "кандидат*", "соискател*", "пользовател*",
		"клиент*", "физлиц*", "человек", "люди", "персон*", "участник*",
		"студент*", "пациент*", "анкет*", "резюме", "пенсионер*",
	},
	ukrainian: {
		"працівник*", "співробітник*", "кандидат*", "здобувач*", "користувач*",
		"клієнт*", "фізособ*", "людина", "люди", "персон*", "учасник*",
		"студент*", "пацієнт*", "анкет*", "резюме", "пенсіонер*",
	},
}

// recordWords, after a person noun, name a record of that person:
// EmployeeRecord, UserDTO, CandidateProfile, EmployeeCreated, UserV2.
var recordWords = []string{
	"record", "rec", "dto", "info", "information", "data", "details", "detail",
	"profile", "request", "req", "response", "resp", "reply", "row", "model",
	"entity", "view", "input", "output", "payload", "form", "snapshot", "item",
	"list", "entry", "file", "dossier", "json", "xml", "proto", "pb", "msg",
	"message", "event", "created", "updated", "deleted", "changed", "registered",
	"hired", "fired", "dismissed", "ext", "extended", "full", "short", "brief",
	"public", "private", "base", "core", "raw", "sql", "orm", "account",
	"contact", "contacts", "summary", "export", "history", "create", "update",
	"patch", "edit", "new", "old", "version",
	// the views of a CRUD schema (FastAPI style: UserRead, UserCreate,
	// UserAdminRead, UserMeRead, UserOut) and references to the person
	"read", "write", "get", "put", "upsert", "insert", "admin", "me", "self",
	"in", "out", "lite", "light", "slim", "compact", "minimal", "basic",
	"detailed", "overview", "ref", "reference",
}

// collectionWords, as the last word of a type name, make it a collection
// of people, not a person: EmployeeList, RecipientList, UserSet.
var collectionWords = []string{
	"list", "set", "collection", "batch", "array", "slice", "bundle", "map",
	"registry", "directory", "roster",
}

// holderKinds, before "holder", make it a person: AccountHolder,
// CardHolder, LicenseHolder (a LockHolder is not).
var holderKinds = []string{
	"account", "card", "license", "licence", "permit", "passport", "ticket",
	"badge", "certificate", "visa", "benefit", "pass",
}

// profileQualifiers, before "profile", say whose profile or which view of
// it (MyProfile, SocialProfile); besides them, record words and person
// nouns may come first (PublicProfile, UserProfile).
var profileQualifiers = []string{
	"my", "own", "social", "professional", "career", "job", "work", "current",
	"candidate", "personal", "private", "public",
}

// notPersonEnglish are words that make a type name with a person noun
// machinery, a setting or a summary rather than a person.
var notPersonEnglish = []string{
	"service", "svc", "repository", "repo", "store", "storage", "cache", "dao",
	"handler", "controller", "server", "client", "manager", "mgr", "provider",
	"factory", "builder", "config", "configuration", "cfg", "settings", "setting",
	"options", "option", "opts", "pool", "queue", "group", "role", "permission",
	"type", "kind", "stats", "stat", "statistics", "count", "counter", "metrics",
	"metric", "agent", "iterator", "iter", "mock", "fake", "stub", "func", "fn",
	"status", "state", "error", "err", "key", "index", "validator", "policy",
	"rule", "template", "schema", "table", "column", "field", "mapper",
	"converter", "middleware", "limiter", "token", "api", "endpoint", "route",
	"router", "id", "uuid", "resolver", "loader", "plugin", "space", "land",
	"mode", "level", "tier", "quota", "limit", "lock", "mutex", "scheduler",
	"notifier", "sender", "mailer", "exporter", "importer", "reader", "writer",
	"parser", "encoder", "decoder", "serializer", "generator", "migration",
	"migrator", "seeder", "suite", "fixture", "task", "total", "histogram",
	"filter", "query", "criteria", "search", "sort", "page", "pagination",
	"cursor", "process", "parameters", "params", "param", "alg", "algorithm",
	"region", "object", "header",
}
