package annotations

import "sort"

// Category is the stable ID of a kind of personal data, as written in a
// `pd:"<category>"` struct tag. The IDs are part of hrvet's public API.
type Category string

// Personal categories: ordinary personal data an employer may process for
// the purposes of the employment relationship (Labour Code art. 86 p.1).
const (
	Name        Category = "name"        // full name, surname, patronymic
	Birth       Category = "birth"       // date and place of birth
	Phone       Category = "phone"       // phone numbers
	Email       Category = "email"       // e-mail addresses
	Address     Category = "address"     // home or registration address
	GovID       Category = "govid"       // passport, SNILS, INN, driving licence
	Vehicle     Category = "vehicle"     // car plate, VIN
	Card        Category = "card"        // bank, transport, social, access-pass card numbers
	Bank        Category = "bank"        // bank account, IBAN
	Pay         Category = "pay"         // salary, bonus, deductions
	Employment  Category = "employment"  // position, personnel number, dates, appraisal, discipline
	Education   Category = "education"   // diplomas, qualifications
	Location    Category = "location"    // GPS, routes, access-control events
	Citizenship Category = "citizenship" // citizenship; "nationality" on a form
	Military    Category = "military"    // military registration
	Fitness     Category = "fitness"     // the conclusion on fitness for the job
)

// Special categories (Convention 108 art. 6; Labour Code art. 86 p.4-5,
// art. 88 p.6): processed only on a legal basis recorded with
// //hrvet:basis.
const (
	Health      Category = "health"      // diagnoses, disability, pregnancy, sick-leave reasons
	Biometric   Category = "biometric"   // fingerprints, face templates, identifying photos
	Criminal    Category = "criminal"    // convictions, record certificates
	PrivateLife Category = "privatelife" // family, marital status, children, hobbies, social profiles
	Union       Category = "union"       // trade-union membership
	Association Category = "association" // membership of public associations
)

// Forbidden categories (Labour Code art. 86 p.4; Convention 108 art. 6):
// never obtained or processed by an employer.
const (
	Religion Category = "religion" // religious views
	Politics Category = "politics" // political views, party membership
	Beliefs  Category = "beliefs"  // other convictions
	Race     Category = "race"     // racial or ethnic origin (Russian natsionalnost)
	SexLife  Category = "sexlife"  // sex life
)

// Class groups categories by how strictly the law restricts them.
type Class int

// The classes, from least to most restricted.
const (
	Personal  Class = iota + 1 // may be processed for the employment relationship
	Special                    // needs a legal basis
	Forbidden                  // never processed
)

// String returns the class's lower-case name.
func (c Class) String() string {
	switch c {
	case Personal:
		return "personal"
	case Special:
		return "special"
	case Forbidden:
		return "forbidden"
	}
	return "invalid"
}

type categoryInfo struct {
	class       Class
	identifying bool
	rule        string
	covers      string
}

// catalogue is the single table of category properties. The descriptions
// follow SPEC section 1; the package doc lists them too, and a test keeps
// the two in step.
var catalogue = map[Category]categoryInfo{
	Name:        {Personal, true, "Labour Code art. 86", "surname, first name, patronymic"},
	Birth:       {Personal, false, "Labour Code art. 86", "date and place of birth, and the age derived from them"},
	Phone:       {Personal, true, "Labour Code art. 86", "phone numbers"},
	Email:       {Personal, true, "Labour Code art. 86", "e-mail addresses"},
	Address:     {Personal, true, "Labour Code art. 86", "home and registration addresses"},
	GovID:       {Personal, true, "Labour Code art. 86", "passport, national insurance number (SNILS), tax ID (INN), driving licence"},
	Vehicle:     {Personal, true, "Labour Code art. 86", "car plate, VIN"},
	Card:        {Personal, true, "Labour Code art. 86", "bank, transport, social and access-pass card numbers"},
	Bank:        {Personal, true, "Labour Code art. 86", "bank account number, IBAN"},
	Pay:         {Personal, false, "Labour Code art. 86", "salary, bonus, deductions"},
	Employment:  {Personal, false, "Labour Code art. 86", "position, personnel number, hire and dismissal dates, appraisal, discipline"},
	Education:   {Personal, false, "Labour Code art. 86", "diplomas, qualifications"},
	Location:    {Personal, true, "Labour Code art. 86", "GPS positions, routes, access-control events"},
	Citizenship: {Personal, false, "Labour Code art. 86", "citizenship (\"nationality\" on a form)"},
	Military:    {Personal, false, "Labour Code art. 86", "military registration"},
	Fitness:     {Personal, false, "Labour Code art. 88 p.6", "the conclusion on fitness for the job, the only health datum an employer may keep"},

	Health:      {Special, false, "Labour Code art. 88 p.6; Convention 108 art. 6", "diagnoses, disability, pregnancy, sick-leave reasons"},
	Biometric:   {Special, true, "Convention 108 art. 6", "fingerprints, face templates, identifying photos"},
	Criminal:    {Special, false, "Convention 108 art. 6", "convictions, criminal-record certificates"},
	PrivateLife: {Special, false, "Labour Code art. 86 p.4", "family, marital status, children, hobbies, social-network profiles"},
	Union:       {Special, false, "Labour Code art. 86 p.5", "trade-union membership"},
	Association: {Special, false, "Labour Code art. 86 p.5", "membership of public associations"},

	Religion: {Forbidden, false, "Labour Code art. 86 p.4; Convention 108 art. 6", "religious views"},
	Politics: {Forbidden, false, "Labour Code art. 86 p.4; Convention 108 art. 6", "political views, party membership"},
	Beliefs:  {Forbidden, false, "Labour Code art. 86 p.4", "other beliefs and convictions"},
	Race:     {Forbidden, false, "Convention 108 art. 6", "racial or ethnic origin (natsionalnost)"},
	SexLife:  {Forbidden, false, "Convention 108 art. 6", "sex life, sexual orientation"},
}

// Lookup returns the category with the given ID.
func Lookup(id string) (Category, bool) {
	_, ok := catalogue[Category(id)]
	return Category(id), ok
}

// Categories returns every category, sorted by ID.
func Categories() []Category {
	all := make([]Category, 0, len(catalogue))
	for c := range catalogue {
		all = append(all, c)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	return all
}

// ByClass returns the categories of one class, sorted by ID.
func ByClass(class Class) []Category {
	var in []Category
	for _, c := range Categories() {
		if c.Class() == class {
			in = append(in, c)
		}
	}
	return in
}

// Valid reports whether c is one of the categories of SPEC section 1.
func (c Category) Valid() bool {
	_, ok := catalogue[c]
	return ok
}

// Class returns the category's class, or 0 for an invalid category.
func (c Category) Class() Class { return catalogue[c].class }

// Identifying reports whether data of this category single a person out
// without the name (the remote-worker reporting case).
func (c Category) Identifying() bool { return catalogue[c].identifying }

// Rule returns the legal provision that restricts the category.
func (c Category) Rule() string { return catalogue[c].rule }

// Describe returns a one-line description of what the category covers, as
// the package doc lists it, or "" for an invalid category. Reports and the
// inventory use it to explain an ID.
func (c Category) Describe() string { return catalogue[c].covers }

// String returns the category ID.
func (c Category) String() string { return string(c) }
