package nethttp

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /open/{id}", s.openEmployee)
	mux.HandleFunc("GET /checked/{id}", s.checkedEmployee)
	mux.Handle("GET /guarded/{id}", Require("hr")(http.HandlerFunc(s.guardedEmployee)))
	mux.HandleFunc("GET /ids/{id}", s.employeeID)
	mux.HandleFunc("GET /card/{id}", s.card)
	mux.HandleFunc("GET /checked-card/{id}", s.checkedCard)
	mux.HandleFunc("GET /careless/{id}", s.careless)
	return mux
}

// openEmployee shows the record to anyone.
func (s *Server) openEmployee(w http.ResponseWriter, r *http.Request) {
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(e) // want `Employee.Name \(name\), Employee.Passport \(govid\), Employee.Phone \(phone\), Employee.Salary \(pay\) are exposed by GET /open/\{id\} \(\(\*nethttp.Server\).openEmployee\) with no authorization check \(Labour Code art. 88 p.5\)`
}

// checkedEmployee asks first.
func (s *Server) checkedEmployee(w http.ResponseWriter, r *http.Request) {
	if err := Allowed(r); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(e)
}

// guardedEmployee is registered behind Require("hr").
func (s *Server) guardedEmployee(w http.ResponseWriter, r *http.Request) {
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	fmt.Fprintf(w, "%s %s", e.Name, e.Phone)
}

// employeeID shows only the ID: no personal data.
func (s *Server) employeeID(w http.ResponseWriter, r *http.Request) {
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	fmt.Fprintf(w, "%d", e.ID)
}

// card writes through a helper.
func (s *Server) card(w http.ResponseWriter, r *http.Request) {
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	writeCard(w, e) // want `Employee.Name \(name\), Employee.Phone \(phone\) are exposed by GET /card/\{id\} \(\(\*nethttp.Server\).card\) with no authorization check`
}

// checkedCard writes through the helper after the check.
func (s *Server) checkedCard(w http.ResponseWriter, r *http.Request) {
	if Allowed(r) != nil {
		return
	}
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	writeCard(w, e)
}

func writeCard(w io.Writer, e *Employee) {
	io.WriteString(w, e.Name+" "+e.Phone)
}

// orphan is neither registered nor called: it is reported by itself.
func (s *Server) orphan(w http.ResponseWriter, r *http.Request) {
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	fmt.Fprint(w, e.Phone) // want `Employee.Phone \(phone\) is exposed by \(\*nethttp.Server\).orphan with no authorization check \(Labour Code art. 88 p.5\)$`
}

// Table hands the handlers out in a map: their registrations cannot be
// followed.
func (s *Server) Table() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{"/mapped": s.mapped}
}

func (s *Server) mapped(w http.ResponseWriter, r *http.Request) {
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	fmt.Fprint(w, e.Phone) // want `Employee.Phone \(phone\) is exposed by \(\*nethttp.Server\).mapped with no authorization check \(Labour Code art. 88 p.5\); \(\*nethttp.Server\).mapped is .*, where hrvet cannot follow its registration`
}

// Export is exported and registered by no one here: the package that
// registers it judges it.
func (s *Server) Export(w http.ResponseWriter, r *http.Request) {
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	fmt.Fprint(w, e.Phone)
}

// careless asks and does not look at the answer.
func (s *Server) careless(w http.ResponseWriter, r *http.Request) {
	Allowed(r) // want `result of authorization check nethttp.Allowed is not checked, so it guards nothing \(Labour Code art. 88 p.5\)`
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	fmt.Fprint(w, e.Phone) // want `Employee.Phone \(phone\) is exposed by GET /careless/\{id\} \(\(\*nethttp.Server\).careless\) with no authorization check`
}

// shared is a mux kept in a package variable: routes.Find does not know
// what middleware stands in front of it, so its routes are not judged.
var shared = http.NewServeMux()

func (s *Server) RegisterShared() {
	shared.HandleFunc("GET /shared/{id}", s.sharedEmployee)
}

func (s *Server) sharedEmployee(w http.ResponseWriter, r *http.Request) {
	e, err := s.Dir.Employee(r.Context(), r.PathValue("id"))
	if err != nil {
		return
	}
	fmt.Fprint(w, e.Phone) // TODO(want) `Employee.Phone \(phone\) is exposed by GET /shared/\{id\}` -- a router in a package variable is open: its middleware is not known, so the route is judged nowhere
}
