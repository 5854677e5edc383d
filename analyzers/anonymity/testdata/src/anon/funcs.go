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
	return e // want `Whole returns Employee.CarPlate \(vehicle\), Employee.Contact.Email \(email\), Employee.FullName \(name\) and 2 more`
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

// ViaHelper needs a summary of pick, which the flow engine will provide.
//
//hrvet:anonymize
func ViaHelper(e staff.Employee) Row {
	return Row{Phone: pick(e)} // TODO(want) ViaHelper returns Employee.Phone: needs interprocedural summaries
}

// FromParam gets the phone as a plain string parameter.
//
//hrvet:anonymize
func FromParam(phone string) Row {
	return Row{Phone: phone} // TODO(want) FromParam returns a phone: its callers pass Employee.Phone; needs summaries
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
