// Package classify infers personal data from names (SPEC section 2): it
// tells which category of annotations a struct field, SQL column or form
// key holds, from the Go field name and the names in its struct tags, in
// English, in Russian and Ukrainian transliteration, and in Cyrillic.
//
// Precision comes first: every false positive teaches users to ignore
// hrvet, so where a name is as often about a thing as about a person, it
// counts only where the context says "person".
//
// # Words
//
// Words splits a name into lower-case words at case changes, underscores,
// hyphens and every other non-letter, at letter/digit boundaries and at a
// change of script; an acronym ends before its last capital when a
// lower-case letter follows ("HTTPServer" is http server), but keeps a lone
// trailing "s" or "v" ("IDs", "IPv4"). Apostrophes are dropped, not split
// on, so "sem'ya" and "ім'я" stay one word.
//
// # The dictionary
//
// The tables in terms_en.go, terms_ru.go and terms_uk.go list terms by
// category. A term is a run of words ("date of birth", "tab nomer") matched
// against a run of the name's words; at each position the longest term
// wins, so "FamilyName" is a name, not family. Every multi-word term also
// matches glued ("phonenumber", "datarozhdeniya"). English words match in
// the plural ("Addresses", "SSNs"). Russian and Ukrainian terms are written
// once, in Cyrillic, and also match in every common Latin transliteration,
// generated letter by letter (ж as zh, j or z; х as kh, h or x; ц as ts, c or
// tz; я as ya, ia, ja, or a after и; щ as shch, sch or sh; ё as yo or e;
// adjective endings with or without й; Ukrainian г as h or g and и as y or
// i): "фамилия" matches familiya, familija and familia. A term ending in
// '*' is a stem matching any word that starts with it, so that "паспорт*"
// matches "номер паспорта" and "рождени*" matches "даты рождения". Every
// category has terms in all three languages.
//
// The dictionary is compiled into maps once, when the package is
// initialised; classifying a name that holds no personal data allocates
// nothing.
//
// # Ambiguous terms
//
// A term is ambiguous when things other than people commonly have it: a
// department has a name, a phone and an address, a server an address, a
// vacancy a salary and a position, a company an INN, a bank account and a
// tax id, a font a family, a tree node children, a certificate a
// fingerprint. An ambiguous term counts only when
//
//   - the struct is person-like (the caller says so: PersonLike of the type
//     name, or a //hrvet:anonymous struct), or a word of the name says the
//     value belongs to a person ("CustomerPhone", "employee_email",
//     "HomePhone", "ТелефонСотрудника"), and
//   - the word right before it does not name a thing that owns it
//     ("FileName", "HostName", "CompanyPhone", "IPAddress", "MaxAge"); for
//     English head nouns (name, title, address, family, children, location,
//     route, position, race, age, photo, card, health, membership ...),
//     which in a compound belong to the word before them, that word must
//     say which of the person's values it is or whose it is ("RealName",
//     "WorkAddress", "ManagerName", "CurrentPosition", "EmployeeTitle"),
//     so "AdapterName", "WindowTitle", "VirtualAddress", "FontFamily" and
//     "NodeChildren" do not count, and
//   - no word after it says the name is about the term rather than a
//     person's value of it ("PhoneType", "AddressID", "EmailVerified",
//     "NameSpace", "PositionX", and Russian and Ukrainian genitive owners:
//     "АдресКомпании", "imya_faila").
//
// Unambiguous terms (passport, snils, religion, diagnosis, criminal
// record, marital status, first name, home address, plate number ...)
// count in any struct and whatever the words around them say
// ("ReligionID" holds a religion, "IsPregnant" a health datum), except a
// following word saying the name is a setting or a schema about the term
// rather than data: enabled, required, visible, label, template, pattern,
// column, field, config ... ("BiometricLoginEnabled", "ReligionRequired",
// "SNILSColumn").
//
// Some phrases contain a term but name no personal data; they are
// consumed whole: "user name" (a login), "health check", "address family",
// "name space", "data race", "third party", "military time",
// "имя пользователя".
//
// When a name holds several terms, the most restricted class wins
// (forbidden over special over personal: "DisabilityPayment" is health),
// then the leftmost.
//
// # Exclusions
//
// A name with a word saying the value is hashed, masked, encrypted,
// redacted, tokenised or cut to its last digits is not personal data,
// whatever else it says: hash, hashed, digest, mask, masked, enc,
// encrypted, cipher, ciphertext, redacted, obfuscated, anonymized,
// token, tokenized, hmac, sha, md5, salt, bcrypt, last4, last four, and
// Russian and Ukrainian хеш, зашифрован..., маскирован..., токен...
// ("PhoneHash", "PassportMasked", "EncryptedSNILS", "card_last4").
// A token is a surrogate that reveals nothing by itself; pseudonymised
// data are not excluded, since they remain personal data.
//
// # Struct fields
//
// Field looks at the Go field name, then at the names in the json, db,
// gorm (the "column:" setting among its ';'-separated settings, key
// case-insensitive), bson and xml tags (the local name after an xml
// namespace), always in that order whatever the order in the tag. Options
// after ',' are ignored; "-" and empty names are skipped. The first name
// that matches wins, but an exclusion word in any of the names means no
// match: `json:"value" db:"phone_hash"` is not a phone. The pd tag is the
// pdfields analyzer's business and is not read here.
//
// # Person-like types
//
// PersonLike is true for a type name with a person noun (Employee, Staff,
// Worker, Person, People, Candidate, Applicant, User, Member, Customer,
// Patient, Student, Hire, Author, Sotrudnik, Rabotnik, Pratsivnyk,
// Kandidat, Сотрудник, Працівник, Користувач ..., in any case ending) or a
// record about one person (Resume, Payslip, Passport, Anketa). In an
// English compound the person noun must be the head: only words naming a
// record of the person (EmployeeRecord, CreateUserRequest, UserDTO,
// PersonalData) or one of the person's data (EmployeeAddress,
// EmployeeSalary) may follow it; words before it are free (NewHire). So
// EmployeeDocument, UserDevice and EmployeeSkill are not person-like, and
// their Name is not the person's. Russian and Ukrainian person nouns count
// anywhere, since those languages put the owner last (АнкетаСотрудника).
// A word making the type machinery, a setting or a summary rules it out
// (EmployeeService, UserRepository, WorkerPool, UserAgent, UserRole,
// UserID, EmployeeStats, UserSettings, UserFilter). Client, Driver,
// Manager, Owner, Contact, Visitor, Agent and Subscriber are not person
// nouns: in Go they name an HTTP client, a database driver, a connection
// manager or the visitor pattern far more often than a person.
//
// # Decisions where the SPEC is silent
//
//   - English "nationality" is citizenship, as SPEC section 1 says (a
//     form's "Nationality" asks for it); Russian "natsionalnost" and
//     "национальность" are race.
//   - A count of sick or maternity leave (SickLeaveQuota, SickDaysUsed,
//     SickRemaining) is employment: leave accounting, not health.
//   - A bare "face" or "portrait" is not biometric: in user-info structs
//     it is an avatar's URL; "face id", "face image", "face template" are.
//   - "inn", "іпн", "tax id" and "tin" are ambiguous: organisations have
//     them too. So are bank accounts, IBANs and salaries (a vacancy's).
//   - "birth", "birthday", "age" are ambiguous (a pet has a birthday).
//   - Plate numbers are unambiguous (the seed case: a trip record keeps the
//     plate); a bare "plate" and "vin" are ambiguous.
//   - A login ("UserName", "Login") and gender ("Gender", "Sex") have no
//     category in SPEC section 1 and are not inferred; mark them with a
//     pd tag if a project needs to.
//   - "Addr" is not an address term: in Go it is a network address.
//   - An employee's average salary is pay; a median or maximum salary is
//     a statistic.
//   - Genetic data ("dna", "genetic data") are biometric.
//   - A photo is biometric (an identifying photo), and ambiguous.
package classify
