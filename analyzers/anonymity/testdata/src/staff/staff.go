// Package staff declares the personnel records the anonymizers read; the
// marks reach package anon through facts.
package staff

// Employee is a member of staff.
type Employee struct {
	ID            int64  `pd:"-"`
	FullName      string `pd:"name"`
	Phone         string `pd:"phone"`
	CarPlate      string `pd:"vehicle"`
	TroikaCard    string `pd:"card"`
	Salary        int64  `pd:"pay"`
	BirthYear     int    `pd:"birth"`
	Department    string `pd:"employment"`
	Contact       Contact
	RemoteDays    int
	VaccinatedFlu bool
}

// Contact is a nested record. Contact is a person noun (SPEC section 2),
// so its City is inferred as the person's address.
type Contact struct {
	Email string `pd:"email"`
	City  string
}

// PhoneOf returns the phone: its summary reaches package anon as a fact.
func PhoneOf(e *Employee) string { return "+7" + e.Phone }

// Label is a method that returns the name.
func (e Employee) Label() string { return e.FullName + ", " + e.Department }

// Key returns the ID, which is not personal data.
func Key(e Employee) int64 { return e.ID }

// MaskedPhone returns the phone through a redactor.
func MaskedPhone(e Employee) string { return hide(e.Phone) }

// hide masks a string.
//
//hrvet:redact
func hide(s string) string { return "***" }

// Directory looks employees up.
type Directory interface {
	Find(id int64) *Employee
}

// PlateByID returns the car plate of an employee it looks up: the plate
// originates here, and the summary lists it.
func PlateByID(d Directory, id int64) string {
	return d.Find(id).CarPlate
}
