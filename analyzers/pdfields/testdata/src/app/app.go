// Package app reads the marks of package hr through facts. The probe
// analyzer in the test reports what the pdfields catalogue says.
package app

import "hr"

// Staff embeds an imported person-bearing type.
type Staff struct {
	hr.Employee
	Badge string
}

// Use touches imported fields and functions.
func Use(e hr.Employee, d hr.Department, s hr.Store) {
	_ = e.Phone          // want `field Phone: pd\(phone, tag\)`
	_ = e.ID             // want `field ID: none`
	_ = e.Contact.Email  // want `field Email: pd\(email, tag\)`
	_ = d.Phone          // want `field Phone: none`
	_ = hr.HasConsent(1) // want `func HasConsent: consent\[purpose=crm\] error`
	hr.Push("x")         // want `func Push: sink\(transfer\)\[purpose=crm\]`
	_ = s.Save(e)        // want `func Save: sink\(store\)`
	_ = hr.MaskPhone("") // want `func MaskPhone: redact`
}

// Bearing lists what whole values carry.
func Bearing(es []hr.Employee, st *Staff, m map[string]*hr.Survey, d hr.Department) {
	_ = es // want `value es carries Employee.Name, Employee.Phone, Employee.Telefon, Employee.Passport, Employee.Contact.Email, Employee.Salary, Employee.SickLeave`
	_ = st // want `value st carries Staff.Employee.Name, Staff.Employee.Phone, Staff.Employee.Telefon, Staff.Employee.Passport, Staff.Employee.Contact.Email, Staff.Employee.Salary, Staff.Employee.SickLeave`
	_ = m  // want `value m carries Survey.Phone`
	_ = d  // want `value d carries nothing`
}

// Probe holds a statement basis.
func Probe(e hr.Employee) {
	//hrvet:basis Federal Law 402-FZ
	hr.Push(e.Name) // want `func Push: sink\(transfer\)\[purpose=crm\]` `field Name: pd\(name, inferred name "name"\)` `statement basis "Federal Law 402-FZ"`
}
