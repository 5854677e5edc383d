// Package jobs holds nightly HR jobs: some decide about employees on
// their data alone, some ask a person first.
package jobs

import (
	"fmt"
	"time"
)

type Employee struct {
	ID       int64
	Name     string  `pd:"name"`
	Absences int     `pd:"employment"`
	SickDays int     `pd:"health"`
	KPI      float64 `pd:"employment"`
	Salary   int64   `pd:"pay"`
}

// Store loads employees.
type Store interface {
	All() []Employee
	Find(id int64) (*Employee, error)
}

// Queue hands proposals to HR officers.
type Queue interface {
	Propose(id int64, action string)
}

type Service struct{}

//hrvet:decision
func (s *Service) Dismiss(id int64, reason string) error { return nil }

//hrvet:decision
func (s *Service) SetBonus(id int64, amount int64) error { return nil }

// Approved asks an HR officer; true means approved.
//
//hrvet:review
func Approved(id int64, action string) bool { return false }

func thresholds(s *Service, db Store) {
	for _, e := range db.All() {
		if e.Absences > 10 {
			s.Dismiss(e.ID, "absences") // want `^\(\*jobs.Service\).Dismiss, an HR decision, rests on Employee.Absences \(employment\) processed solely automatically, with no //hrvet:review on the path \(Labour Code art. 86 p.6\)$`
		}
	}
}

func reviewed(s *Service, db Store) {
	for _, e := range db.All() {
		if e.Absences > 10 && Approved(e.ID, "dismiss") {
			s.Dismiss(e.ID, "absences")
		}
	}
}

func reviewedEarlyExit(s *Service, db Store) {
	for _, e := range db.All() {
		if e.Absences <= 10 {
			continue
		}
		if !Approved(e.ID, "dismiss") {
			continue
		}
		s.Dismiss(e.ID, "absences")
	}
}

func chosenValue(s *Service, db Store) {
	for _, e := range db.All() {
		bonus := int64(0)
		if e.KPI > 1.2 {
			bonus = e.Salary / 10
		}
		s.SetBonus(e.ID, bonus) // want `SetBonus, an HR decision, rests on Employee.KPI \(employment\), Employee.Salary \(pay\) processed`
	}
}

func reasonArgument(s *Service, db Store) {
	for _, e := range db.All() {
		s.Dismiss(e.ID, fmt.Sprintf("%d days absent", e.Absences)) // want `Dismiss, an HR decision, rests on Employee.Absences \(employment\)`
	}
}

func overLimit(e Employee) bool { return e.Absences+e.SickDays > 20 }

func derivedHelper(s *Service, db Store) {
	for _, e := range db.All() {
		if overLimit(e) {
			s.Dismiss(e.ID, "absences") // want `Dismiss, an HR decision, rests on Employee.Absences \(employment\), Employee.SickDays \(health\)`
		}
	}
}

func fireIfAbsent(s *Service, e Employee) {
	if e.Absences > 10 {
		s.Dismiss(e.ID, "absences")
	}
}

func throughWrapper(s *Service, db Store) {
	for _, e := range db.All() {
		fireIfAbsent(s, e) // want `^\(\*jobs.Service\).Dismiss, an HR decision taken through jobs.fireIfAbsent, rests on Employee.Absences \(employment\) processed`
	}
}

func wrapperReviewed(s *Service, db Store) {
	for _, e := range db.All() {
		if Approved(e.ID, "dismiss") {
			fireIfAbsent(s, e)
		}
	}
}

func fire(s *Service, id int64) { s.Dismiss(id, "") }

func conditionAtCaller(s *Service, db Store) {
	for _, e := range db.All() {
		if e.SickDays > 30 {
			fire(s, e.ID) // want `Dismiss, an HR decision taken through jobs.fire, rests on Employee.SickDays \(health\)`
		}
	}
}

// A manager's explicit command: the employee whose ID was submitted is
// dismissed; no data decide.
func command(s *Service, id int64, reason string) error {
	return s.Dismiss(id, reason)
}

// A layoff of everyone decides on nobody's data.
func everyone(s *Service, db Store) {
	for _, e := range db.All() {
		s.Dismiss(e.ID, "the branch closes")
	}
}

// Proposing is not deciding: a person takes the decision.
func propose(q Queue, db Store) {
	for _, e := range db.All() {
		if e.Absences > 10 {
			q.Propose(e.ID, "dismiss")
		}
	}
}

// Conditions on what is no personal data.
func calendar(s *Service, db Store, enabled bool) {
	if !enabled || time.Now().Weekday() != time.Monday {
		return
	}
	for _, e := range db.All() {
		if e.ID%2 == 0 {
			s.SetBonus(e.ID, 100)
		}
	}
}

// Checks that a record exists decide nothing about the person.
func exists(s *Service, db Store, id int64) error {
	e, err := db.Find(id)
	if err != nil {
		return err
	}
	if e == nil {
		return fmt.Errorf("no employee %d", id)
	}
	return s.Dismiss(e.ID, "requested")
}

func uncheckedReview(s *Service, id int64) {
	Approved(id, "dismiss") // want `^result of review jobs.Approved is not checked, so it approves nothing \(Labour Code art. 86 p.6\)$`
	s.Dismiss(id, "")
}

// TODO(want): a decision in a goroutine started under a condition on
// personal data: the literal's own conditions are read, not those
// around the place it is started.
func inGoroutine(s *Service, db Store) {
	for _, e := range db.All() {
		if e.Absences > 10 {
			go func() { s.Dismiss(e.ID, "") }()
		}
	}
}

// Each iteration is judged by itself: a threshold tested after the
// dismissal, whose failure leaves the loop, does not decide it.
func laterConditions(s *Service, db Store) error {
	for _, e := range db.All() {
		if e.Absences > 10 {
			s.Dismiss(e.ID, "absences") // want `rests on Employee.Absences \(employment\) processed`
			continue
		}
		if e.KPI > 1.5 {
			if err := s.SetBonus(e.ID, 100); err != nil { // want `SetBonus, an HR decision, rests on Employee.Absences \(employment\), Employee.KPI \(employment\) processed`
				return err
			}
		}
	}
	return nil
}

type verdict struct {
	Fire   bool
	Reason string
}

// judge keeps its verdict in a struct: the fields set under the
// threshold rest on it.
func judge(e Employee) verdict {
	v := verdict{}
	if e.Absences > 10 {
		v.Fire, v.Reason = true, "absences"
	}
	return v
}

func verdictFromHelper(s *Service, db Store) {
	for _, e := range db.All() {
		if v := judge(e); v.Fire {
			s.Dismiss(e.ID, v.Reason) // want `rests on Employee.Absences \(employment\) processed`
		}
	}
}

func verdictInPlace(s *Service, db Store) {
	for _, e := range db.All() {
		v := verdict{Reason: "absences"}
		if e.SickDays > 30 {
			v.Fire = true
		}
		if v.Fire {
			s.Dismiss(e.ID, v.Reason) // want `rests on Employee.SickDays \(health\) processed`
		}
	}
}

type settings struct {
	DryRun bool
	Reason string
}

// A struct of settings decides nothing about anyone.
func settingsOnly(s *Service, db Store, dry bool) {
	cfg := settings{Reason: "restructuring"}
	cfg.DryRun = dry
	for _, e := range db.All() {
		if !cfg.DryRun {
			s.Dismiss(e.ID, cfg.Reason)
		}
	}
}
