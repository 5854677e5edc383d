// Package nethttp registers handlers with net/http.
package nethttp

import (
	"auth"
	"net/http"
)

func authMW(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

func logMW(next http.Handler) http.Handler { return next }

func authF(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { next(w, r) }
}

func getEmployee(w http.ResponseWriter, r *http.Request)   {}
func listEmployees(w http.ResponseWriter, r *http.Request) {}

type Server struct{ db int }

func (s *Server) getPayslip(w http.ResponseWriter, r *http.Request) {}

// list is a handler factory.
func (s *Server) list() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {}
}

type reportHandler struct{}

func (reportHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /employees/{id}", getEmployee)                       // want `net/http route GET /employees/\{id\} -> getEmployee behind \[logMW\]`
	mux.Handle("/employees", authMW(logMW(http.HandlerFunc(listEmployees)))) // want `net/http route ANY /employees -> listEmployees behind \[logMW, authMW, logMW\]`
	s := &Server{}
	mux.Handle("POST /payslips", authMW(http.HandlerFunc(s.getPayslip))) // want `net/http route POST /payslips -> getPayslip behind \[logMW, authMW\]`
	mux.Handle("/reports", auth.Require("hr")(reportHandler{}))          // want `net/http route ANY /reports -> ServeHTTP behind \[logMW, Require\(\)\]`
	h := http.HandlerFunc(authF(getEmployee))
	mux.Handle("/wrapped", h)                                                   // want `net/http route ANY /wrapped -> getEmployee behind \[logMW, authF\]`
	mux.HandleFunc("/closure", func(w http.ResponseWriter, r *http.Request) {}) // want `net/http route ANY /closure -> main\$1 behind \[logMW\]`
	mux.HandleFunc("/list", s.list())                                           // want `net/http route ANY /list -> list\$1 behind \[logMW\]`
	mux.Handle("/session", auth.Session(http.HandlerFunc(getEmployee)))         // want `net/http route ANY /session -> getEmployee behind \[logMW, Session\]`

	api := http.NewServeMux()
	api.HandleFunc("/employees", listEmployees) // want `net/http route ANY /api/employees -> listEmployees behind \[logMW, authMW\]`
	mux.Handle("/api/", http.StripPrefix("/api", authMW(api)))

	http.HandleFunc("/default", getEmployee) // want `net/http route ANY /default -> getEmployee behind \[Session\]`
	http.ListenAndServe(":8080", logMW(mux))
}

// serveOther serves a second mux through an http.Server literal.
func serveOther() {
	var m http.ServeMux
	m.HandleFunc("DELETE /employees/{id}", getEmployee) // want `net/http route DELETE /employees/\{id\} -> getEmployee behind \[authMW\]`
	srv := &http.Server{Addr: ":8081", Handler: authMW(&m)}
	srv.ListenAndServe()
}

// serveOne serves one handler for every path.
func serveOne() {
	http.ListenAndServe(":8082", authMW(reportHandler{})) // want `net/http route ANY / -> ServeHTTP behind \[authMW\]`
}

// serveDefault wraps the default mux.
func serveDefault() {
	http.ListenAndServeTLS(":8443", "cert", "key", auth.Session(http.DefaultServeMux))
}

// pick returns one closure or the other: not resolved.
func (s *Server) pick(admin bool) http.HandlerFunc {
	if admin {
		return func(w http.ResponseWriter, r *http.Request) {} // want `unfollowed pick\$1: returned`
	}
	return func(w http.ResponseWriter, r *http.Request) {} // want `unfollowed pick\$2: returned`
}

func picked() {
	s := &Server{}
	http.HandleFunc("/picked", s.pick(true)) // want `net/http route ANY /picked -> nil=pick\(\) behind \[Session\]`
}
