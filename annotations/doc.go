// Package annotations is the vocabulary an HR codebase uses to tell hrvet
// which data are employees' personal data and what its code does with
// them: the pd struct tag, the categories it names, the //hrvet:
// directives, and a few ready redactors.
//
// The rules hrvet checks come from the chapter of the Russian Labour Code
// on employees' personal data (arts. 85-90) and from Council of Europe
// Convention 108: personal data reach a third party only with the
// employee's consent or on a legal basis, special categories need a basis,
// and some categories are never processed at all.
//
// The tag and the directives are plain text: code that only marks its data
// need not import this package. Import it for the category constants or
// the redactors; it depends on the standard library only.
//
// # The pd struct tag
//
// A `pd:"<category>"` tag on a struct field says the field holds personal
// data of that category; the IDs are listed below. `pd:"-"` says the
// field is not personal data and turns name inference off for it. The tag
// takes exactly one ID and no options. The pdfields analyzer reports an
// unknown ID, with the nearest valid one as a suggested fix, an empty
// value, and a tag that reflect.StructTag would skip, such as `pd:phone`
// or one with a space after the colon.
//
//	type Employee struct {
//		ID           int64  `json:"id"`
//		FullName     string `json:"full_name"`   // inferred: name (Employee is person-like)
//		Phone        string `json:"phone"`       // inferred: phone
//		Contact      string `db:"pasport_nomer"` // inferred: govid, from the db column
//		SNILS        string `json:"snils"`       // inferred: govid, in any struct
//		PhoneHash    string `json:"phone_hash"`  // not personal data: the name says hashed
//		Grade        int    `pd:"employment"`    // tagged: inference does not know the word
//		MobileAccess bool   `pd:"-"`             // a setting; without the tag, inferred: phone
//	}
//
// A field is marked by the first of these that speaks:
//
//  1. its pd tag: a category marks it, `pd:"-"` says it is not
//     personal data, whatever the config and inference say;
//  2. a sources: entry of the config file .hrvet.yaml, for types you
//     cannot tag (generated code, other modules);
//  3. name inference, unless the config says infer: false.
//
// Name inference reads the Go field name, then the names in its json, db,
// gorm (column:), bson and xml tags; the first that matches wins. Each
// name is split into words (camelCase, snake_case, digits), lower-cased
// and matched against a dictionary of English terms, Russian and
// Ukrainian transliterations (fio, familiya, snils, inn, pasport,
// telefon, veroispovedanie, profsoyuz, profspilka, sudimost, diagnoz, ...)
// and Cyrillic words. Unambiguous terms (passport, snils, religion,
// diagnosis) count in any struct. Ambiguous ones (name, phone, address,
// birthday, salary), which things have as well as people, count only in a
// person-like struct, one whose type name names a person or a record
// about one (Employee, Staff, Worker, Person, Candidate, Applicant, User,
// Member, Customer, Contact, Recipient, Invitee, Invite, Profile,
// Sotrudnik, Rabotnik, Pratsivnyk, Kandidat, Payslip, and compounds such
// as EmployeeRecord, UserAdminRead or CreateUserRequest, but not
// EmployeeService, UserRepository or EmployeeList), one whose own fields
// name two identifying categories (a newsletter's Subscriber with Email
// and Name; never a Company, Department, Vendor, Tenant or SMTPConfig), in
// an //hrvet:anonymous struct, or where a person word is part of the name
// itself (CustomerPhone, SpouseName). In a request or response body
// (ForgotPasswordRequest, LoginRequest, ResendOTPInput) an e-mail or phone
// field is the sender's and counts. A word that
// gives the term to a thing (FileName, HostName, OfficePhone) defeats it.
// A field whose name or tag name says hashed, masked, encrypted, redacted,
// tokenised or last4 (PhoneHash, card_last4) is not personal data. Where several terms
// match, the most restricted category wins.
//
// A struct with personal fields is person-bearing: a whole value of it,
// or a pointer, slice, map or channel of it, carries all its personal
// fields, through embedded and nested structs. The marks travel as
// analysis facts, so a field tagged in one package is personal data
// wherever another package reads it.
//
// # Categories
//
// Every piece of personal data has one category, and the category's class
// says how strictly the law restricts it: personal, special or forbidden.
// The IDs below are stable. Some categories are identifying: they single a
// person out without the name, so data stripped of the name stay personal
// data while one of them remains (Moscow's 2020 reporting on remote
// workers kept no names, but their phone numbers, car plates and
// transport cards).
//
// Each ID is also a constant of type [Category] ([Phone] is "phone");
// [Lookup], [Categories] and [ByClass] list them, [Category.Identifying]
// tells the identifying ones, and [Category.Rule] names the provision
// behind each.
//
// # Personal categories
//
// Data an employer may process for the employment relationship (Labour
// Code art. 86).
//
//   - name (identifying): surname, first name, patronymic.
//   - birth: date and place of birth, and the age derived from them.
//   - phone (identifying): phone numbers.
//   - email (identifying): e-mail addresses.
//   - address (identifying): home and registration addresses.
//   - govid (identifying): passport, national insurance number (SNILS),
//     tax ID (INN), driving licence.
//   - vehicle (identifying): car plate, VIN.
//   - card (identifying): bank, transport, social and access-pass card
//     numbers.
//   - bank (identifying): bank account number, IBAN.
//   - pay: salary, bonus, deductions.
//   - employment: position, personnel number, hire and dismissal dates,
//     appraisal, discipline.
//   - education: diplomas, qualifications.
//   - location (identifying): GPS positions, routes, access-control
//     events.
//   - citizenship: citizenship ("nationality" on a form).
//   - military: military registration.
//   - fitness: the conclusion on fitness for the job, the only health
//     datum an employer may keep.
//
// # Special categories
//
// Data processed only on a legal basis recorded with //hrvet:basis on the
// field or its type (Convention 108 art. 6; Labour Code art. 86 p.4-5,
// art. 88 p.6). The forbidden analyzer reports a special field without
// one.
//
//   - health: diagnoses, disability, pregnancy, sick-leave reasons.
//   - biometric (identifying): fingerprints, face templates, identifying
//     photos.
//   - criminal: convictions, criminal-record certificates.
//   - privatelife: family, marital status, children, hobbies,
//     social-network profiles.
//   - union: trade-union membership.
//   - association: membership of public associations.
//
// # Forbidden categories
//
// Data an employer never obtains or processes (Labour Code art. 86 p.4;
// Convention 108 art. 6). The forbidden analyzer reports every field, SQL
// column and form key that holds one.
//
//   - religion: religious views.
//   - politics: political views, party membership.
//   - beliefs: other beliefs and convictions.
//   - race: racial or ethnic origin (natsionalnost).
//   - sexlife: sex life, sexual orientation.
//
// # Directive syntax
//
// A directive is a Go directive comment, like //go:generate:
//
//	//hrvet:<verb> <arguments>
//
// with no space between // and hrvet, the verb in lower case right after
// the colon, arguments separated by spaces, one directive per line. It
// sits in the comment group that ends on the line directly above the
// declaration or statement it annotates; gofmt moves directives to the end
// of a doc comment, which is where they belong:
//
//	// Push sends a record to the CRM.
//	//
//	//hrvet:sink transfer purpose=crm
//	func (c *Client) Push(ctx context.Context, rec Record) error
//
// A struct field may also end its line with its //hrvet:basis. The pdfields
// analyzer reports every malformed or misplaced directive at the
// directive, never skipping it: an unknown verb, sink kind or analyzer, a
// missing or extra argument, a directive on the wrong kind of declaration,
// one separated from its target by a blank line, the same verb twice on
// one target, and the look-alikes: a space after the slashes (with a fix
// that removes it) and a block comment.
//
// For functions you cannot annotate (other modules, generated code), the
// consent:, sinks:, redact:, basis:, authorize:, decisions: and reviews:
// lists of .hrvet.yaml say the same as the directives.
//
// A purpose (purpose=<p>) or a role (role=<r>) is one word of letters,
// digits, '_', '-' and '.', compared as written.
//
// # Consent checks: //hrvet:consent
//
//	//hrvet:consent [purpose=<p>]
//
// On a func or method: it checks the employee's written consent. It
// returns error (nil means consent given) or bool (true means given), as
// its only or last result. The purpose comes from the directive, else from
// a constant string argument at the call, else it is unknown.
//
//	// Check returns nil when the employee agreed to payroll transfers.
//	//
//	//hrvet:consent purpose=payroll
//	func Check(ctx context.Context, employeeID int64) error
//
//	// Has reports whether the employee agreed to the purpose.
//	//
//	//hrvet:consent
//	func (s *Store) Has(ctx context.Context, employeeID int64, purpose string) bool
//
// A check guards a transfer when its success branch dominates the sink
// call, here or in every caller. Its purpose must match the sink's, and a
// commercial sink needs purpose=commercial. A check on one employee does
// not guard another's data. The consent analyzer reports unguarded
// transfers and checks whose result is ignored:
//
//	if !consents.Has(ctx, e.ID, "commercial") {
//		return errNoConsent
//	}
//	analytics.Track(e.Email, "signed-up") // guarded
//
// # Sinks: //hrvet:sink
//
//	//hrvet:sink <kind> [purpose=<p>]
//
// On a func, method or interface method: it takes data out of the
// program. The kind is one of
//
//   - transfer: to a third party (a partner, a bank, a CRM); needs
//     consent or a basis;
//   - commercial: marketing, analytics, advertising; needs consent with
//     purpose=commercial, never a basis;
//   - log: a logger; personal data need a redactor first;
//   - store: a database, a file;
//   - expose: the response of a request handler, what the person using
//     the system is shown. Declare your own response helper (a writeJSON)
//     so; the access analyzer wants an authorization check
//     (//hrvet:authorize) before it.
//
// Many library functions are sinks already; the directive is for your own
// clients and wrappers.
//
//	type Notifier interface {
//		//hrvet:sink transfer purpose=sms
//		Notify(ctx context.Context, phone, text string) error
//	}
//
// # Legal bases: //hrvet:basis
//
//	//hrvet:basis <citation>
//
// The citation is free text, required, and recorded in the inventory. On
// a func, the transfers in it need no consent; on a statement, the
// transfers in that statement. A basis never covers a commercial sink. On
// a struct field or struct type, it allows a special category to be
// stored.
//
//	//hrvet:basis Federal Law 27-FZ art. 11
//	func ReportToPensionFund(ctx context.Context, e Employee) error
//
//	func callAmbulance(ctx context.Context, e Employee) error {
//		//hrvet:basis Labour Code art. 88 p.1: a threat to the employee's life
//		return ambulance.Send(ctx, e.FullName, e.Address)
//	}
//
//	type MedicalCheck struct {
//		EmployeeID  int64
//		Restriction string `pd:"health"` //hrvet:basis Labour Code art. 88 p.6
//	}
//
//	//hrvet:basis Federal Law 255-FZ: sick-leave benefits
//	type SickLeave struct {
//		EmployeeID int64
//		Reason     string `pd:"health"`
//	}
//
// # Redactors: //hrvet:redact
//
//	//hrvet:redact
//
// On a func: its result carries no personal data, so passing a value
// through it before a log or a transfer is not reported.
//
//	// MaskINN keeps the last two digits of a tax number.
//	//
//	//hrvet:redact
//	func MaskINN(inn string) string
//
// # Anonymous data: //hrvet:anonymous and //hrvet:anonymize
//
//	//hrvet:anonymous
//	//hrvet:anonymize
//
// //hrvet:anonymous on a struct type claims that its values are
// anonymous; //hrvet:anonymize on a func claims that its result is. The
// anonymity analyzer checks the claim: it reports a field of an
// identifying category in the type (ambiguous names count there as in a
// person-like struct), and a return built from identifying data.
//
//	// HeadcountRow is one line of the monthly report to the city.
//	//
//	//hrvet:anonymous
//	type HeadcountRow struct {
//		District string
//		Grade    int
//		Count    int
//	}
//
//	//hrvet:anonymize
//	func ToRow(e Employee) HeadcountRow
//
// # Authorization checks: //hrvet:authorize
//
//	//hrvet:authorize [role=<r>]
//
// On a func or method: it checks that the caller is a person authorised
// to see employees' personal data, acting in role r (Labour Code art. 88
// p.5: access only by specially authorised persons, each seeing only what
// their function needs). Like a consent check it returns error (nil means
// allowed) or bool (true means allowed) as its last result; or it is a
// middleware: it returns one (a func(http.Handler) http.Handler, an
// http.HandlerFunc or http.Handler, a gin, echo or fiber handler func),
// or it is a handler that stops the request itself (it takes a
// *gin.Context, an echo.Context, a *fiber.Ctx or an http.ResponseWriter).
// pdfields reports the directive on any other func. The role comes from
// the directive, else from a constant string argument at the call, else
// it is unknown; the roles: map of .hrvet.yaml lists the categories each
// role's function needs.
//
//	// RequireHR lets only the HR department through.
//	//
//	//hrvet:authorize role=hr
//	func RequireHR(next http.Handler) http.Handler
//
//	// Can returns nil when the user may act in the role.
//	//
//	//hrvet:authorize
//	func (a *Auth) Can(ctx context.Context, role string) error
//
// The access analyzer reports personal data a handler shows with no
// authorization guarding it, or shows to a role whose roles: entry does
// not list its category.
//
// # Decisions and reviews: //hrvet:decision and //hrvet:review
//
//	//hrvet:decision
//	//hrvet:review
//
// //hrvet:decision on a func marks an HR decision about an employee
// (dismissal, bonus, transfer); //hrvet:review on a func marks a human
// review of an automated proposal. Labour Code art. 86 p.6 forbids
// decisions based solely on automated processing. A review returns error
// (nil = approved) or bool (true = approved) as its only or last result;
// pdfields reports one that does not. The decisions: and reviews: lists
// of .hrvet.yaml do the same for functions you cannot annotate. Unless
// infer: false, functions whose names say they decide about the person
// they are given (Dismiss(e Employee), TerminateEmployee(ctx, empID),
// RejectCandidate(c *Candidate), CutBonus(employeeID)) are decisions
// without the directive; package pdfields lists the rule. The decision
// analyzer reports a decision that rests on personal data with no review
// on the path.
//
//	//hrvet:decision
//	func ApplyBonus(ctx context.Context, p Proposal) error
//
//	//hrvet:review
//	func ApproveBonus(ctx context.Context, p Proposal, reviewer UserID) (Proposal, error)
//
// # Suppressing a finding: //hrvet:ignore
//
//	//hrvet:ignore <analyzer>[,<analyzer>] <reason>
//
// At the end of the reported line, or on a line of its own directly above
// it: findings of the named analyzers (pdfields, consent, logleak,
// forbidden, anonymity, access, decision) on that line are suppressed.
// The analyzers are
// comma-separated without spaces, and the reason is required: it is
// recorded in the inventory and in SARIF output. A missing reason, an
// unknown analyzer, or an ignore that suppresses nothing is itself
// reported.
//
//	//hrvet:ignore logleak the audit log has the access rules of the personnel file
//	audit.Printf("%s changed the phone to %s", admin, e.Phone)
//
// # Ready redactors
//
// [Mask], [MaskTail] and [Redacted] are ready redactors. They carry
// //hrvet:redact, so hrvet knows them in every package that imports this
// one:
//
//	slog.Warn("sms failed", "phone", annotations.MaskTail(e.Phone, 2))
package annotations
