// Package people declares the personnel records.
package people

// Employee is a member of staff.
type Employee struct {
	Name  string
	Phone string
	Email string
}
