// Package decides is the fixture of the inventory's decisions: HR
// decisions taken on personal data alone, after a person's review, on
// a person's command, and through a wrapper.
package decides

import (
	"net/http"
	"strconv"
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

// Automated dismisses on a threshold of absences, with nobody asked.
func Automated(s *Service, db Store) {
	for _, e := range db.All() {
		if e.Absences > 10 {
			s.Dismiss(e.ID, "absences")
		}
	}
}

// Reviewed asks an HR officer before each dismissal.
func Reviewed(s *Service, db Store) {
	for _, e := range db.All() {
		if e.Absences > 10 && Approved(e.ID, "dismiss") {
			s.Dismiss(e.ID, "absences")
		}
	}
}

// Handler serves HR officers.
type Handler struct{ S *Service }

// Command dismisses the employee whose ID an officer submitted: a
// person's command, no automated processing.
func (h *Handler) Command(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.FormValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "no id", http.StatusBadRequest)
		return
	}
	h.S.Dismiss(id, r.FormValue("reason"))
}

// Bonuses computes each bonus from the KPI and the salary.
func Bonuses(s *Service, db Store) {
	for _, e := range db.All() {
		bonus := int64(0)
		if e.KPI > 1.2 {
			bonus = e.Salary / 10
		}
		s.SetBonus(e.ID, bonus)
	}
}

func handleSickLeave(s *Service, e Employee) {
	if e.SickDays > 30 {
		s.Dismiss(e.ID, "sick days")
	}
}

// Wrapped decides through handleSickLeave.
func Wrapped(s *Service, db Store) {
	for _, e := range db.All() {
		handleSickLeave(s, e)
	}
}

// Suppressed is automated, and the team says why that is lawful.
func Suppressed(s *Service, db Store) {
	for _, e := range db.All() {
		if e.Absences > 100 {
			//hrvet:ignore decision a pilot the works council approved in writing
			s.Dismiss(e.ID, "absences")
		}
	}
}
