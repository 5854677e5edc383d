// Package three builds "anonymous" reports from data declared in hr,
// three imports down.
package three

import "layered/top"

// Yearly is the report the ministry asked for.
//
//hrvet:anonymous
type Yearly struct {
	Rows   []*top.Row     // hr's Row answers for itself
	People []top.Employee // want `Yearly.People carries Employee.FullName \(name\), Employee.Home.Street \(address\), Employee.Mobile \(phone\) and 1 more, which identify a person, so Yearly is not anonymous`
}

// Lines turns the listing into rows with hr's anonymizer.
//
//hrvet:anonymize
func Lines() []top.Row {
	var rows []top.Row
	s := top.Services()
	for _, e := range top.Staff().Items {
		rows = append(rows, s.Reports.Row(e))
	}
	return rows
}

// Whole keeps the whole record.
//
//hrvet:anonymize
func Whole(id int) top.Record {
	return top.LoadRecord(id) // want `Whole returns .*Record.Employee.Mobile \(phone\).*which identify a person`
}
