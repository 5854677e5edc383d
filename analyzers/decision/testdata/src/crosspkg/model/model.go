// Package model holds the employee record.
package model

type Employee struct {
	ID           int64
	Name         string  `pd:"name"`
	Absences     int     `pd:"employment"`
	Productivity float64 `pd:"employment"`
	Lat, Lon     float64 `pd:"location"`
}

// Dismisser ends contracts.
type Dismisser interface {
	Dismiss(id int64) error
}

// Policy applies an HR policy to an employee.
type Policy interface {
	Apply(e Employee)
}
