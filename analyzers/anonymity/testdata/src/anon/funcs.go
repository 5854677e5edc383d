package anon

import (
	"fmt"
	"strconv"
	"strings"

	"staff"
)

// mask hides all but the last two characters.
//
//hrvet:redact
func mask(s string) string {
	if len(s) < 2 {
		return s
	}
	return strings.Repeat("*", len(s)-2) + s[len(s)-2:]
}

// ToTrip copies the phone and the car plate into the row.
//
//hrvet:anonymize
func ToTrip(e staff.Employee) Trip {
	return Trip{Department: e.Department, Phone: e.Phone, GosNomer: e.CarPlate, Days: e.RemoteDays} // want `ToTrip returns Employee.CarPlate \(vehicle\) and Employee.Phone \(phone\), which identify a person, so its result is not anonymous: data stripped of the name stay personal while a phone number, car plate or card number remains \(Convention 108 art. 2\(a\)\); drop them, aggregate them, or mask them with a //hrvet:redact func`
}

// ToRow builds the row field by field, through local variables.
//
//hrvet:anonymize
func ToRow(e staff.Employee) Row {
	var r Row
	r.Department = e.Department
	phone := strings.TrimSpace(e.Phone)
	r.Phone = "+7" + phone
	return r // want `ToRow returns Employee.Phone \(phone\)`
}

// Masked keeps only the masked phone: a redactor launders it.
//
//hrvet:anonymize
func Masked(e staff.Employee) Row {
	return Row{Department: e.Department, Phone: mask(e.Phone)}
}

// Whole returns the employee itself.
//
//hrvet:anonymize
func Whole(e *staff.Employee) any {
	return e // want `Whole returns Employee.CarPlate \(vehicle\), Employee.Contact.City \(address\), Employee.Contact.Email \(email\) and 3 more`
}

// Formatted builds a label from the card number.
//
//hrvet:anonymize
func Formatted(e staff.Employee) string {
	return fmt.Sprintf("%s/%s", e.Department, e.TroikaCard) // want `Formatted returns Employee.TroikaCard \(card\)`
}

// Email reaches the nested contact's e-mail.
//
//hrvet:anonymize
func Email(e staff.Employee) []string {
	out := []string{}
	out = append(out, e.Contact.Email)
	return out // want `Email returns Employee.Contact.Email \(email\), which identifies a person, so its result is not anonymous: .*; drop it, aggregate it, or mask it with a //hrvet:redact func`
}

// Named returns through a named result.
//
//hrvet:anonymize
func Named(e staff.Employee) (label string, err error) {
	var b strings.Builder
	b.WriteString(e.FullName)
	label = b.String()
	return // want `Named returns Employee.FullName \(name\)`
}

// Count aggregates: nothing that identifies anyone is left.
//
//hrvet:anonymize
func Count(all []staff.Employee) []Headcount {
	byDept := make(map[string]*Headcount)
	for _, e := range all {
		h, ok := byDept[e.Department]
		if !ok {
			h = &Headcount{Department: e.Department}
			byDept[e.Department] = h
		}
		if e.RemoteDays > 0 {
			h.Remote++
		} else {
			h.InOffice++
		}
	}
	out := make([]Headcount, 0, len(byDept))
	for _, h := range byDept {
		out = append(out, *h)
	}
	return out
}

// Stats returns lengths, flags and non-identifying personal data.
//
//hrvet:anonymize
func Stats(e staff.Employee) (int, bool, int64, string, error) {
	n, err := strconv.Atoi(e.Phone)
	_ = n
	return len(e.Phone), e.Phone != "" && e.VaccinatedFlu, e.Salary, strconv.Itoa(e.BirthYear), err
}

// Closure returns a function: the closure's return is its own.
//
//hrvet:anonymize
func Closure(e staff.Employee) func() string {
	return func() string { return e.Phone }
}

// pick is a helper that returns the phone.
func pick(e staff.Employee) string { return e.Phone }

// ViaHelper gets the phone from pick: the flow engine's summary of pick
// says its result carries its parameter's phone.
//
//hrvet:anonymize
func ViaHelper(e staff.Employee) Row {
	return Row{Phone: pick(e)} // want `ViaHelper returns Employee.Phone \(phone\), which identifies a person`
}

// ViaOtherPackage gets the phone and the name from helpers of package
// staff, whose summaries arrive as facts.
//
//hrvet:anonymize
func ViaOtherPackage(e staff.Employee) (Row, string) {
	return Row{Phone: staff.PhoneOf(&e)}, e.Label() // want `ViaOtherPackage returns Employee.FullName \(name\) and Employee.Phone \(phone\)`
}

// ViaRedactor gets the phone through a helper that masks it, and the ID,
// which is not personal data: the summaries say nothing identifying is
// returned.
//
//hrvet:anonymize
func ViaRedactor(e staff.Employee) Row {
	return Row{Department: fmt.Sprint(staff.Key(e)), Phone: staff.MaskedPhone(e) + masked(e)}
}

