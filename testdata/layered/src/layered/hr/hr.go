// Package hr is the bottom of the layered fixture: the personal data and
// every role a directive gives. Nothing above mid imports it.
package hr

import (
	"net/http"
	"strings"
)

// Employee is a personnel record.
type Employee struct {
	ID       int     `pd:"-"`
	FullName string  `pd:"name"`
	Mobile   string  `pd:"phone"`
	Passport string  `pd:"govid"`
	Home     Address `pd:"-"`
	Notes    string  `pd:"-"`
}

// Address is where an employee lives.
type Address struct {
	Street string `pd:"address"`
}

// Publish posts the employee's name to a partner's directory. The data
// come from the receiver, so the callers are checked.
func (e Employee) Publish(url string) error {
	resp, err := http.Post(url, "text/plain", strings.NewReader(e.FullName))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Registry holds the employees' written consents.
type Registry struct {
	given map[int]bool
}

// Allowed reports whether employee id consented.
//
//hrvet:consent
func (r *Registry) Allowed(id int) bool {
	return r.given[id]
}

// Redactor hides personal data in logs.
type Redactor struct{}

// Hide keeps the first character of s.
//
//hrvet:redact
func (Redactor) Hide(s string) string {
	if s == "" {
		return ""
	}
	return s[:1] + "***"
}

// SMS is a partner's text-message gateway.
type SMS struct{}

// Text sends body to the number to.
//
//hrvet:sink transfer
func (*SMS) Text(to, body string) error {
	return nil
}

// Store is the personnel database.
type Store struct{}

// Exec runs a statement.
//
//hrvet:sink store
func (*Store) Exec(query string, args ...any) error {
	return nil
}

// Format lays a statement out; it runs nothing.
func (*Store) Format(query string) string {
	return strings.TrimSpace(query)
}

// Row is one team's line of a monthly report.
//
//hrvet:anonymous
type Row struct {
	Team  string `pd:"-"`
	Staff int    `pd:"-"`
	Plate string `pd:"vehicle"` // want `Row.Plate \(vehicle\) identifies a person, so Row is not anonymous`
}

// Reporter turns employees into report rows.
type Reporter struct{}

// Row keeps nothing that identifies e.
//
//hrvet:anonymize
func (Reporter) Row(e Employee) Row {
	return Row{Staff: 1}
}
