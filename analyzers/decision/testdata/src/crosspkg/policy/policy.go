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
