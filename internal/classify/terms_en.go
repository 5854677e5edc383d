package classify

import "github.com/hrvet/hrvet/annotations"

// englishTerms is the English dictionary. Plurals in "s" and "es" match
// without being listed; multi-word terms also match glued ("phonenumber").
// A term is "personal" (ambiguous) when things other than people commonly
// have it: a department has a name and a phone, a server an address, a
// vacancy a salary, a company an INN and a bank account.
var englishTerms = []termGroup{
	// name: full name, surname, patronymic.
	{annotations.Name, personal, []string{
		"name", "full name", "display name", "nickname", "nick name", "legal name",
		"initials",
	}},
	{annotations.Name, always, []string{
		"first name", "last name", "middle name", "surname", "given name",
		"family name", "maiden name", "patronymic", "cardholder", "cardholder name",
		"card holder", "card holder name",
	}},

	// birth: date and place of birth, and the age derived from it.
	{annotations.Birth, personal, []string{
		"birth", "birthday", "birthdate", "date of birth", "dob", "birth place",
		"birthplace", "place of birth", "age",
	}},

	// phone.
	{annotations.Phone, personal, []string{
		"phone", "phone number", "phone no", "telephone", "tel", "mobile", "mobile phone",
		"mobile number", "mobile no", "cell phone", "cellphone", "msisdn", "fax",
		"whatsapp", "viber",
	}},

	// email.
	{annotations.Email, personal, []string{
		"email", "e mail", "email address", "e mail address", "mail", "mail address",
	}},

	// address: home or registration address.
	{annotations.Address, personal, []string{
		"address", "registration address", "postal address", "mailing address",
		"billing address", "shipping address", "delivery address", "street",
		"street address", "address line", "zip", "zip code", "postcode", "post code",
		"postal code", "city", "apartment", "house number", "residence",
	}},
	{annotations.Address, always, []string{ // only people have homes
		"home address", "residential address", "place of residence",
	}},

	// govid: passport, national insurance, tax id, driving licence.
	{annotations.GovID, always, []string{
		"passport", "ssn", "social security", "social security number",
		"national insurance", "national insurance number", "national id",
		"national identity number", "id card", "identity card", "identity document",
		"driver license", "drivers license", "driver licence", "drivers licence",
		"driving license", "driving licence", "residence permit", "work permit",
		"birth certificate",
	}},
	{annotations.GovID, personal, []string{ // companies have tax numbers too
		"tax id", "taxpayer id", "tax number", "tin",
	}},

	// vehicle: plate, VIN.
	{annotations.Vehicle, always, []string{
		"license plate", "licence plate", "number plate", "plate number",
		"registration plate", "car plate", "vehicle plate",
	}},
	{annotations.Vehicle, personal, []string{
		"plate", "vin", "car number", "vehicle number",
	}},

	// card: bank, transport, social and access-pass card numbers.
	{annotations.Card, always, []string{
		"card number", "credit card", "debit card", "bank card", "payment card",
		"transport card", "social card", "cvv", "cvc", "pan number",
	}},
	{annotations.Card, personal, []string{
		"card", "access card", "pass card", "key card", "badge number",
		"badge id", "pass number", "troika",
	}},

	// bank: account, IBAN (companies have them too).
	{annotations.Bank, personal, []string{
		"bank account", "bank account number", "account number", "iban",
		"bank details", "sort code",
	}},

	// pay: salary, bonus, deductions (vacancies have salaries too).
	{annotations.Pay, personal, []string{
		"salary", "wage", "pay", "pay rate", "payroll", "bonus", "compensation",
		"gross pay", "net pay", "deduction", "income", "alimony", "hourly rate",
		"severance",
	}},

	// employment: position, personnel number, dates, appraisal, discipline.
	{annotations.Employment, always, []string{
		"personnel number", "employee number", "staff number", "hire date",
		"hired at", "date of hire", "hiring date", "dismissal", "dismissed at",
		"disciplinary", "reprimand", "employment history", "employment record",
		"work history",
	}},
	{annotations.Employment, personal, []string{
		"position", "job title", "title", "occupation", "profession",
		"termination date", "terminated at", "termination reason", "appraisal",
		"performance review", "performance rating", "performance score",
		"probation", "seniority", "work experience", "employment date",
		"employment type", "start date", "end date", "vacation", "annual leave",
		"leave balance", "performance", "kpi",
	}},
	// A count of sick or maternity leave (a quota, days used, a balance) is
	// leave accounting, not health (SPEC section 1): the longer phrase
	// wins over "sick leave".
	{annotations.Employment, personal, leaveCounts()},

	// education: diplomas, qualifications.
	{annotations.Education, personal, []string{
		"education", "degree", "academic degree", "diploma", "qualification",
		"university", "school", "alma mater", "graduation", "graduation year",
		"educational institution",
	}},

	// location: GPS, routes, access-control events.
	{annotations.Location, personal, []string{
		"location", "current location", "last location", "geolocation", "geo",
		"geo location", "gps", "latitude", "longitude", "lat", "lon", "lng",
		"coordinates", "coords", "route", "whereabouts", "check in", "turnstile",
		"access log",
	}},

	// citizenship. English "nationality" on a form asks for citizenship
	// (SPEC section 1); Russian "natsionalnost" is ethnic origin (race).
	{annotations.Citizenship, always, []string{
		"citizenship", "country of citizenship", "nationality",
	}},

	// military: military registration.
	{annotations.Military, always, []string{
		"military", "military service", "military registration", "military id",
		"military rank", "conscription", "draft status", "veteran", "veteran status",
		"reservist",
	}},

	// fitness: the conclusion on fitness for the job.
	{annotations.Fitness, always, []string{
		"fit for work", "fitness for work", "fit for duty", "fitness for duty",
		"medical fitness", "medical clearance", "medical exam", "medical examination",
		"medical check", "medical checkup",
	}},
	{annotations.Fitness, personal, []string{
		"fitness", "occupational health", "work capacity",
	}},

	// health: diagnoses, disability, pregnancy, sick-leave reasons.
	{annotations.Health, always, []string{
		"diagnosis", "diagnoses", "diagnosed", "illness", "sickness", "sick",
		"sick leave", "sick note", "disability", "disabilities", "handicap",
		"pregnancy", "pregnant", "maternity", "maternity leave", "medical history",
		"medical record", "medical condition", "health condition", "mental health",
		"allergy", "allergies", "blood type", "blood group", "hiv", "vaccination",
		"vaccinated", "chronic condition", "medication",
	}},
	{annotations.Health, personal, []string{
		"health", "health status", "medical", "disease", "injury", "symptoms",
	}},

	// biometric: fingerprints, face templates, identifying photos.
	{annotations.Biometric, always, []string{
		"biometric", "biometrics", "biometric data", "face template", "face encoding",
		"face embedding", "face descriptor", "face vector", "face id", "faceprint",
		"face image", "face photo", "face scan", "face data", "face picture",
		"iris scan", "retina scan", "voiceprint", "voice print", "palm print", "dna",
		"fingerprint template",
		"genetic data",
	}},
	// A bare "face" or "portrait" names an avatar far more often (the
	// user-info of an identity provider: Face, Portrait, an image URL)
	// than a biometric template; the compounds above say which it is.
	{annotations.Biometric, personal, []string{
		"fingerprint", "finger print", "photo", "photograph", "selfie",
	}},

	// criminal: convictions, record certificates.
	{annotations.Criminal, always, []string{
		"criminal", "criminal record", "criminal history", "conviction", "convicted",
		"felony", "felonies", "police record", "police check", "police clearance",
	}},
	{annotations.Criminal, personal, []string{
		"background check", "offence", "offense", "arrest",
	}},

	// privatelife: family, marital status, children, hobbies, social profiles.
	{annotations.PrivateLife, always, []string{
		"marital", "marital status", "family status", "spouse", "husband", "wife",
		"number of children", "hobby", "hobbies", "private life", "next of kin",
		"social profile", "social network", "social media",
	}},
	{annotations.PrivateLife, personal, []string{
		"family", "children", "child", "kids", "dependents", "marriage", "married",
		"interests", "facebook", "instagram", "linkedin", "linked in", "twitter", "vk",
		"vkontakte", "telegram", "odnoklassniki",
	}},

	// union: trade-union membership.
	{annotations.Union, always, []string{
		"trade union", "labor union", "labour union", "union membership",
		"union member", "union dues", "union status",
	}},
	{annotations.Union, personal, []string{
		"union",
	}},

	// association: membership of public associations.
	{annotations.Association, always, []string{
		"public association", "association membership", "ngo membership",
		"public organization", "public organisation",
	}},
	{annotations.Association, personal, []string{
		"association", "membership", "ngo",
	}},

	// religion.
	{annotations.Religion, always, []string{
		"religion", "religious", "religious affiliation",
	}},
	{annotations.Religion, personal, []string{
		"faith", "confession", "denomination", "church",
	}},

	// politics: political views, party membership.
	{annotations.Politics, always, []string{
		"political", "politics", "political views", "political party",
		"party membership", "party affiliation", "political affiliation",
		"political opinion", "voting",
	}},
	{annotations.Politics, personal, []string{
		"party", "vote",
	}},

	// beliefs: other convictions.
	{annotations.Beliefs, always, []string{
		"worldview", "ideology", "philosophical beliefs", "personal beliefs",
		"conscientious objection", "conscientious objector",
	}},
	{annotations.Beliefs, personal, []string{
		"belief", "beliefs",
	}},

	// race: racial or ethnic origin.
	{annotations.Race, always, []string{
		"ethnicity", "ethnic", "ethnic origin", "ethnic group", "racial",
		"racial origin", "skin color", "skin colour",
	}},
	{annotations.Race, personal, []string{
		"race",
	}},

	// sexlife.
	{annotations.SexLife, always, []string{
		"sex life", "sexual", "sexual orientation", "sexuality", "sexual life",
		"sexual preference", "sexual partners",
	}},
}

// leaveCounts returns the phrases for counts of health-related leave: a
// kind of leave followed by a word of counting ("sick quota", "sick leave
// days used" matches "sick leave days").
func leaveCounts() []string {
	var out []string
	for _, leave := range []string{"sick", "sick leave", "sickness", "sickness leave", "medical leave", "maternity leave", "disability leave"} {
		for _, count := range []string{"quota", "balance", "days", "day", "used", "remaining", "left", "taken", "count", "allowance", "entitlement", "limit", "total", "hours", "accrued"} {
			out = append(out, leave+" "+count)
		}
	}
	return out
}
