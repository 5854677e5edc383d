package classify

// The word lists below decide when a dictionary term counts. They are data,
// kept apart from the code that uses them (match.go, person.go).

// exclusionsEnglish and exclusions (Cyrillic, with their Latin spellings)
// are words saying that the value is hashed, masked, encrypted, redacted,
// tokenised or cut to its last digits: such a name holds no personal data,
// whatever else it says ("PhoneHash", "PassportMasked", "card_last4").
var exclusionsEnglish = []string{
	"hash", "hashed", "hashing", "digest", "mask", "masked", "masking",
	"enc", "encrypted", "encryption", "encrypt", "crypted", "cipher",
	"ciphertext", "ciphered", "redacted", "redact", "redaction", "obfuscated",
	"anonymized", "anonymised", "tokenized", "tokenised", "token", "hmac",
	"sha", "md 5", "salt", "salted", "bcrypt", "last 4", "last four", "lastfour",
}

var exclusions = map[language][]string{
	russian: {
		"хеш*", "хэш*", "шифрован*", "зашифрован*", "маскирован*", "замаскирован*",
		"маска", "токен*", "последние 4",
	},
	ukrainian: {
		"хеш*", "шифрован*", "зашифрован*", "замаскован*", "маска", "токен*",
		"останні 4",
	},
}

// stopPhrasesEnglish and stopPhrases name no personal data although a
// dictionary term is among their words. The scan consumes them whole, so
// their words cannot match on their own. A user name is a login, not the
// person's name; a health check probes a server.
var stopPhrasesEnglish = []string{
	"user name", "login name", "account name", "health check", "health checks",
	"address family", "name space", "data race", "race condition", "third party",
	"counter party", "mobile app", "title bar", "military time",
}

var stopPhrases = map[language][]string{
	russian:   {"имя пользователя", "имя файла"},
	ukrainian: {"імя користувача", "імя файлу"},
}

// personOwners are words that, anywhere in a name, say that an ambiguous
// term belongs to a person even outside a person-like struct:
// Order.CustomerPhone, Ticket.EmployeeEmail, Contract.SpouseName.
var personOwnersEnglish = []string{
	"employee", "staff", "staffer", "person", "personal", "candidate", "applicant",
	"user", "customer", "patient", "student", "author", "passenger", "spouse",
	"wife", "husband", "child", "mother", "father", "guardian",
	"emergency", "home", "kin", "trainee", "intern", "pensioner",
}

var personOwners = map[language][]string{
	russian: {
		"сотрудник*", "работник*", "кандидат*", "соискател*", "пользовател*",
		"клиент*", "физлиц*", "пациент*", "студент*", "супруг*", "ребенк*",
		"родственник*", "личн*", "домашн*",
	},
	ukrainian: {
		"працівник*", "співробітник*", "кандидат*", "користувач*", "клієнт*",
		"пацієнт*", "студент*", "подружж*", "дитин*", "особист*", "домашн*",
	},
}

// headNouns are English ambiguous terms that, as the last word of a
// compound, belong to whatever the word before them names: WindowTitle,
// VirtualAddress, FontFamily, NodeChildren, FileLocation, HTTPRoute,
// AdapterName, TypeUnion, GroupMembership. Right after another word they
// count only when that word is one of headModifiers or a person owner:
// ManagerName, RealName, WorkAddress, CurrentPosition, EmployeeTitle.
var headNouns = []string{
	"name", "title", "address", "family", "child", "children", "kids",
	"location", "route", "position", "race", "zip", "age", "fingerprint",
	"degree", "photo", "union", "party", "card", "plate", "health",
	"membership", "association",
}

