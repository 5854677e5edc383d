// want package:`marks\(10 fields, 6 funcs, 2 types\)`

// Package hr declares personal data the way an HR codebase does.
package hr

import "errors"

// Employee is person-like: ambiguous names count here.
type Employee struct {
	ID       int    `pd:"-"`
	Name     string `json:"name"` // want Name:`pd\(name, inferred name "name"\)`
	Phone    string `pd:"phone"`  // want Phone:`pd\(phone, tag\)`
	Telefon  string // want Telefon:`pd\(phone, inferred name "telefon"\)`
	Passport string `json:"pasport_nomer"` // want Passport:`pd\(govid, inferred name "passport"\)`
	Contact  Contact
	Note     string `pd:"-"`
	Salary   int    `pd:"pay"` // want Salary:`pd\(pay, tag\)`
	Dept     *Department

	//hrvet:basis Labour Code art. 183 (sick-leave accounting)
	SickLeave string `pd:"health"` // want SickLeave:`pd\(health, tag, basis "Labour Code art. 183 \(sick-leave accounting\)"\)`

	Mobile string `pd:"phonenumber"`     // want `unknown personal-data category "phonenumber" in pd tag; did you mean "phone"\?`
	Helth  string `pd:"helth"`           // want `unknown personal-data category "helth" in pd tag; did you mean "health"\?`
	Home   string `pd:address`           // want `malformed pd tag`
	Email  string `pd:""`                // want `empty pd tag`
	Work   string `pd:"email,omitempty"` // want `malformed pd tag "email,omitempty"`
}

// Contact is nested in Employee. It is person-like by name (SPEC section
// 2), but its only inferable field is tagged.
type Contact struct {
	Email string `pd:"email"` // want Email:`pd\(email, tag\)`
	Room  string
}

// Department looks like a person (name, address, phone) but is not one.
type Department struct {
	Name    string
	Address string
	Phone   string
	Head    string
}

// Product has a religion field: unambiguous terms count in any struct.
type Product struct {
	Name     string
	Religion string // want Religion:`pd\(religion, inferred name "religion"\)`
}

// Survey claims its values are anonymous, so ambiguous names count.
//
//hrvet:anonymous
type Survey struct { // want Survey:`anonymous`
	Phone  string // want Phone:`pd\(phone, inferred name "phone"\)`
	Answer string
}

// Medical may store health data on a legal basis.
//
//hrvet:basis Labour Code art. 213
type Medical struct { // want Medical:`basis\("Labour Code art. 213"\)`
	Diagnosis string // want Diagnosis:`pd\(health, inferred name "diagnosis", basis "Labour Code art. 213"\)`
}

// Store sends data somewhere.
type Store interface {
	//hrvet:sink store
	Save(e Employee) error // want Save:`sink\(store\)`
}

// HasConsent is a consent check in the error form.
//
//hrvet:consent purpose=crm
func HasConsent(employeeID int) error { // want HasConsent:`consent\[purpose=crm\] error`
	if employeeID == 0 {
		return errors.New("no consent")
	}
	return nil
}

// Agreed is a consent check in the bool form.
//
//hrvet:consent
func Agreed(employeeID int) bool { return employeeID > 0 } // want Agreed:`consent bool`

// Count cannot be a consent check: it cannot say no.
//
// want +2 `//hrvet:consent on Count, which does not return error or bool as its last result`
//
//hrvet:consent
func Count() int { return 0 }

// Push is a transfer sink.
//
//hrvet:sink transfer purpose=crm
func Push(body string) {} // want Push:`sink\(transfer\)\[purpose=crm\]`

// Report goes to the pension fund on a legal basis.
//
//hrvet:basis Federal Law 27-FZ art. 11
//hrvet:sink transfer
func Report(e Employee) {} // want Report:`sink\(transfer\); basis\("Federal Law 27-FZ art. 11"\)`

// MaskPhone hides a phone number.
//
//hrvet:redact
func MaskPhone(s string) string { return "***" } // want MaskPhone:`redact`

// Misspelt has a sink kind nobody knows.
//
// want +2 `unknown sink kind "transfr"`
//
//hrvet:sink transfr
func Misspelt(s string) {}

// Point is no struct for consent checks.
//
// want +2 `consent`
//
//hrvet:consent
type Point struct{ X, Y int }
