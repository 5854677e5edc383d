// Package chiapp registers handlers with chi.
package chiapp

import (
	"net/http"

	"auth"

	"github.com/go-chi/chi/v5"
)

func authMW(next http.Handler) http.Handler  { return next }
func logMW(next http.Handler) http.Handler   { return next }
func outerMW(next http.Handler) http.Handler { return next }

func health(w http.ResponseWriter, r *http.Request)      {}
func getEmployee(w http.ResponseWriter, r *http.Request) {}
func getPayslip(w http.ResponseWriter, r *http.Request)  {}
func listUsers(w http.ResponseWriter, r *http.Request)   {}

type reportHandler struct{}

func (reportHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

type Server struct{}

func (s *Server) adminRoutes(r chi.Router) {
	r.Use(authMW)
	r.Get("/audit", s.audit) // want `chi route GET /s/audit -> audit behind \[outerMW, logMW, authMW\] via L66`
}

func (s *Server) audit(w http.ResponseWriter, r *http.Request) {}

func routes() http.Handler {
	r := chi.NewRouter()
	r.Use(logMW)
	r.Get("/health", health)                           // want `chi route GET /health -> health behind \[outerMW, logMW\] via L66`
	r.With(authMW).Get("/employees/{id}", getEmployee) // want `chi route GET /employees/\{id\} -> getEmployee behind \[outerMW, logMW, authMW\] via L66`
	r.Group(func(r chi.Router) {
		r.Use(authMW)
		r.Get("/payslips", getPayslip) // want `chi route GET /payslips -> getPayslip behind \[outerMW, logMW, authMW\] via L66`
	})
	r.Route("/hr", func(r chi.Router) {
		r.Use(auth.Require("hr"))
		r.Post("/salary", getPayslip) // want `chi route POST /hr/salary -> getPayslip behind \[outerMW, logMW, Require\(\)\] via L66`
		r.Route("/{id}", func(r chi.Router) {
			r.Get("/", getEmployee) // want `chi route GET /hr/\{id\}/ -> getEmployee behind \[outerMW, logMW, Require\(\)\] via L66`
		})
	})
	admin := chi.NewRouter()
	admin.Use(authMW)
	admin.Get("/users", listUsers) // want `chi route GET /admin/users -> listUsers behind \[outerMW, logMW, authMW\] via L66`
	r.Mount("/admin", admin)
	r.Method("PUT", "/employees/{id}", http.HandlerFunc(getEmployee))            // want `chi route PUT /employees/\{id\} -> getEmployee behind \[outerMW, logMW\] via L66`
	r.MethodFunc("PATCH", "/employees/{id}", getEmployee)                        // want `chi route PATCH /employees/\{id\} -> getEmployee behind \[outerMW, logMW\] via L66`
	r.Handle("/reports", reportHandler{})                                        // want `chi route ANY /reports -> ServeHTTP behind \[outerMW, logMW\] via L66`
	r.HandleFunc("DELETE /employees/{id}", getEmployee)                          // want `chi route DELETE /employees/\{id\} -> getEmployee behind \[outerMW, logMW\] via L66`
	r.Handle("/chain", chi.Chain(authMW, auth.Session).HandlerFunc(getEmployee)) // want `chi route ANY /chain -> getEmployee behind \[outerMW, logMW, authMW, Session\] via L66`
	s := &Server{}
	r.Route("/s", s.adminRoutes)
	r.Delete("/late", getEmployee) // want `chi route DELETE /late -> getEmployee behind \[outerMW, logMW\] via L66`
	return r
}

func main() {
	http.ListenAndServe(":8080", outerMW(routes()))
}
