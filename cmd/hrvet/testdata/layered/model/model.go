// Package model is the bottom of the layered fixture: the personal data
// and every role a directive gives. No package above store imports it, so
// under go vet, which hands a package only the facts of its direct
// imports, what hop2 and hop3 know of it comes through store and wrap.
package model

import (
	"net/http"
	"strings"
)

// Employee is a personnel record.
type Employee struct {
	ID    int     `pd:"-"`
	Name  string  `pd:"name"`
	Phone string  `pd:"phone"`
	Home  Address `pd:"-"`
}

// Address is where an employee lives.
type Address struct {
	City string `pd:"address"`
}

// Notify posts the employee's phone number to url. The receiver's data
// come from the callers, so the summary carries the flow up to them.
func (e *Employee) Notify(url string) error {
	resp, err := http.Post(url, "text/plain", strings.NewReader(e.Phone))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Consents is the register of written consents.
type Consents struct {
	granted map[int]bool
}

// Check returns nil if the employee id agreed to the transfer.
//
//hrvet:consent
func (c *Consents) Check(id int) error {
	if !c.granted[id] {
		return errNoConsent
	}
	return nil
}

type consentError struct{}

func (consentError) Error() string { return "no written consent on file" }

var errNoConsent error = consentError{}

// Masker hides personal data in logs.
type Masker struct{}

// Mask keeps the last two characters of s.
//
//hrvet:redact
func (Masker) Mask(s string) string {
	if len(s) <= 2 {
		return "**"
	}
	return strings.Repeat("*", len(s)-2) + s[len(s)-2:]
}

// Gateway sends texts to a partner's SMS service.
type Gateway struct {
	URL string
}

// Send texts body to the number to.
//
//hrvet:sink transfer
func (g *Gateway) Send(to, body string) error {
	return nil
}

// DB is the personnel database.
type DB struct{}

// Query runs q.
//
//hrvet:sink store
func (*DB) Query(q string) error {
	return nil
}

// Explain prints the plan of q; it runs nothing.
func (*DB) Explain(q string) string {
	return q
}

// Summary is one department's line of the weekly report.
//
//hrvet:anonymous
type Summary struct {
	Dept      string `pd:"-"`
	Headcount int
	Contact   string `pd:"phone"` // MISTAKE(anonymity): reported here, where the type is declared, and nowhere above
}

// Anonymizer turns employees into report lines.
type Anonymizer struct{}

// Strip keeps nothing that identifies e.
//
//hrvet:anonymize
func (Anonymizer) Strip(e Employee) Summary {
	return Summary{Headcount: 1}
}