// headModifiers are the words that, before a head noun, keep it the
// person's: which of the person's names or addresses it is, or which
// person it belongs to.
var headModifiers = []string{
	// which one
	"real", "preferred", "official", "short", "full", "latin", "cyrillic",
	"native", "english", "russian", "ukrainian", "local", "international",
	"previous", "former", "old", "new", "current", "actual", "permanent",
	"temporary", "primary", "secondary", "main", "alternate", "alternative",
	"other", "second", "work", "contact", "correspondence", "living",
	"residence", "registered", "registration", "postal", "mailing", "billing",
	"shipping", "delivery", "legal", "profile", "id", "my", "own", "job",
	"academic", "honorific", "professional", "corporate", "access", "pass",
	"staff", "transport", "social", "christian", "fact", "factual", "reg",
	"live", "temp", "prev", "avatar", "commute", "travel", "daily", "physical", "bachelor",
	"master", "doctoral", "phd",
	// whose
	"manager", "supervisor", "head", "director", "boss", "mentor", "recruiter",
	"interviewer", "referrer", "approver", "signer", "signatory", "responsible",
	"owner", "holder", "beneficiary", "recipient", "sender", "payee", "payer",
	"guarantor", "witness", "doctor", "physician", "teacher", "parent", "son",
	"daughter", "brother", "sister", "partner", "representative", "reviewer",
	"assignee", "reporter", "creator", "editor", "member", "participant",
	"attendee", "guest", "visitor", "landlord", "colleague", "coworker",
	"client", "contractor", "driver", "nominee", "heir",
}

// ownersBefore are words that, right before an ambiguous term, say it
// belongs to a thing: FileName, HostName, CompanyPhone, IPAddress,
// ServerAddress, MaxAge, MedianSalary. (Average salary is not here: an
// employee's average earnings are their own pay data.)
var ownersBefore = []string{
	// files, code and data stores
	"file", "dir", "folder", "host", "domain", "table", "column", "field", "index",
	"key", "bucket", "queue", "topic", "channel", "event", "job", "task", "cluster",
	"node", "pod", "container", "image", "volume", "database", "db", "schema",
	"struct", "type", "class", "method", "func", "function", "package", "pkg",
	"module", "plugin", "template", "report", "document", "doc", "form", "page",
	"site", "app", "application", "service", "server", "tab", "sheet", "screen",
	"code", "alias", "font", "color", "colour", "feature", "flag", "metric",
	"stage", "step", "state", "status", "category", "tag", "label", "theme",
	"path", "partition", "dll", "lib", "library", "bin", "binary", "program",
	"prog", "process", "thread", "heap", "window", "menu", "button", "widget",
	"icon", "asset", "resource", "component", "object", "entity", "model",
	"element", "elem", "attr", "attribute", "property", "prop", "param",
	"parameter", "arg", "argument", "var", "variable", "const", "constant",
	"symbol", "sym", "section", "segment", "entry", "target", "source", "src",
	"dst", "dest", "issuer", "subject", "secret", "cookie", "session", "header",
	"interface", "iface", "op", "operation", "action", "command", "cmd", "env",
	"case", "suite", "scenario", "policy", "rule", "check", "pipeline",
	"workflow", "build", "release", "artifact", "layer", "relation", "view",
	"query", "disk", "mount", "link", "zone", "realm", "scope", "client",
	"provider", "driver", "extension", "ext", "mime", "content", "media",
	"codec", "format", "encoding", "charset", "locale", "lang", "language",
	"currency", "kind", "repo", "repository", "commit", "version", "stream",
	"option", "setting", "config", "mode", "phase", "pool", "sku", "alg",
	"algorithm", "curve", "password", "passwd", "test", "bench",
	// networks and devices
	"web", "url", "uri", "http", "https", "smtp", "sip", "ip", "ipv", "mac", "tcp",
	"udp", "net", "network", "remote", "local", "listen", "bind", "proxy",
	"gateway", "peer", "memory", "mem", "return", "device", "machine", "browser",
	"cert", "certificate", "ssh", "tls", "ssl", "pgp", "gpg", "wallet",
	// organisations and things
	"company", "employer", "firm", "org", "organization", "organisation",
	"department", "dept", "division", "unit", "branch", "office", "team", "group",
	"role", "tenant", "project", "product", "item", "brand", "vendor",
	"supplier", "bank", "shop", "store", "warehouse", "building", "room",
	"country", "region", "course", "training", "meeting", "vacancy", "contract",
	"invoice", "ticket", "ledger", "plan", "tariff", "budget", "trade", "third",
	"counter", "party", "counterparty",
	// statistics and bounds, not one person's value
	"max", "min", "median", "market", "default",
	"sample", "example", "dummy", "fake", "mock", "placeholder",
}

