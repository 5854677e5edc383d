// Package model holds the employee record.
package model

type Employee struct {
	ID           int64
	Name         string  `pd:"name"`
	Absences     int     `pd:"employment"`
	Productivity float64 `pd:"employment"`
	Lat, Lon     float64 `pd:"location"`
}
