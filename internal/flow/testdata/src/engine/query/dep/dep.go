// Package dep declares the helpers package query calls: their summaries
// reach query as facts.
package dep

import "strings"

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Phone string `pd:"phone"`
}

// Phone returns the employee's phone.
func Phone(e Employee) string { return strings.TrimSpace(e.Phone) }

// Key returns the ID: the summary says so, and the caller sees that
// Employee.ID is not personal data.
func Key(e Employee) int64 { return e.ID }

// Upper touches no personal data: the engine does not analyse it.
func Upper(s string) string { return strings.ToUpper(s) }