// settingsAfter are words that, anywhere after any term, even an
// unambiguous one, say the name is a setting or a schema about the term,
// not data: BiometricLoginEnabled, ReligionRequired, PhoneVisible,
// PassportTemplate, SNILSColumn. ("IsPregnant" and "PassportVerified" are
// about the person, and still count.)
var settingsAfter = []string{
	"enabled", "disabled", "enable", "disable", "required", "optional",
	"mandatory", "allowed", "visible", "hidden", "label", "placeholder", "hint",
	"template", "pattern", "regex", "regexp", "validator", "policy", "provider",
	"endpoint", "setting", "settings", "config", "option", "options", "column",
	"field",
}

// ownersAfter are words that, anywhere after an ambiguous term, say the
// name is about the term rather than a person's value of it: PhoneType,
// AddressID, EmailVerified, NameSpace, PositionX; and Russian and Ukrainian
// genitive owners (адрес_компании, имя_файла).
var ownersAfterEnglish = []string{
	"type", "kind", "id", "ids", "uuid", "code", "key", "verified", "verification",
	"confirmed", "confirmation", "enabled", "disabled", "visible", "visibility",
	"hidden", "required", "allowed", "valid", "validated", "validation",
	"validator", "length", "len", "size", "prefix", "suffix", "format",
	"formatter", "template", "pattern", "regex", "regexp", "label", "placeholder",
	"hint", "field", "column", "table", "provider", "server", "service", "client",
	"sender", "policy", "mode", "config", "setting", "settings", "option",
	"options", "space", "app", "application", "version", "os", "platform",
	"updated", "changed", "created", "deleted", "modified", "sent",
	"notification", "notifications", "subscription", "subscribed", "opt",
	"unsubscribe", "index", "idx", "family", "bar", "book", "check", "checker",
	"endpoint", "probe", "parser", "resolver", "lookup", "mapper", "domain",
	"host", "port", "scope", "claim", "attribute", "attr", "property", "prop",
	"header", "param", "parameter", "query", "limit", "threshold", "max", "min",
	"rule", "rules", "strategy", "generator", "builder", "factory", "func", "fn",
	"callback", "hook", "model", "vendor", "brand", "manufacturer", "width", "height", "x", "y", "z", "queue", "job", "worker",
	"task", "handler", "controller", "error", "errors", "err", "ctx", "context",
	"logged", "detector", "detection", "off", "offset", "pos", "slot", "string",
	"str", "bytes", "buf", "buffer", "char", "chars", "span", "tid", "pid", "io",
	"exchange", "esc", "escape", "html", "choice", "map", "to",
}

var ownersAfter = map[language][]string{
	russian: {
		"файла", "хоста", "сервера", "сайта", "таблицы", "поля", "колонки",
		"столбца", "компании", "организации", "предприятия", "отдела",
		"подразделения", "филиала", "офиса", "проекта", "товара", "продукта",
		"банка", "склада", "магазина",
	},
	ukrainian: {
		"файлу", "хоста", "сервера", "сайту", "таблиці", "поля", "компанії",
		"організації", "підприємства", "відділу", "підрозділу", "філії", "офісу",
		"проекту", "товару", "продукту", "банку", "складу", "магазину",
	},
}
