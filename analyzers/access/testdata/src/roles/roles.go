// Package roles checks what each role is shown against what roles: in
// .hrvet.yaml says it needs.
package roles

import (
	"encoding/json"
	"errors"
	"net/http"
)

type Employee struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Phone     string `json:"phone"`
	Passport  string `json:"passport"`
	Salary    int64  `json:"salary" pd:"pay"`
	Diagnosis string `json:"-"`
}

// Card is what a manager is shown: MarshalJSON writes the name and the
// phone only.
type Card struct{ E *Employee }

func (c Card) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"name": c.E.Name, "phone": c.E.Phone})
}

// Staff finds employees.
type Staff interface {
	Employee(id string) (*Employee, error)
}

var errDenied = errors.New("denied")

// Manager lets line managers through.
//
//hrvet:authorize role=manager
func Manager(r *http.Request) error {
	if r.Header.Get("X-Role") != "manager" {
		return errDenied
	}
	return nil
}

// HasRole says whether the caller acts in role.
//
//hrvet:authorize
func HasRole(r *http.Request, role string) bool { return r.Header.Get("X-Role") == role }

type Server struct{ Staff Staff }

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /team/{id}", s.team)
	mux.HandleFunc("GET /team/{id}/file", s.teamFile)
	mux.HandleFunc("GET /team/{id}/card", s.teamCard)
	mux.HandleFunc("GET /hr/{id}", s.hrFile)
	mux.HandleFunc("GET /medical/{id}", s.medical)
	mux.HandleFunc("GET /audit/{id}", s.audit)
	mux.HandleFunc("GET /audit/{id}/via", s.auditVia)
	mux.HandleFunc("GET /medical/{id}/via", s.medicalVia)
	mux.HandleFunc("GET /team/{id}/wrapped", s.teamWrapped)
	mux.HandleFunc("GET /team/{id}/helper", s.teamHelper)
	mux.HandleFunc("GET /any/{id}", s.anyRole)
}

func (s *Server) load(w http.ResponseWriter, r *http.Request) (*Employee, bool) {
	e, err := s.Staff.Employee(r.PathValue("id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return nil, false
	}
	return e, true
}

// team shows a manager what a manager needs.
func (s *Server) team(w http.ResponseWriter, r *http.Request) {
	if Manager(r) != nil {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"name": e.Name, "phone": e.Phone})
}

// teamFile shows a manager the passport and the salary too.
func (s *Server) teamFile(w http.ResponseWriter, r *http.Request) {
	if Manager(r) != nil {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(e) // want `Employee.Passport \(govid\), Employee.Salary \(pay\) are exposed to role manager, which needs only name, phone, email, employment \(Labour Code art. 88 p.5\)`
}

// teamCard encodes a Card, whose MarshalJSON shows the name and phone.
func (s *Server) teamCard(w http.ResponseWriter, r *http.Request) {
	if Manager(r) != nil {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(Card{E: e})
}

// hrFile shows HR everything: hr needs all.
func (s *Server) hrFile(w http.ResponseWriter, r *http.Request) {
	if !HasRole(r, "hr") {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(e)
	w.Write([]byte(e.Diagnosis))
}

// medical shows the diagnosis to an auditor, a role roles: does not
// list: a special category.
func (s *Server) medical(w http.ResponseWriter, r *http.Request) {
	if !HasRole(r, "auditor") {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	w.Write([]byte(e.Name + ": " + e.Diagnosis)) // want `Employee.Diagnosis \(health\), of a special category, is exposed to role auditor, which roles: does not list \(Labour Code art. 88 p.5\)`
}

// audit shows an auditor the record as JSON: Diagnosis is json:"-",
// so no special category is shown, and auditor has no list.
func (s *Server) audit(w http.ResponseWriter, r *http.Request) {
	if !HasRole(r, "auditor") {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(e)
}

// auditVia encodes the record through a helper that takes any: the
// helper's summary says the value is JSON-encoded, so Diagnosis, tagged
// json:"-", is not shown here either.
func (s *Server) auditVia(w http.ResponseWriter, r *http.Request) {
	if !HasRole(r, "auditor") {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	writeJSON(w, e)
}

// medicalVia encodes a map holding the diagnosis through the helper.
func (s *Server) medicalVia(w http.ResponseWriter, r *http.Request) {
	if !HasRole(r, "auditor") {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	writeJSON(w, map[string]string{"diagnosis": e.Diagnosis}) // want `Employee.Diagnosis \(health\), of a special category, is exposed to role auditor`
}

func writeJSON(w http.ResponseWriter, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(body)
}

// requireManager passes the check's answer on: it is an authorization
// check itself, for role manager.
func requireManager(r *http.Request) error { return Manager(r) }

// teamWrapped checks through the wrapper.
func (s *Server) teamWrapped(w http.ResponseWriter, r *http.Request) {
	if requireManager(r) != nil {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(e) // want `Employee.Passport \(govid\), Employee.Salary \(pay\) are exposed to role manager`
}

// showToManager checks, then writes what it is given.
func showToManager(w http.ResponseWriter, r *http.Request, e *Employee) {
	if Manager(r) != nil {
		return
	}
	json.NewEncoder(w).Encode(e)
}

// teamHelper hands the record to a helper that checks for role manager.
func (s *Server) teamHelper(w http.ResponseWriter, r *http.Request) {
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	showToManager(w, r, e) // want `Employee.Passport \(govid\), Employee.Salary \(pay\) are exposed to role manager`
}

// anyRole checks a role the request names: which one is not known.
func (s *Server) anyRole(w http.ResponseWriter, r *http.Request) {
	if !HasRole(r, r.URL.Query().Get("as")) {
		return
	}
	e, ok := s.load(w, r)
	if !ok {
		return
	}
	w.Write([]byte(e.Name + " " + e.Diagnosis)) // want `Employee.Diagnosis \(health\), of a special category, is exposed to an authorised caller of unknown role; name the role in the authorization and list the category under it in roles:`
}
