// Package two builds "anonymous" reports from data declared in hr.
package two

import "layered/mid"

// Monthly is the report the city asked for.
//
//hrvet:anonymous
type Monthly struct {
	Rows []mid.Row  // hr's Row answers for itself
	Lead mid.Record // want `Monthly.Lead carries .*Record.Employee.Mobile \(phone\).* so Monthly is not anonymous`
	Size int        `pd:"-"`
}

// Line turns an employee into a row with hr's anonymizer.
//
//hrvet:anonymize
func Line(id int) mid.Row {
	return mid.Open().Reports.Row(mid.Load(id))
}

// Contact keeps the mobile number.
//
//hrvet:anonymize
func Contact(id int) string {
	return mid.Find(id).Mobile // want `Contact returns Employee.Mobile \(phone\), which identifies a person`
}