// masked masks the phone in this package.
func masked(e staff.Employee) string { return mask(e.Phone) }

// ViaOrigin returns a car plate that a helper looks up: it originates
// inside the helper.
//
//hrvet:anonymize
func ViaOrigin(d staff.Directory, e staff.Employee) string {
	return staff.PlateByID(d, e.ID) // want `ViaOrigin returns Employee.CarPlate \(vehicle\)`
}

// Lookup returns a whole record it looks up.
//
//hrvet:anonymize
func Lookup(d staff.Directory, id int64) *staff.Employee {
	return d.Find(id) // want `Lookup returns Employee.CarPlate \(vehicle\), Employee.Contact.City \(address\), Employee.Contact.Email \(email\) and 3 more`
}

// pair returns the ID and the phone.
func pair(e staff.Employee) (int64, string) { return e.ID, e.Phone }

// PerResult keeps the first of pair's results only: each result carries
// its own data.
//
//hrvet:anonymize
func PerResult(e staff.Employee) Row {
	id, phone := pair(e)
	_ = phone
	return Row{Department: strconv.FormatInt(id, 10)}
}

// SecondResult keeps the second.
//
//hrvet:anonymize
func SecondResult(e staff.Employee) Row {
	_, phone := pair(e)
	return Row{Phone: phone} // want `SecondResult returns Employee.Phone \(phone\)`
}

// split returns the record and its phone.
func split(e staff.Employee) (staff.Employee, string) { return e, e.Phone }

// second returns its second parameter.
func second(_ staff.Employee, s string) string { return s }

// Nested passes split's results straight to second, and calls a method
// through a method expression.
//
//hrvet:anonymize
func Nested(e staff.Employee, byName bool) string {
	if byName {
		return staff.Employee.Label(e) // want `Nested returns Employee.FullName \(name\), which identifies a person`
	}
	return second(split(e)) // want `Nested returns Employee.Phone \(phone\), which identifies a person`
}

// setLabel writes the phone through a pointer.
func setLabel(dst *string, e *staff.Employee) { *dst = "tel:" + e.Phone }

// ViaOutParam has a helper fill in its result.
//
//hrvet:anonymize
func ViaOutParam(e staff.Employee) string {
	var label string
	setLabel(&label, &e)
	return label // want `ViaOutParam returns Employee.Phone \(phone\), which identifies a person`
}

// normalize touches no personal data, so the engine does not analyse it:
// its result carries its argument.
func normalize(s string) string { return strings.ReplaceAll(s, " ", "") }

// Unanalysed passes the phone through a helper with no summary.
//
//hrvet:anonymize
func Unanalysed(e staff.Employee) Row {
	return Row{Phone: normalize(e.Phone)} // want `Unanalysed returns Employee.Phone \(phone\)`
}

// FromParam gets the phone as a plain string parameter: a string has no
// category, so the anonymizer cannot know it is a phone.
//
//hrvet:anonymize
func FromParam(phone string) Row {
	return Row{Phone: phone} // TODO(want) FromParam returns a phone: its callers pass Employee.Phone; a plain parameter's category is unknown here
}

// lastPhone is where remember keeps a phone.
var lastPhone string

// remember stores the phone in a global.
func remember(e staff.Employee) { lastPhone = e.Phone }

// ViaGlobal reads back the phone a helper stored in a global.
//
//hrvet:anonymize
func ViaGlobal(e staff.Employee) string {
	remember(e)
	return lastPhone // TODO(want) ViaGlobal returns Employee.Phone: summaries do not follow globals
}

// ViaClosure returns what a closure captures.
//
//hrvet:anonymize
func ViaClosure(e staff.Employee) string {
	get := func() string { return e.Phone }
	return get() // TODO(want) ViaClosure returns Employee.Phone: a closure's captured data are not followed to its calls
}

// FromRecordParam gets a record whose type says what it holds.
//
//hrvet:anonymize
func FromRecordParam(c staff.Contact) string {
	return c.Email + "@" + c.City // want `FromRecordParam returns Contact.City \(address\) and Contact.Email \(email\)`
}

// Report has an anonymizing method.
type Report struct {
	Staff []staff.Employee
}

// First returns the first row of the report.
//
//hrvet:anonymize
func (r *Report) First() Trip {
	if len(r.Staff) == 0 {
		return Trip{}
	}
	return Trip{Department: r.Staff[0].Department, Troika: r.Staff[0].TroikaCard} // want `Report.First returns Employee.TroikaCard \(card\)`
}

// NotAnonymizer is not claimed to anonymize: it may return the phone.
func NotAnonymizer(e staff.Employee) Row {
	return Row{Phone: e.Phone}
}

// IgnoredReturn shows //hrvet:ignore on a return.
//
//hrvet:anonymize
func IgnoredReturn(e staff.Employee) Row {
	//hrvet:ignore anonymity the city hall gets the phone by order No. 12-UM; PROJ-9 tracks its removal
	return Row{Phone: e.Phone}
}
