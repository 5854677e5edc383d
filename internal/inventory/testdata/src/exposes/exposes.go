// Package exposes shows employees' records in responses: behind an
// authorization in the handler and behind a middleware, to roles that
// need the data and to one that does not, and to anyone.
package exposes

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

type Employee struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Phone     string `json:"phone"`
	Passport  string `json:"passport"`
	Diagnosis string `json:"diagnosis" pd:"health"`
}

// Staff finds employees.
type Staff interface {
	Employee(id string) (*Employee, error)
}

type Server struct{ Staff Staff }

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

// Require returns a middleware that lets only callers of role through.
//
//hrvet:authorize
func Require(role string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /team/{id}", s.team)
	mux.HandleFunc("GET /team/{id}/file", s.teamFile)
	mux.Handle("GET /hr/{id}", Require("hr")(http.HandlerFunc(s.hrFile)))
	mux.HandleFunc("GET /public/{id}", s.hrFile)
	mux.HandleFunc("GET /medical/{id}", s.medical)
	mux.HandleFunc("GET /audit/{id}", s.audit)
	return mux
}

// Mount registers on a router its callers make, behind their middleware.
func (s *Server) Mount(mux *http.ServeMux) {
	mux.HandleFunc("GET /mounted/{id}", s.mounted)
}

func (s *Server) mounted(w http.ResponseWriter, r *http.Request) {
	e, _ := s.Staff.Employee(r.PathValue("id"))
	fmt.Fprint(w, e.Name)
}

// team shows a manager what a manager needs.
func (s *Server) team(w http.ResponseWriter, r *http.Request) {
	if Manager(r) != nil {
		return
	}
	e, _ := s.Staff.Employee(r.PathValue("id"))
	fmt.Fprint(w, e.Name, e.Phone)
}

// teamFile shows a manager the passport too.
func (s *Server) teamFile(w http.ResponseWriter, r *http.Request) {
	if Manager(r) != nil {
		return
	}
	e, _ := s.Staff.Employee(r.PathValue("id"))
	fmt.Fprint(w, e.Name, e.Passport)
}

// hrFile is registered behind Require("hr"), and again with nothing in
// front of it.
func (s *Server) hrFile(w http.ResponseWriter, r *http.Request) {
	e, _ := s.Staff.Employee(r.PathValue("id"))
	json.NewEncoder(w).Encode(e)
}

// medical shows the diagnosis to an auditor, a role roles: does not list.
func (s *Server) medical(w http.ResponseWriter, r *http.Request) {
	if !HasRole(r, "auditor") {
		return
	}
	e, _ := s.Staff.Employee(r.PathValue("id"))
	fmt.Fprint(w, e.Diagnosis)
}

// audit shows the phone to anyone, and the ignore says why.
func (s *Server) audit(w http.ResponseWriter, r *http.Request) {
	e, _ := s.Staff.Employee(r.PathValue("id"))
	//hrvet:ignore access the gateway in front of /audit authorises the caller
	fmt.Fprint(w, e.Phone)
}

// Export is registered by the packages that import this one.
func (s *Server) Export(w http.ResponseWriter, r *http.Request) {
	e, _ := s.Staff.Employee(r.PathValue("id"))
	fmt.Fprint(w, e.Name)
}

// Table hands a handler over in a map, where its registration is lost.
func (s *Server) Table() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{"/mapped": s.mapped}
}

func (s *Server) mapped(w http.ResponseWriter, r *http.Request) {
	e, _ := s.Staff.Employee(r.PathValue("id"))
	fmt.Fprint(w, e.Phone)
}
