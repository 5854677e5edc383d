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
// Contact, Recipient, Invitee, Attendee, Patient, Student, Hire, Author,
// Sotrudnik, Rabotnik, Pratsivnyk, Kandidat, Сотрудник, Працівник,
// Користувач ..., in any case ending) or a record about one person
// (Resume, Payslip, Passport, Anketa, Invite, Invitation, Profile,
// AccountHolder, CardHolder). In an English compound the person noun must
// be the head: only words naming a record of the person (EmployeeRecord,
// CreateUserRequest, UserDTO, PersonalData, and a CRUD schema's views:
// UserRead, UserCreate, UserUpdate, UserAdminRead, UserMeRead, UserPublic,
// UserDetail, UserSummary, UserOut, UserRef) or one of the person's data
// (EmployeeAddress, EmployeeSalary) may follow it; words before it are
// free (NewHire, EmergencyContact). So EmployeeDocument, UserDevice and
// EmployeeSkill are not person-like, and their Name is not the person's.
// A type ending in a collection word (list, set, collection, batch,
// array, slice, bundle, map, registry, directory, roster) holds people and
// is not one: EmployeeList, RecipientList. Profile counts alone or after
// words saying whose or which view (MyProfile, PublicProfile,
// UserProfile), never after a thing (CPUProfile, AWSProfile); holder only
// after account, card, licence, permit, passport, ticket, badge,
// certificate, visa, benefit or pass. Russian and Ukrainian person nouns
// count anywhere, since those languages put the owner last
// (АнкетаСотрудника). A word making the type machinery, a setting or a
// summary rules it out (EmployeeService, UserRepository, ContactRepository,
// WorkerPool, UserAgent, UserRole, UserID, EmployeeStats, UserSettings,
// UserFilter). Client, Driver, Manager, Owner, Visitor, Agent and
// Subscriber are not person nouns: in Go they name an HTTP client, a
// database driver, a connection manager, the visitor pattern or a pub/sub
// subscriber far more often than a person; a newsletter's Subscriber is
// person-like by its fields.
//
// # Structs judged by their fields
//
// SPEC section 2 also makes person-like a struct "whose own fields name
// two or more identifying categories". Evidence gathers its own fields
// (not those of embedded or nested structs; a pd tag's category counts as
// given, a field with pd:"-" not at all) and Evidence.Context decides:
//
//   - A field is evidence of an identifying category (SPEC section 1)
//     when the category counts even outside a person-like struct
//     (FirstName, Passport, HomeAddress, CustomerPhone, AuthorEmail), or
//     when it names a name, an e-mail address or a phone number and its
//     other words only say which of the person's it is (Email,
//     EmailAddress, Phone2, WorkEmail, MobilePhone, NewEmail, FullName)
//     or whose, the owner being a person (GuestEmail, MemberName, and
//     PayerEmail: the one who pays an invoice, whose address the
//     invoice is mailed to; a merchant or payee may be a shop). The
//     owner of ContactEmail, SupportEmail, FromName or CompanyPhone may
//     be a thing, so they are no evidence. A bare address is no evidence
//     (servers and peers have one), nor are a bank account, a card, a
//     tax id or a location, which companies and devices have. An
//     excluded field (PhoneHash) is no evidence.
//   - Two distinct categories make the struct person-like (Subscriber
//     {Email, Name}, Lead{Email, Phone}, Signature{Name, Email}). A bare
//     Name, DisplayName, Nickname or ShortName counts only beside an
//     e-mail address: a name and a phone are a shop's as often as a
//     person's.
//   - A type name ending in a request or response word (request, req,
//     response, resp, reply, input, output, form, payload, body, dto,
//     command, cmd, args) with one e-mail or phone field is a Requester
//     (ForgotPasswordRequest{Email}, LoginRequest{Email, Password},
//     ResendOTPInput{Phone}): the field is the address of the person who
//     sent the request, or whom the response answers, so ambiguous email
//     and phone terms count there and no others (CreateTicketRequest's
//     Title is the ticket's). This goes beyond SPEC section 2's wording;
//     the SPEC is silent on request bodies, and an e-mail address that
//     someone typed into a login or password-reset form is personal data.
//     Params, query, filter and search structs are not bodies (notPerson
//     rules them out): their e-mail is a search criterion. The parameters
//     of a call that sends something are the exception: a type name
//     ending in params, param or parameters with send, resend, notify,
//     deliver or invite before it (SendPasscodeParams{EmailAddress},
//     SendSecurityNotificationParams) is a Requester, its e-mail or phone
//     the address the call sends to. This too goes beyond the SPEC,
//     whose request/params wording it reads as "structs whose fields
//     identify a person and that are sent outward": the recipient of a
//     passcode mail is a person. A thing noun still rules the struct out
//     (SendMailParams, SendWebhookParams).
//   - Never for a type name with a word naming an organisation, a place, a
//     group, a product, an event or mail machinery: company, corp,
//     corporation, firm, employer, business, enterprise, organization,
//     organisation, org, department, dept, division, unit, branch, office,
//     team, squad, tenant, workspace, vendor, supplier, partner, agency,
//     merchant, institution, institute, school, university, college,
//     hospital, clinic, pharmacy, bank, insurer, carrier, brand,
//     counterparty, contractor, legal; shop, restaurant, cafe, hotel,
//     venue, place, location, site, website, building, facility, warehouse,
//     room, address; project, product, app, application, channel, mailbox,
//     calendar, resource, webhook, integration, domain, event, meeting,
//     training, course, system, bot, device, host, node, peer, cluster,
//     backend, upstream, instance; smtp, imap, pop, mail, mailer, mailing,
//     newsletter, campaign, noreply, from, sender; and Russian and
//     Ukrainian компания, организация, предприятие, отдел, подразделение,
//     филиал, офис, поставщик, контрагент, юрлицо (компанія, організація,
//     підприємство, відділ, підрозділ, філія, офіс, постачальник,
//     контрагент, юрособа) in every spelling. Nor for a machinery, setting
//     or summary word (the list that rules out PersonLike: Config,
//     Settings, Server, Service, Sender, Token ...), except before the
//     last word of a request or response body, where it says what the call
//     does (TokenVerifyResponse). Nor when a field's Go name says the
//     struct is an organisation or a group: industry, logo, headcount,
//     headquarters, hq, website, vat, ogrn, kpp, okpo, employees, members,
//     users, workers, subscribers, recipients, participants, attendees,
//     departments, branches, offices.
//
// So Company{Name, Phone, Address}, Department{Name, Email, Phone} and
// SMTPConfig{Host, From, FromName, FromEmail} stay things; so do a
// Config's SuperAdminEmail and a filter's Email, which the labelled
// structs count as misses. A git commit's AuthorName and AuthorEmail were
// personal data before (author is a person owner) and still are.
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
