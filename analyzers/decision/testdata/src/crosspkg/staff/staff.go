// Package staff takes HR decisions.
package staff

import "crosspkg/model"

type Service struct{}

//hrvet:decision
func (s *Service) Dismiss(id int64) error { return nil }

// Approve asks an HR officer; nil means approved.
//
//hrvet:review
func Approve(id int64, action string) error { return nil }

// FireIfAbsent dismisses an employee absent too often.
func FireIfAbsent(s *Service, e model.Employee) {
	if e.Absences > 10 {
		s.Dismiss(e.ID)
	}
}

// Fire dismisses an employee.
func Fire(s *Service, id int64) error { return s.Dismiss(id) }

// Unproductive says whether an employee's productivity is below target.
func Unproductive(e *model.Employee) bool { return e.Productivity < 0.5 }

// FireReviewed dismisses an employee once an officer approves.
func FireReviewed(s *Service, e model.Employee) error {
	if e.Absences <= 10 {
		return nil
	}
	if err := Approve(e.ID, "dismiss"); err != nil {
		return err
	}
	return s.Dismiss(e.ID)
}
