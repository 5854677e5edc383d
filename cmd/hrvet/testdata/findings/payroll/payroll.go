// Package payroll pays the staff.
package payroll

import "example.com/fixture/people"

// Slip is a pay slip.
type Slip struct {
	Phone string
}

var staff = []people.Employee{
	{Name: "Ivanov"},
}
