// Package mid is the middle of the layered fixture: it loads hr's records
// and hands them, and hr's roles, on to the packages above, which do not
// import hr.
package mid

import (
	"net/http"
	"strings"

	"layered/hr"
)

// Employee lets the packages above name hr's record.
type Employee = hr.Employee

var (
	staff   = map[int]*hr.Employee{}
	teams   = map[int]Team{}
	records = map[int]Record{}
)

// Load returns employee id by value.
func Load(id int) hr.Employee {
	return *staff[id]
}

// Find returns employee id by pointer.
func Find(id int) *hr.Employee {
	return staff[id]
}

// Team has a lead, a field of hr's type.
type Team struct {
	Lead hr.Employee
	Size int `pd:"-"`
}

// LoadTeam returns team id.
func LoadTeam(id int) Team {
	return teams[id]
}

// Record embeds hr's Employee: its fields are promoted.
type Record struct {
	hr.Employee
	Desk int `pd:"-"`
}

// LoadRecord returns the record of employee id.
func LoadRecord(id int) Record {
	return records[id]
}

// Page is one page of a listing.
type Page[T any] struct {
	Items []T
	Next  int `pd:"-"`
}

// Staff returns the first page of employees.
func Staff() Page[hr.Employee] {
	var p Page[hr.Employee]
	for _, e := range staff {
		p.Items = append(p.Items, *e)
	}
	return p
}

// Services hands on hr's consent register, redactor, sinks and reporter.
type Services struct {
	Consents *hr.Registry
	Redact   hr.Redactor
	SMS      *hr.SMS
	DB       *hr.Store
	Reports  hr.Reporter
	Courier  Courier
}

// Open returns the services.
func Open() *Services {
	return &Services{Consents: new(hr.Registry), SMS: new(hr.SMS), DB: new(hr.Store)}
}

// Courier posts employees' papers to a partner.
type Courier struct {
	URL string
}

// Deliver posts e's passport number. e comes from the callers, so the
// summary carries the flow up to them.
func (c Courier) Deliver(e *hr.Employee) error {
	_, err := http.Post(c.URL, "text/plain", strings.NewReader(e.Passport))
	return err
}

// Row lets the packages above name hr's anonymous Row.
type Row = hr.Row
