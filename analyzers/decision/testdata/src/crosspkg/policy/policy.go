// Package policy applies the attendance policy through staff.
package policy

import (
	"crosspkg/model"
	"crosspkg/staff"
)

// Apply dismisses whoever left the office zone during shifts.
func Apply(s *staff.Service, e model.Employee) {
	if e.Lat > 55.8 {
		staff.Fire(s, e.ID)
	}
}

// Attendance is the attendance policy as a model.Policy.
type Attendance struct{ S *staff.Service }

// Apply dismisses an employee absent too often.
func (a Attendance) Apply(e model.Employee) {
	if e.Absences > 20 {
		staff.Fire(a.S, e.ID)
	}
}
