// Package job runs the nightly HR jobs.
package job

import (
	"crosspkg/model"
	"crosspkg/policy"
	"crosspkg/staff"
)

type Store interface{ All() []model.Employee }

func Nightly(s *staff.Service, db Store) {
	for _, e := range db.All() {
		staff.FireIfAbsent(s, e) // want `^\(\*staff.Service\).Dismiss, an HR decision taken through staff.FireIfAbsent, rests on Employee.Absences \(employment\) processed solely automatically`
		if staff.Unproductive(&e) {
			staff.Fire(s, e.ID) // want `Dismiss, an HR decision taken through staff.Fire, rests on Employee.Productivity \(employment\)`
		}
		policy.Apply(s, e) // want `Dismiss, an HR decision taken through policy.Apply, rests on Employee.Lat \(location\)`
		staff.FireReviewed(s, e)
		staff.Fire(s, e.ID)
	}
}

// ThroughInterfaces reaches the decisions through the module's
// interfaces, implemented in staff and policy.
func ThroughInterfaces(d model.Dismisser, p model.Policy, db Store) {
	for _, e := range db.All() {
		if e.Productivity < 0.3 {
			d.Dismiss(e.ID) // want `^\(\*staff.Service\).Dismiss, an HR decision, rests on Employee.Productivity \(employment\) processed`
		}
		p.Apply(e) // want `Dismiss, an HR decision taken through \(policy.Attendance\).Apply, rests on Employee.Absences \(employment\) processed`
	}
}
