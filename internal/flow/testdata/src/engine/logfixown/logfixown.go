// Package logfixown checks that logleak's fix uses a redactor of a package
// the file imports, where the module has one, rather than adding a
// dependency on hrvet's annotations.
package logfixown

import (
	"log"

	mask "engine/logfixmask"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Phone string `pd:"phone"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(id int64) (*Employee, error)
}

var dir Directory

func masked(id int64) {
	e, _ := dir.Employee(id)
	log.Print(mask.Phone(e.Phone))
}

func leaks(id int64) {
	e, _ := dir.Employee(id)
	log.Printf("calling %s", e.Phone) // want `Employee.Phone \(phone\) reaches log.Printf without a redactor`
}
