// Package chiapp serves employee records with chi and go-chi/render.
package chiapp

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type Employee struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Passport string `json:"passport"`
}

// Staff finds employees.
type Staff interface {
	Employee(r *http.Request) (*Employee, error)
}

// Authenticated is the session middleware.
//
//hrvet:authorize
func Authenticated(next http.Handler) http.Handler { return next }

type Server struct{ Staff Staff }

// Router registers the routes.
func (s *Server) Router() http.Handler {
	r := chi.NewRouter()
	r.Get("/public/employees/{id}", s.employee)
	r.Group(func(r chi.Router) {
		r.Use(Authenticated)
		r.Get("/employees/{id}", s.guarded)
	})
	r.With(Authenticated).Get("/with/employees/{id}", s.guarded)
	r.Route("/hr", func(r chi.Router) {
		r.Get("/late/{id}", s.late)
	})
	return r
}

func (s *Server) employee(w http.ResponseWriter, r *http.Request) {
	e, err := s.Staff.Employee(r)
	if err != nil {
		return
	}
	render.JSON(w, r, e) // want `Employee.Name \(name\), Employee.Passport \(govid\) are exposed by GET /public/employees/\{id\} \(\(\*chiapp.Server\).employee\) with no authorization check \(Labour Code art. 88 p.5\)`
}

func (s *Server) guarded(w http.ResponseWriter, r *http.Request) {
	e, err := s.Staff.Employee(r)
	if err != nil {
		return
	}
	render.JSON(w, r, e)
}

func (s *Server) late(w http.ResponseWriter, r *http.Request) {
	e, err := s.Staff.Employee(r)
	if err != nil {
		return
	}
	render.PlainText(w, r, e.Name) // want `Employee.Name \(name\) is exposed by GET /hr/late/\{id\} \(\(\*chiapp.Server\).late\) with no authorization check`
}
