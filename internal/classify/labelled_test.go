package classify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
)

// none labels a name that is not personal data (or is personal data of no
// category of SPEC section 1, such as a login or a gender).
const none = annotations.Category("")

// labelled is a hand-labelled sample of struct fields: the Go name, the raw
// tag, whether the enclosing struct is person-like, and what a privacy
// reviewer says the field holds. The struct each row imagines is in the
// comment where the row needs it.
var labelled = []struct {
	name, tag string
	person    bool
	want      annotations.Category
}{
	// ---- English: name ----
	{"Name", "", true, annotations.Name},
	{"FullName", "", true, annotations.Name},
	{"FirstName", "", false, annotations.Name}, // only people have first names
	{"LastName", "", false, annotations.Name},
	{"MiddleName", "", true, annotations.Name},
	{"Surname", "", false, annotations.Name},
	{"GivenName", "", false, annotations.Name},
	{"FamilyName", "", true, annotations.Name},
	{"MaidenName", "", false, annotations.Name},
	{"Patronymic", "", false, annotations.Name},
	{"DisplayName", "", true, annotations.Name},
	{"Nickname", "", true, annotations.Name},
	{"", `json:"first_name"`, false, annotations.Name},
	{"", `json:"lastname"`, false, annotations.Name},
	{"CardholderName", "", false, annotations.Name},
	{"AuthorName", "", false, annotations.Name},   // Commit.AuthorName
	{"EmployeeName", "", false, annotations.Name}, // Order.EmployeeName
	{"EmergencyContactName", "", false, annotations.Name},

	// ---- English: birth ----
	{"Birthday", "", true, annotations.Birth},
	{"BirthDate", "", true, annotations.Birth},
	{"DateOfBirth", "", true, annotations.Birth},
	{"DOB", "", true, annotations.Birth},
	{"", `json:"date_of_birth"`, true, annotations.Birth},
	{"PlaceOfBirth", "", true, annotations.Birth},
	{"Age", "", true, annotations.Birth},
	{"BirthDate", "", false, none}, // Dog.BirthDate

	// ---- English: phone ----
	{"Phone", "", true, annotations.Phone},
	{"PhoneNumber", "", true, annotations.Phone},
	{"MobilePhone", "", true, annotations.Phone},
	{"Mobile", "", true, annotations.Phone},
	{"CellPhone", "", true, annotations.Phone},
	{"Telephone", "", true, annotations.Phone},
	{"WorkPhone", "", true, annotations.Phone},
	{"HomePhone", "", false, annotations.Phone},
	{"CustomerPhone", "", false, annotations.Phone}, // Order.CustomerPhone
	{"EmployeePhone", "", false, annotations.Phone},
	{"", `json:"phone_number,omitempty"`, true, annotations.Phone},
	{"Phones", "", true, annotations.Phone},
	{"Fax", "", true, annotations.Phone},
	{"MSISDN", "", true, annotations.Phone},
	{"EmergencyContactPhone", "", false, annotations.Phone},

	// ---- English: email ----
	{"Email", "", true, annotations.Email},
	{"EmailAddress", "", true, annotations.Email},
	{"", `json:"e-mail"`, true, annotations.Email},
	{"PersonalEmail", "", false, annotations.Email},
	{"UserEmail", "", false, annotations.Email}, // Invoice.UserEmail
	{"Mail", "", true, annotations.Email},
	{"WorkEmail", "", true, annotations.Email},
	{"AuthorEmail", "", false, annotations.Email},

	// ---- English: address ----
	{"Address", "", true, annotations.Address},
	{"HomeAddress", "", true, annotations.Address},
	{"Street", "", true, annotations.Address},
	{"ZipCode", "", true, annotations.Address},
	{"PostalCode", "", true, annotations.Address},
	{"City", "", true, annotations.Address},
	{"RegistrationAddress", "", true, annotations.Address},
	{"ResidentialAddress", "", true, annotations.Address},
	{"AddressLine1", "", true, annotations.Address},
	{"Addresses", "", true, annotations.Address},
	{"DeliveryAddress", "", true, annotations.Address}, // Customer.DeliveryAddress
	{"", `db:"home_address"`, false, annotations.Address},

	// ---- English: govid ----
	{"Passport", "", false, annotations.GovID},
	{"PassportNumber", "", false, annotations.GovID},
	{"PassportSeries", "", false, annotations.GovID},
	{"PassportID", "", false, annotations.GovID},
	{"SSN", "", false, annotations.GovID},
	{"SocialSecurityNumber", "", false, annotations.GovID},
	{"NationalInsuranceNumber", "", false, annotations.GovID},
	{"DriverLicense", "", false, annotations.GovID},
	{"DriversLicenseNumber", "", false, annotations.GovID},
	{"DrivingLicence", "", false, annotations.GovID},
	{"TaxID", "", true, annotations.GovID},
	{"INN", "", true, annotations.GovID},
	{"IDCard", "", false, annotations.GovID},
	{"ResidencePermit", "", false, annotations.GovID},

	// ---- English: vehicle ----
	{"LicensePlate", "", false, annotations.Vehicle},
	{"PlateNumber", "", false, annotations.Vehicle}, // Trip.PlateNumber: the seed case
	{"CarPlate", "", false, annotations.Vehicle},
	{"VIN", "", true, annotations.Vehicle},
	{"", `json:"license_plate"`, false, annotations.Vehicle},

	// ---- English: card ----
	{"CardNumber", "", false, annotations.Card},
	{"CreditCard", "", false, annotations.Card},
	{"BankCard", "", false, annotations.Card},
	{"TransportCard", "", false, annotations.Card},
	{"SocialCard", "", false, annotations.Card},
	{"Card", "", true, annotations.Card},
	{"BadgeNumber", "", true, annotations.Card},
	{"CVV", "", false, annotations.Card},

	// ---- English: bank ----
	{"BankAccount", "", true, annotations.Bank},
	{"IBAN", "", true, annotations.Bank},
	{"AccountNumber", "", true, annotations.Bank},
	{"BankAccountNumber", "", true, annotations.Bank},

	// ---- English: pay ----
	{"Salary", "", true, annotations.Pay},
	{"Wage", "", true, annotations.Pay},
	{"Bonus", "", true, annotations.Pay},
	{"Payroll", "", true, annotations.Pay},
	{"Deductions", "", true, annotations.Pay},
	{"BaseSalary", "", true, annotations.Pay},
	{"AverageSalary", "", true, annotations.Pay}, // average earnings, for holiday pay
	{"HourlyRate", "", true, annotations.Pay},
	{"Compensation", "", true, annotations.Pay},
	{"NetPay", "", true, annotations.Pay},

	// ---- English: employment ----
	{"Position", "", true, annotations.Employment},
	{"JobTitle", "", true, annotations.Employment},
	{"PersonnelNumber", "", false, annotations.Employment},
	{"EmployeeNumber", "", false, annotations.Employment},
	{"HireDate", "", false, annotations.Employment},
	{"HiredAt", "", false, annotations.Employment},
	{"DismissalDate", "", false, annotations.Employment},
	{"DismissalReason", "", false, annotations.Employment},
	{"Appraisal", "", true, annotations.Employment},
	{"PerformanceRating", "", true, annotations.Employment},
	{"DisciplinaryAction", "", false, annotations.Employment},
	{"Reprimands", "", false, annotations.Employment},
	{"Occupation", "", true, annotations.Employment},
	{"TerminationDate", "", true, annotations.Employment},

	// ---- English: education ----
	{"Education", "", true, annotations.Education},
	{"Degree", "", true, annotations.Education},
	{"Diploma", "", true, annotations.Education},
	{"Qualification", "", true, annotations.Education},
	{"University", "", true, annotations.Education},
	{"GraduationYear", "", true, annotations.Education},

	// ---- English: location ----
	{"Location", "", true, annotations.Location},
	{"Latitude", "", true, annotations.Location},
	{"Longitude", "", true, annotations.Location},
	{"GPS", "", true, annotations.Location},
	{"GeoLocation", "", true, annotations.Location},
	{"Coordinates", "", true, annotations.Location},
	{"Route", "", true, annotations.Location},
	{"LastLocation", "", true, annotations.Location},

	// ---- English: citizenship, military, fitness ----
	{"Citizenship", "", false, annotations.Citizenship},
	{"", `json:"citizenship"`, false, annotations.Citizenship},
	{"MilitaryService", "", false, annotations.Military},
	{"MilitaryID", "", false, annotations.Military},
	{"Conscription", "", false, annotations.Military},
	{"MilitaryRank", "", false, annotations.Military},
	{"VeteranStatus", "", false, annotations.Military},
	{"FitForWork", "", false, annotations.Fitness},
	{"MedicalExam", "", false, annotations.Fitness},
	{"MedicalClearance", "", false, annotations.Fitness},
	{"FitnessForDuty", "", false, annotations.Fitness},
	{"Fitness", "", true, annotations.Fitness},

	// ---- English: health ----
	{"Diagnosis", "", false, annotations.Health}, // in any struct
	{"Diagnoses", "", false, annotations.Health},
	{"Disability", "", false, annotations.Health},
	{"Pregnancy", "", false, annotations.Health},
	{"IsPregnant", "", false, annotations.Health},
	{"SickLeave", "", false, annotations.Health},
	{"SickLeaveReason", "", false, annotations.Health},
	{"MedicalHistory", "", false, annotations.Health},
	{"BloodType", "", false, annotations.Health},
	{"Allergies", "", false, annotations.Health},
	{"HIVStatus", "", false, annotations.Health},
	{"Health", "", true, annotations.Health},
	{"DiagnosisCode", "", false, annotations.Health},
	{"MentalHealth", "", false, annotations.Health},
	{"Illness", "", false, annotations.Health},
	{"VaccinationStatus", "", false, annotations.Health},
	// Leave accounting is employment, not health (from real HR back ends).
	{"SickLeaveQuota", "", true, annotations.Employment}, // EmployeeRead.SickLeaveQuota
	{"SickLeaveQuota", "", false, none},                  // LeaveQuotaUpdateRequest.SickLeaveQuota
	{"SickQuota", "", false, none},                       // LeaveBalanceSummary.SickQuota
	{"SickUsed", "", false, none},                        // LeaveBalanceSummary.SickUsed
	{"SickRemaining", "", false, none},                   // LeaveBalanceSummary.SickRemaining
	{"SickDaysTaken", "", true, annotations.Employment},
	{"MaternityLeaveDays", "", true, annotations.Employment},
	{"", `json:"sick_leave_balance"`, true, annotations.Employment},

	// ---- English: biometric ----
	{"Fingerprint", "", true, annotations.Biometric},
	{"FaceTemplate", "", false, annotations.Biometric},
	{"Biometrics", "", false, annotations.Biometric},
	{"Photo", "", true, annotations.Biometric},
	{"PhotoURL", "", true, annotations.Biometric},
	{"FaceEmbedding", "", false, annotations.Biometric},
	{"Selfie", "", true, annotations.Biometric},
	{"FingerprintTemplate", "", false, annotations.Biometric},
	{"ProfilePhoto", "", true, annotations.Biometric},
	{"FaceId", "", true, annotations.Biometric},      // AuthForm.FaceId
	{"FaceIdImage", "", true, annotations.Biometric}, // AuthForm.FaceIdImage
	{"FaceIdData", "", false, annotations.Biometric}, // FaceId.FaceIdData
	{"FaceImage", "", false, annotations.Biometric},
	{"Face", `json:"face"`, true, none},         // BilibiliUserInfo.Face: the avatar's URL
	{"Portrait", `json:"portrait"`, true, none}, // BaiduUserInfo.Portrait: the avatar's key

	// ---- English: criminal ----
	{"CriminalRecord", "", false, annotations.Criminal},
	{"Convictions", "", false, annotations.Criminal},
	{"CriminalHistory", "", false, annotations.Criminal},
	{"PoliceClearance", "", false, annotations.Criminal},
	{"BackgroundCheck", "", true, annotations.Criminal},
	{"HasCriminalRecord", "", false, annotations.Criminal},

	// ---- English: private life ----
	{"MaritalStatus", "", false, annotations.PrivateLife},
	{"Spouse", "", false, annotations.PrivateLife},
	{"SpouseName", "", false, annotations.PrivateLife},
	{"Children", "", true, annotations.PrivateLife},
	{"NumberOfChildren", "", false, annotations.PrivateLife},
	{"ChildrenCount", "", true, annotations.PrivateLife},
	{"Hobbies", "", false, annotations.PrivateLife},
	{"FamilyStatus", "", false, annotations.PrivateLife},
	{"Facebook", "", true, annotations.PrivateLife},
	{"LinkedIn", "", true, annotations.PrivateLife},
	{"NextOfKin", "", false, annotations.PrivateLife},
	{"SocialProfiles", "", false, annotations.PrivateLife},

	// ---- English: union, association ----
	{"TradeUnion", "", false, annotations.Union},
	{"UnionMember", "", false, annotations.Union},
	{"UnionMembership", "", false, annotations.Union},
	{"Union", "", true, annotations.Union},
	{"UnionDues", "", false, annotations.Union},
	{"IsUnionMember", "", false, annotations.Union},
	{"PublicAssociation", "", false, annotations.Association},
	{"AssociationMembership", "", false, annotations.Association},
	{"Membership", "", true, annotations.Association},
	{"NGOMembership", "", false, annotations.Association},

	// ---- English: forbidden ----
	{"Religion", "", false, annotations.Religion}, // in any struct
	{"Religion", "", true, annotations.Religion},
	{"ReligiousAffiliation", "", false, annotations.Religion},
	{"Faith", "", true, annotations.Religion},
	{"Denomination", "", true, annotations.Religion},
	{"", `json:"religion"`, false, annotations.Religion},
	{"PoliticalViews", "", false, annotations.Politics},
	{"PoliticalParty", "", false, annotations.Politics},
	{"PartyMembership", "", false, annotations.Politics},
	{"Party", "", true, annotations.Politics},
	{"PoliticalAffiliation", "", false, annotations.Politics},
	{"Beliefs", "", true, annotations.Beliefs},
	{"Worldview", "", false, annotations.Beliefs},
	{"Ideology", "", false, annotations.Beliefs},
	{"PhilosophicalBeliefs", "", false, annotations.Beliefs},
	{"Ethnicity", "", false, annotations.Race},
	{"Race", "", true, annotations.Race},
	{"EthnicOrigin", "", false, annotations.Race},
	{"Nationality", "", false, annotations.Citizenship}, // SPEC: "nationality" on a form means citizenship
	{"", `json:"natsionalnost"`, false, annotations.Race},
	{"RacialOrigin", "", false, annotations.Race},
	{"SkinColor", "", false, annotations.Race},
	{"SexualOrientation", "", false, annotations.SexLife},
	{"SexLife", "", false, annotations.SexLife},
	{"Sexuality", "", false, annotations.SexLife},

	// ---- English: near misses and things that are not personal data ----
	{"Name", "", false, none},    // Department.Name
	{"Address", "", false, none}, // Department.Address
	{"Phone", "", false, none},   // Department.Phone
	{"Name", "", false, none},    // Product.Name
	{"Phone", "", false, none},   // Product.Phone (the support line)
	{"Address", "", false, none}, // Server.Address
	{"IPAddress", "", true, none},
	{"IPAddress", "", false, none},
	{"IPv4Address", "", true, none},
	{"MACAddress", "", true, none},
	{"FileName", "", true, none},
	{"HostName", "", true, none},
	{"Hostname", "", true, none},
	{"TableName", "", true, none},
	{"ColumnName", "", true, none},
	{"UserAgent", "", true, none},
	{"CreatedAt", "", true, none},
	{"UpdatedBy", "", true, none},
	{"ID", "", true, none},
	{"Status", "", true, none},
	{"Price", "", true, none},
	{"Amount", "", true, none},
	{"Position", "", false, none}, // Point.Position
	{"PositionX", "", true, none},
	{"UserName", "", true, none}, // a login, not the person's name
	{"Username", "", true, none},
	{"Login", "", true, none},
	{"Password", "", true, none},
	{"CompanyName", "", true, none},
	{"DepartmentName", "", true, none},
	{"ProjectName", "", true, none},
	{"ServerAddress", "", true, none},
	{"RemoteAddr", "", true, none},
	{"Addr", "", true, none},
	{"ListenAddress", "", false, none},
	{"EmailTemplate", "", true, none},
	{"EmailVerified", "", true, none},
	{"PhoneVerified", "", true, none},
	{"PhoneType", "", true, none},
	{"PhoneModel", "", true, none},
	{"AddressID", "", true, none},
	{"NameSpace", "", true, none},
	{"Namespace", "", true, none},
	{"HealthCheck", "", false, none},
	{"HealthCheck", "", true, none},
	{"Healthy", "", true, none},
	{"MaxAge", "", true, none},
	{"Usage", "", true, none},
	{"Page", "", true, none},
	{"Message", "", true, none},
	{"Title", "", false, none}, // Document.Title
	{"Description", "", true, none},
	{"AddressFamily", "", true, none},
	{"DataRace", "", false, none},
	{"ThirdPartyName", "", true, none},
	{"CounterpartyName", "", true, none},
	{"Degree", "", false, none},   // Angle.Degree
	{"Route", "", false, none},    // Router.Route
	{"Location", "", false, none}, // Config.Location of a file
	{"Union", "", false, none},    // TypeUnion
	{"Race", "", false, none},     // Detector.Race
	{"Party", "", false, none},    // Contract.Party
	{"Family", "", false, none},   // Font.Family
	{"FontFamily", "", true, none},
	{"Children", "", false, none},    // Node.Children
	{"Fingerprint", "", false, none}, // Certificate.Fingerprint
	{"KeyFingerprint", "", true, none},
	{"Photo", "", false, none},  // Product.Photo
	{"Salary", "", false, none}, // Vacancy.Salary
	{"MinSalary", "", false, none},
	{"MedianSalary", "", true, none},
	{"Bonus", "", false, none}, // Game.Bonus
	{"Card", "", false, none},  // Game.Card
	{"CardType", "", true, none},
	{"Plate", "", false, none},
	{"TaxID", "", false, none},       // Company.TaxID
	{"INN", "", false, none},         // Organization.INN
	{"IBAN", "", false, none},        // Company.IBAN
	{"BankAccount", "", false, none}, // Supplier.BankAccount
	{"BankName", "", true, none},
	{"Gender", "", true, none}, // personal, but no category in SPEC section 1
	{"Sex", "", true, none},
	{"Department", "", true, none},
	{"Team", "", true, none},
	{"Role", "", true, none},
	{"Email", "", false, none}, // Department.Email
	{"SupportEmail", "", false, none},
	{"ContactPhone", "", false, none}, // Company.ContactPhone
	{"NameServer", "", true, none},
	{"MailServer", "", true, none},
	{"SMTPHost", "", true, none},
	{"EmailDomain", "", true, none},
	{"PhoneCountryCode", "", true, none},
	{"DisplayName", "", false, none}, // App.DisplayName
	{"FullName", "", false, none},    // Company.FullName
	{"LegalName", "", false, none},
	{"Disabled", "", true, none},
	{"Invalid", "", true, none},
	{"Health", "", false, none}, // Server.Health
	{"HealthStatus", "", false, none},
	{"Interests", "", false, none},
	{"Association", "", false, none}, // an ORM association
	{"Views", "", true, none},
	{"Currency", "", true, none},
	{"AddressBook", "", true, none},
	{"EmailSentAt", "", true, none},
	{"LocationID", "", true, none},
	{"Diagnostic", "", false, none}, // analysis.Diagnostic
	{"Diagnostics", "", true, none},
	{"Hash", "", true, none},

	// ---- technical fields of a person-like struct ----
	{"DeletedAt", "", true, none},
	{"Version", "", true, none},
	{"TenantID", "", true, none},
	{"OrgID", "", true, none},
	{"ExternalID", "", true, none},
	{"Active", "", true, none},
	{"IsAdmin", "", true, none},
	{"Roles", "", true, none},
	{"Permissions", "", true, none},
	{"LastLoginAt", "", true, none},
	{"PasswordHash", "", true, none},
	{"Locale", "", true, none},
	{"Language", "", true, none},
	{"Theme", "", true, none},
	{"Source", "", true, none},
	{"Tags", "", true, none},
	{"Metadata", "", true, none},
	{"ManagerID", "", true, none},
	{"DepartmentID", "", true, none},
	{"CityID", "", true, none},
	{"ReligionID", "", false, annotations.Religion}, // a reference to a religion is the religion
	{"StartDate", "", true, annotations.Employment},
	{"EndDate", "", true, annotations.Employment},
	{"StartDate", "", false, none}, // Project.StartDate
	{"NameRu", "", true, annotations.Name},
	{"ManagerName", "", true, annotations.Name},
	{"ContactName", "", true, annotations.Name}, // the employee's emergency contact
	{"MotherName", "", true, annotations.Name},
	{"WorkAddress", "", true, annotations.Address},
	{"FactAddress", "", true, annotations.Address}, // fakticheskiy adres
	{"PhysicalAddress", "", true, annotations.Address},
	{"VacationBalance", "", true, annotations.Employment},
	{"Otpusk", "", true, annotations.Employment},
	{"KPI", "", true, annotations.Employment},
	{"SignOnBonus", "", true, annotations.Pay},
	{"CountryOfBirth", "", true, annotations.Birth},
	{"Timezone", "", true, none},
	{"CurrentPosition", "", true, annotations.Employment},
	{"ChildName", "", true, annotations.PrivateLife},
	{"FamilyMembers", "", true, annotations.PrivateLife},
	{"WindowTitle", "", true, none},
	{"VirtualAddress", "", true, none},
	{"AdapterName", "", true, none},
	{"DocumentName", "", true, none}, // EmployeeDocument.Name is not the person's
	{"SkillName", "", true, none},
	{"NodeChildren", "", true, none},
	{"GroupMembership", "", true, none},
	{"ShortName", "", true, annotations.Name},
	{"Lat", "", false, none}, // Office.Lat
	{"Lng", "", true, annotations.Location},
	{"NationalityCode", "", false, annotations.Race},

	// ---- technical structs: http.Request, metav1.ObjectMeta, sql.DB config ----
	{"Method", "", false, none},
	{"URL", "", false, none},
	{"Header", "", false, none},
	{"Body", "", false, none},
	{"Host", "", false, none},
	{"RequestURI", "", false, none},
	{"ContentLength", "", false, none},
	{"Labels", "", false, none},
	{"Annotations", "", false, none},
	{"OwnerReferences", "", false, none},
	{"DriverName", "", false, none},
	{"MaxOpenConns", "", false, none},
	{"MilitaryTime", "", false, none}, // a clock format
	{"RaceDetector", "", false, none},
	{"UnionType", "", true, none},
	{"DiagnosticsEnabled", "", false, none},
	{"CountryOfOrigin", "", false, none},
	{"PartyID", "", false, none},

	// ---- settings and schemas about a term, not data ----
	{"BiometricLoginEnabled", "", false, none},
	{"ReligionRequired", "", false, none}, // a form setting
	{"PhoneVisible", "", true, none},
	{"PassportTemplate", "", false, none},
	{"SNILSColumn", "", false, none},

	// ---- exclusions: hashed, masked, encrypted, redacted, last4 ----
	{"PhoneHash", "", true, none},
	{"PassportMasked", "", false, none},
	{"EncryptedSNILS", "", false, none},
	{"", `json:"card_last4"`, true, none},
	{"CardLast4", "", true, none},
	{"SSNLastFour", "", false, none},
	{"PhoneToken", "", true, none},
	{"PassportHash", "", false, none},
	{"DiagnosisEncrypted", "", false, none},
	{"RedactedAddress", "", true, none},
	{"EmailDigest", "", true, none},
	{"PassportSHA256", "", false, none},

	// ---- struct tags ----
	{"Data", `json:"passport"`, false, annotations.GovID},
	{"X", `db:"phone_num"`, true, annotations.Phone},
	{"Col", `gorm:"column:snils;type:text"`, false, annotations.GovID},
	{"Y", `bson:"religion,omitempty"`, false, annotations.Religion},
	{"Z", `xml:"Diagnosis"`, false, annotations.Health},
	{"Phone", `json:"-"`, true, annotations.Phone},
	{"Blob", `json:"-" db:"-"`, true, none},
	{"Value", `json:"value" db:"phone_hash"`, true, none},
	{"Phone", `json:"phone_enc"`, true, none},
	{"Tel", `gorm:"column:tel"`, true, annotations.Phone},
	{"F", `gorm:"type:varchar(20);column:inn"`, true, annotations.GovID},
	{"G", `gorm:"-"`, true, none},
	{"H", `xml:"urn:hr passport,attr"`, false, annotations.GovID},
	{"Addr", `json:"ip_address"`, true, none},
	{"Ref", `json:"employee_email"`, false, annotations.Email},

	// ---- Russian transliterated ----
	{"FIO", "", false, annotations.Name},
	{"Fio", "", false, annotations.Name},
	{"Familiya", "", false, annotations.Name},
	{"Familija", "", false, annotations.Name},
	{"", `json:"familia"`, false, annotations.Name},
	{"Imya", "", true, annotations.Name},
	{"Otchestvo", "", false, annotations.Name},
	{"DataRozhdeniya", "", true, annotations.Birth},
	{"", `json:"data_rojdenia"`, true, annotations.Birth},
	{"DataRozhdenija", "", true, annotations.Birth},
	{"MestoRozhdeniya", "", true, annotations.Birth},
	{"Vozrast", "", true, annotations.Birth},
	{"Telefon", "", true, annotations.Phone},
	{"NomerTelefona", "", true, annotations.Phone},
	{"MobilnyTelefon", "", true, annotations.Phone},
	{"Pochta", "", true, annotations.Email},
	{"ElPochta", "", true, annotations.Email},
	{"Adres", "", true, annotations.Address},
	{"AdresRegistratsii", "", true, annotations.Address},
	{"AdresProzhivaniya", "", true, annotations.Address},
	{"Propiska", "", false, annotations.Address},
	{"MestoZhitelstva", "", false, annotations.Address},
	{"Pasport", "", false, annotations.GovID},
	{"SeriyaPasporta", "", false, annotations.GovID},
	{"NomerPasporta", "", false, annotations.GovID},
	{"SNILS", "", false, annotations.GovID},
	{"", `db:"snils"`, false, annotations.GovID},
	{"Inn", "", true, annotations.GovID},
	{"VoditelskoeUdostoverenie", "", false, annotations.GovID},
	{"Gosnomer", "", false, annotations.Vehicle},
	{"GosNomer", "", false, annotations.Vehicle},
	{"NomerAvtomobilya", "", false, annotations.Vehicle},
	{"NomerKarty", "", false, annotations.Card},
	{"BankovskayaKarta", "", false, annotations.Card},
	{"RaschetnyySchet", "", true, annotations.Bank},
	{"LitsevoySchet", "", true, annotations.Bank},
	{"Rekvizity", "", true, annotations.Bank},
	{"Zarplata", "", true, annotations.Pay},
	{"ZarPlata", "", true, annotations.Pay},
	{"Oklad", "", true, annotations.Pay},
	{"Premiya", "", true, annotations.Pay},
	{"ZP", "", true, annotations.Pay},
	{"Uderzhaniya", "", true, annotations.Pay},
	{"Dolzhnost", "", true, annotations.Employment},
	{"TabelnyyNomer", "", false, annotations.Employment},
	{"TabNomer", "", false, annotations.Employment},
	{"", `json:"tab_nomer"`, false, annotations.Employment},
	{"DataUvolneniya", "", false, annotations.Employment},
	{"PrichinaUvolneniya", "", false, annotations.Employment},
	{"Vygovor", "", false, annotations.Employment},
	{"Stazh", "", true, annotations.Employment},
	{"Obrazovanie", "", true, annotations.Education},
	{"Diplom", "", true, annotations.Education},
	{"Kvalifikatsiya", "", true, annotations.Education},
	{"Geolokatsiya", "", true, annotations.Location},
	{"Koordinaty", "", true, annotations.Location},
	{"Marshrut", "", true, annotations.Location},
	{"Grazhdanstvo", "", false, annotations.Citizenship},
	{"Grajdanstvo", "", false, annotations.Citizenship},
	{"VoinskiyUchet", "", false, annotations.Military},
	{"", `json:"voinskij_uchet"`, false, annotations.Military},
	{"VoennyyBilet", "", false, annotations.Military},
	{"Profprigodnost", "", false, annotations.Fitness},
	{"Medosmotr", "", false, annotations.Fitness},
	{"Diagnoz", "", false, annotations.Health},
	{"Invalidnost", "", false, annotations.Health},
	{"GruppaInvalidnosti", "", false, annotations.Health},
	{"Beremennost", "", false, annotations.Health},
	{"Bolnichnyy", "", false, annotations.Health},
	{"SostoyanieZdorovya", "", false, annotations.Health},
	{"Biometriya", "", false, annotations.Biometric},
	{"Foto", "", true, annotations.Biometric},
	{"Sudimost", "", false, annotations.Criminal},
	{"NalichieSudimosti", "", false, annotations.Criminal},
	{"SemeinoePolozhenie", "", false, annotations.PrivateLife},
	{"", `json:"semejnoe_polozhenie"`, false, annotations.PrivateLife},
	{"Deti", "", false, annotations.PrivateLife},
	{"KolichestvoDetey", "", false, annotations.PrivateLife},
	{"Suprug", "", false, annotations.PrivateLife},
	{"Hobbi", "", false, annotations.PrivateLife},
	{"Profsoyuz", "", false, annotations.Union},
	{"", `json:"profsojuz"`, false, annotations.Union},
	{"ProfSoyuz", "", false, annotations.Union},
	{"ChlenProfsoyuza", "", false, annotations.Union},
	{"ObshchestvennayaOrganizatsiya", "", false, annotations.Association},
	{"Veroispovedanie", "", false, annotations.Religion},
	{"Religiya", "", false, annotations.Religion},
	{"PoliticheskieVzglyady", "", false, annotations.Politics},
	{"Partiynost", "", false, annotations.Politics},
	{"Ubezhdeniya", "", false, annotations.Beliefs},
	{"Mirovozzrenie", "", false, annotations.Beliefs},
	{"Natsionalnost", "", false, annotations.Race},
	{"", `json:"nacionalnost"`, false, annotations.Race},
	{"SeksualnayaOrientatsiya", "", false, annotations.SexLife},

	// ---- Russian transliterated: not personal data ----
	{"Nazvanie", "", true, none}, // the title of a thing
	{"ImyaPolzovatelya", "", true, none},
	{"ImyaFayla", "", true, none},
	{"AdresKompanii", "", true, none},
	{"TelefonOrganizatsii", "", true, none},
	{"InnOrganizatsii", "", true, none},
	{"AdresServera", "", true, none},
	{"Partiya", "", false, none}, // a batch of goods
	{"Karta", "", false, none},   // a map
	{"Schet", "", false, none},   // an invoice
	{"Summa", "", true, none},
	{"Tsena", "", true, none},
	{"Kolichestvo", "", true, none},
	{"DataSozdaniya", "", true, none},
	{"Nomer", "", true, none},
	{"Sotrudnik", "", true, none},
	{"Otdel", "", true, none},
	{"TelefonHesh", "", true, none},
	{"PasportZashifrovan", "", false, none},
	{"Telefon", "", false, none}, // Otdel.Telefon

	// ---- Russian Cyrillic ----
	{"Телефон", "", true, annotations.Phone},
	{"Паспорт", "", false, annotations.GovID},
	{"СНИЛС", "", false, annotations.GovID},
	{"ИНН", "", true, annotations.GovID},
	{"ДатаРождения", "", true, annotations.Birth},
	{"Вероисповедание", "", false, annotations.Religion},
	{"Профсоюз", "", false, annotations.Union},
	{"Фамилия", "", false, annotations.Name},
	{"Имя", "", true, annotations.Name},
	{"Отчество", "", false, annotations.Name},
	{"ФИО", "", false, annotations.Name},
	{"Адрес", "", true, annotations.Address},
	{"Диагноз", "", false, annotations.Health},
	{"Судимость", "", false, annotations.Criminal},
	{"Гражданство", "", false, annotations.Citizenship},
	{"Национальность", "", false, annotations.Race},
	{"Зарплата", "", true, annotations.Pay},
	{"Должность", "", true, annotations.Employment},
	{"ТабельныйНомер", "", false, annotations.Employment},
	{"ВоинскийУчёт", "", false, annotations.Military},
	{"ВоинскийУчет", "", false, annotations.Military},
	{"Образование", "", true, annotations.Education},
	{"СемейноеПоложение", "", false, annotations.PrivateLife},
	{"Дети", "", false, annotations.PrivateLife},
	{"Инвалидность", "", false, annotations.Health},
	{"Беременность", "", false, annotations.Health},
	{"ПолитическиеВзгляды", "", false, annotations.Politics},
	{"Госномер", "", false, annotations.Vehicle},
	{"НомерКарты", "", false, annotations.Card},
	{"РасчетныйСчет", "", true, annotations.Bank},
	{"Геолокация", "", true, annotations.Location},
	{"Медосмотр", "", false, annotations.Fitness},
	{"Биометрия", "", false, annotations.Biometric},
	{"ОбщественнаяОрганизация", "", false, annotations.Association},
	{"Убеждения", "", false, annotations.Beliefs},
	{"СексуальнаяОриентация", "", false, annotations.SexLife},
	{"Почта", "", true, annotations.Email},
	{"ЭлектроннаяПочта", "", true, annotations.Email},
	{"ТелефонСотрудника", "", false, annotations.Phone},

	// ---- Russian Cyrillic: not personal data ----
	{"Название", "", true, none},
	{"ИмяФайла", "", true, none},
	{"ИмяПользователя", "", true, none},
	{"АдресКомпании", "", true, none},
	{"Телефон", "", false, none}, // Отдел.Телефон
	{"Имя", "", false, none},
	{"Адрес", "", false, none},
	{"Партия", "", false, none},
	{"Карта", "", false, none},
	{"Сумма", "", true, none},
	{"Количество", "", true, none},
	{"ДатаСоздания", "", true, none},
	{"ХешПаспорта", "", false, none},
	{"ПаспортЗашифрованный", "", false, none},
	{"Статус", "", true, none},
	{"Цена", "", true, none},

	// ---- Ukrainian transliterated ----
	{"Prizvyshche", "", false, annotations.Name},
	{"Prizvishche", "", false, annotations.Name},
	{"PoBatkovi", "", false, annotations.Name},
	{"PIB", "", false, annotations.Name},
	{"DataNarodzhennya", "", true, annotations.Birth},
	{"", `json:"data_narodzhennia"`, true, annotations.Birth},
	{"Adresa", "", true, annotations.Address},
	{"MistseProzhyvannia", "", false, annotations.Address},
	{"RNOKPP", "", false, annotations.GovID},
	{"IPN", "", true, annotations.GovID},
	{"Derzhnomer", "", false, annotations.Vehicle},
	{"NomerKartky", "", false, annotations.Card},
	{"Rakhunok", "", true, annotations.Bank},
	{"ZarobitnaPlata", "", true, annotations.Pay},
	{"Posada", "", true, annotations.Employment},
	{"TabelnyiNomer", "", false, annotations.Employment},
	{"DataZvilnennia", "", false, annotations.Employment},
	{"Dohana", "", false, annotations.Employment},
	{"Osvita", "", true, annotations.Education},
	{"Hromadianstvo", "", false, annotations.Citizenship},
	{"Gromadyanstvo", "", false, annotations.Citizenship},
	{"ViyskovyiOblik", "", false, annotations.Military},
	{"", `json:"viiskovyi_oblik"`, false, annotations.Military},
	{"Medohliad", "", false, annotations.Fitness},
	{"Diahnoz", "", false, annotations.Health},
	{"Invalidnist", "", false, annotations.Health},
	{"Vahitnist", "", false, annotations.Health},
	{"Likarnianyi", "", false, annotations.Health},
	{"StanZdorovia", "", false, annotations.Health},
	{"Sudymist", "", false, annotations.Criminal},
	{"SimeinyiStan", "", false, annotations.PrivateLife},
	{"Dity", "", false, annotations.PrivateLife},
	{"Profspilka", "", false, annotations.Union},
	{"ChlenstvoVProfspiltsi", "", false, annotations.Union},
	{"HromadskaOrhanizatsiia", "", false, annotations.Association},
	{"Virospovidannia", "", false, annotations.Religion},
	{"Relihiia", "", false, annotations.Religion},
	{"PolitychniPohliady", "", false, annotations.Politics},
	{"Perekonannia", "", false, annotations.Beliefs},
	{"Svitohliad", "", false, annotations.Beliefs},
	{"Natsionalnist", "", false, annotations.Race},
	{"Etnichnist", "", false, annotations.Race},
	{"SeksualnaOriientatsiia", "", false, annotations.SexLife},
	{"Biometriia", "", false, annotations.Biometric},
	{"Heolokatsiia", "", true, annotations.Location},
	{"Koordynaty", "", true, annotations.Location},
	{"Poshta", "", true, annotations.Email},

	// ---- Ukrainian Cyrillic ----
	{"Прізвище", "", false, annotations.Name},
	{"ПоБатькові", "", false, annotations.Name},
	{"", `json:"ім'я"`, true, annotations.Name},
	{"ДатаНародження", "", true, annotations.Birth},
	{"Громадянство", "", false, annotations.Citizenship},
	{"Віросповідання", "", false, annotations.Religion},
	{"Профспілка", "", false, annotations.Union},
	{"Посада", "", true, annotations.Employment},
	{"Освіта", "", true, annotations.Education},
	{"Вагітність", "", false, annotations.Health},
	{"Судимість", "", false, annotations.Criminal},
	{"ВійськовийОблік", "", false, annotations.Military},
	{"Національність", "", false, annotations.Race},
	{"РНОКПП", "", false, annotations.GovID},
	{"ЗаробітнаПлата", "", true, annotations.Pay},
	{"НомерКартки", "", false, annotations.Card},
	{"Рахунок", "", true, annotations.Bank},
	{"Адреса", "", true, annotations.Address},
	{"Пошта", "", true, annotations.Email},
	{"СімейнийСтан", "", false, annotations.PrivateLife},
	{"Діти", "", false, annotations.PrivateLife},
	{"Медогляд", "", false, annotations.Fitness},
	{"ГромадськаОрганізація", "", false, annotations.Association},
	{"ПолітичніПогляди", "", false, annotations.Politics},
	{"Переконання", "", false, annotations.Beliefs},
	{"СексуальнаОрієнтація", "", false, annotations.SexLife},
	{"Біометрія", "", false, annotations.Biometric},
	{"Держномер", "", false, annotations.Vehicle},
	{"Геолокація", "", true, annotations.Location},
	{"ТелефонПрацівника", "", false, annotations.Phone},

	// ---- Ukrainian: not personal data ----
	{"Назва", "", true, none},
	{"", `json:"ім'я_користувача"`, true, none},
	{"АдресаКомпанії", "", true, none},
	{"ТелефонКомпанії", "", true, none},
	{"Сума", "", true, none},
	{"Кількість", "", true, none},
	{"Партія", "", false, none},
	{"Картка", "", false, none},
	{"Рахунок", "", false, none}, // Компанія.Рахунок
	{"ХешПаспорта", "", false, none},
}

