package api

import (
	"fmt"
	"net/http"

	"example.com/hrapp/auth"
	"example.com/hrapp/employee"
)

// The line managers' endpoints. A manager's function needs the name, the
// contacts and the position of their staff (roles: in .hrvet.yaml), not
// their passports, salaries or health.

// teamMember shows a manager how to reach a member of their team.
func (s *Server) teamMember(w http.ResponseWriter, r *http.Request) {
	if !auth.Is(r, "manager") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{ // OK: a manager needs the name, phone, email and position
		"full_name": e.FullName,
		"phone":     e.Phone,
		"email":     e.Email,
		"position":  e.Position,
	})
}

// teamFile shows a manager the whole personnel file of a member of
// their team.
func (s *Server) teamFile(w http.ResponseWriter, r *http.Request) {
	if !auth.Is(r, "manager") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, e) // MISTAKE(access): a manager is shown the passport, SNILS, salary, bank account... of their staff
}

// Profile is what a team member's profile page shows.
type Profile struct {
	FullName string `json:"full_name"`
	Position string `json:"position"`
	Email    string `json:"email"`
	// SickLeaveReason is carried for the HR officer's view of the same
	// profile; it is never encoded into a response.
	//hrvet:basis Federal Law 255-FZ art. 13 (sick-leave benefit)
	SickLeaveReason string `json:"-" pd:"health"`
}

func profileOf(e employee.Employee) Profile {
	return Profile{FullName: e.FullName, Position: e.Position, Email: e.Email, SickLeaveReason: e.SickLeaveReason}
}

// teamProfile shows a manager the profile of a member of their team.
func (s *Server) teamProfile(w http.ResponseWriter, r *http.Request) {
	if !auth.Is(r, "manager") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, profileOf(e)) // OK: SickLeaveReason is tagged json:"-", so the response does not show it
}

// teamContact gives the phone number of a member of the team to anyone
// who asks: it is registered with no middleware and checks no role.
func (s *Server) teamContact(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	fmt.Fprintf(w, "%s: %s\n", e.FullName, e.Phone) // MISTAKE(access): no authorization at all, anyone can read the staff's phone numbers
}

// absence tells the reception desk whether an employee is in today.
func (s *Server) absence(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	fmt.Fprintf(w, "%s is absent today\n", e.FullName) // OK: the reception desk is authorised and may see the name
}

// absenceReason tells the reception desk why an employee is absent.
func (s *Server) absenceReason(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	fmt.Fprintf(w, "%s is on sick leave: %s\n", e.FullName, e.SickLeaveReason) // MISTAKE(access): the diagnosis, a special category, is shown to the reception desk
}
