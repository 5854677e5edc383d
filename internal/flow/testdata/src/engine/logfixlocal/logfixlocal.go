// Package logfixlocal checks that logleak's fix uses the package's own
// redactor when it has one.
package logfixlocal

import "log"

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Email string `pd:"email"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(id int64) (*Employee, error)
}

var dir Directory

// hide keeps the first letter of an address.
//
//hrvet:redact
func hide(s string) string {
	if s == "" {
		return ""
	}
	return s[:1] + "***"
}

func leaks(id int64) {
	e, _ := dir.Employee(id)
	log.Println("mailing", e.Email) // want `Employee.Email \(email\) reaches log.Println without a redactor`
}
