// Package logfix checks logleak's suggested fix: string arguments that
// carry personal data are wrapped in annotations.Mask, and the import is
// added; other arguments get no fix.
package logfix

import (
	"log"
	"log/slog"
)

// Employee is a personnel record.
type Employee struct {
	ID     int64  `pd:"-"`
	Name   string `pd:"name"`
	Phone  string `pd:"phone"`
	Salary int    `pd:"pay"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(id int64) (*Employee, error)
}

var dir Directory

func printf(id int64) {
	e, _ := dir.Employee(id)
	log.Printf("employee %d: %s, %s", e.ID, e.Name, e.Phone) // want `Employee.Name \(name\), Employee.Phone \(phone\) reach log.Printf without a redactor`
}

func slogAttr(id int64) {
	e, _ := dir.Employee(id)
	slog.Info("called", "phone", e.Phone) // want `Employee.Phone \(phone\) reaches log/slog.Info without a redactor`
}

func notAString(id int64) {
	e, _ := dir.Employee(id)
	log.Println("salary", e.Salary) // want `Employee.Salary \(pay\) reaches log.Println without a redactor`
}