// TestLabelled measures precision and recall of Field over the labelled
// sample. A wrong category counts against both.
func TestLabelled(t *testing.T) {
	const threshold = 0.97
	var sc score
	for _, c := range labelled {
		m, ok := Field(c.name, c.tag, c.person)
		sc.add(m, ok, c.want, func(got annotations.Category) string {
			return fmt.Sprintf("Field(%q, %q, %v) = %q (term %q), want %q",
				c.name, c.tag, c.person, got, m.Term, c.want)
		})
	}
	precision, recall := sc.precision(), sc.recall()
	summary := fmt.Sprintf("%d labelled names: %s", len(labelled), &sc)
	t.Log(summary)
	for _, m := range sc.misses {
		t.Log("miss: " + m)
	}
	if len(labelled) < 300 {
		t.Errorf("only %d labelled names; want at least 300", len(labelled))
	}
	if precision < threshold || recall < threshold {
		t.Errorf("%s; want both at least %.0f%%\n%s", summary, 100*threshold, strings.Join(sc.misses, "\n"))
	}
}

// score counts the outcomes of inference against labels. A wrong
// category counts against both precision and recall.
type score struct {
	truePos, falsePos, falseNeg int
	misses                      []string
}

// add scores one inference (m, ok) against the label want; describe
// explains a miss.
func (s *score) add(m Match, ok bool, want annotations.Category, describe func(got annotations.Category) string) {
	got := none
	if ok {
		got = m.Category
	}
	if got == want {
		if got != none {
			s.truePos++
		}
		return
	}
	if got != none {
		s.falsePos++
	}
	if want != none {
		s.falseNeg++
	}
	s.misses = append(s.misses, describe(got))
}

func (s *score) precision() float64 { return ratio(s.truePos, s.truePos+s.falsePos) }
func (s *score) recall() float64    { return ratio(s.truePos, s.truePos+s.falseNeg) }

func (s *score) String() string {
	return fmt.Sprintf("precision %.1f%%, recall %.1f%% (%d true positives, %d false positives, %d false negatives)",
		100*s.precision(), 100*s.recall(), s.truePos, s.falsePos, s.falseNeg)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestLabelledCoversCategories keeps the sample honest about breadth: every
// category appears among its positives.
func TestLabelledCoversCategories(t *testing.T) {
	seen := map[annotations.Category]bool{}
	for _, c := range labelled {
		seen[c.want] = true
	}
	for _, cat := range annotations.Categories() {
		if !seen[cat] {
			t.Errorf("no labelled name of category %q", cat)
		}
	}
	if !seen[none] {
		t.Error("no labelled negative")
	}
}
