package hop2

import "example.com/layered/store"

// Weekly is the report the city asked for.
//
//hrvet:anonymous
type Weekly struct {
	Line   store.Line   // OK: model's Summary is //hrvet:anonymous and answers for itself
	Record store.Record // MISTAKE(anonymity): carries model's Employee.Name and Employee.Phone
}

// Report turns an employee into a report line with model's anonymizer.
//
//hrvet:anonymize
func Report(s *store.Service, id int) store.Line {
	e := store.Load(id)
	return s.Anon.Strip(e) // OK: model's //hrvet:anonymize answers for its result
}

// ReportLeaky keeps the phone.
//
//hrvet:anonymize
func ReportLeaky(id int) string {
	e := store.Load(id)
	return e.Phone // MISTAKE(anonymity): the phone identifies the employee
}
