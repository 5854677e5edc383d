// Package gorillaapp registers handlers with gorilla/mux.
package gorillaapp

import (
	"net/http"

	"github.com/gorilla/mux"
)

func authMW(next http.Handler) http.Handler { return next }
func logMW(next http.Handler) http.Handler  { return next }

func getEmployee(w http.ResponseWriter, r *http.Request) {}
func getPayslip(w http.ResponseWriter, r *http.Request)  {}

type reportHandler struct{}

func (reportHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func routes() {
	r := mux.NewRouter()
	r.HandleFunc("/employees/{id}", getEmployee).Methods("GET") // want `gorilla/mux route GET /employees/\{id\} -> getEmployee behind \[logMW\]`
	r.Use(logMW)
	api := r.PathPrefix("/api").Subrouter()
	api.Use(authMW)
	api.HandleFunc("/payslips", getPayslip).Methods("GET", "POST")        // want `gorilla/mux route GET,POST /api/payslips -> getPayslip behind \[logMW, authMW\]`
	api.Methods("DELETE").Path("/payslips/{id}").HandlerFunc(getPayslip)  // want `gorilla/mux route DELETE /api/payslips/\{id\} -> getPayslip behind \[logMW, authMW\]`
	r.Handle("/reports", authMW(reportHandler{}))                         // want `gorilla/mux route ANY /reports -> ServeHTTP behind \[logMW, authMW\]`
	r.PathPrefix("/static/").Handler(http.FileServer(http.Dir("static"))) // want `gorilla/mux route ANY /static/\* -> nil=FileServer\(\) behind \[logMW\]`
	hr := r.Methods("PUT").Subrouter()
	hr.HandleFunc("/hr/{id}", getEmployee) // want `gorilla/mux route PUT /hr/\{id\} -> getEmployee behind \[logMW\]`
	route := r.NewRoute()
	route.Path("/late")
	route.HandlerFunc(getEmployee) // want `gorilla/mux route ANY /late -> getEmployee behind \[logMW\]`
	http.ListenAndServe(":8080", r)
}

// sometimes applies middleware only in one branch.
func sometimes(on bool) {
	r := mux.NewRouter()
	if on {
		r.Use(authMW)
	}
	r.HandleFunc("/maybe", getEmployee) // want `gorilla/mux route ANY /maybe -> getEmployee behind \[\]`
}
