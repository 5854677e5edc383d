// Package staff declares the personnel records the anonymizers read; the
// marks reach package anon through facts.
package staff

// Employee is a member of staff.
type Employee struct {
	ID            int64  `pd:"-"`
	FullName      string `pd:"name"`
	Phone         string `pd:"phone"`
	CarPlate      string `pd:"vehicle"`
	TroikaCard    string `pd:"card"`
	Salary        int64  `pd:"pay"`
	BirthYear     int    `pd:"birth"`
	Department    string `pd:"employment"`
	Contact       Contact
	RemoteDays    int
	VaccinatedFlu bool
}

// Contact is a nested record.
type Contact struct {
	Email string `pd:"email"`
	City  string
}
