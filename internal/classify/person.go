package classify

// PersonLike reports whether a struct type name names a person: Employee,
// Staff, Worker, Person, Candidate, Applicant, User, Member, Sotrudnik,
// Rabotnik, Pratsivnyk, Kandidat, Сотрудник, Працівник, and records about
// one person (Resume, Payslip, Passport, Anketa). Compounds count
// (EmployeeRecord, NewHire, CreateUserRequest, PersonalData), unless
// another word says the type is machinery or a summary about people
// (EmployeeService, UserRepository, WorkerPool, UserAgent, UserRole,
// EmployeeStats).
//
// Client, Driver, Manager, Owner, Contact, Visitor, Agent and Subscriber
// are not person-like: in Go they name an HTTP client, a database driver,
// a connection manager, the visitor pattern far more often than a person.
func PersonLike(typeName string) bool {
	var textBuf [128]byte
	var endBuf [16]int
	ws := splitWords(typeName, textBuf[:0], endBuf[:0])
	found := false
	for i := 0; i < ws.len(); i++ {
		w := ws.word(i)
		if lex.notPerson.has(w) {
			return false
		}
		if lex.personNouns.has(w) {
			found = true
		}
	}
	return found
}

// personNounsEnglish name a person, or a record about one person.
var personNounsEnglish = []string{
	"employee", "staff", "staffer", "worker", "person", "people", "personal",
	"personnel", "candidate", "applicant", "user", "member", "customer", "patient",
	"student", "hire", "trainee", "intern", "pensioner", "retiree", "jobseeker",
	"author", "passenger", "human", "respondent", "volunteer", "citizen",
	"resume", "payslip", "passport",
}

// personNouns are the Russian and Ukrainian person nouns, stems absorbing
// case and number (Сотрудники, SotrudnikDTO).
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
	"cursor",
}
