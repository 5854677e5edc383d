// Package api exposes the HR service over HTTP and wires the other packages
// together.
//
// Every handler loads the employee it works on itself, so the personal data
// originate in the handler and hrvet reports a missing consent check or an
// unredacted log line right there.
package api

import (
	"database/sql"
	"encoding/json"
	"errors"
	"log"
	"log/slog"
	"net/http"
	"strconv"

	"example.com/esign"
	"example.com/hrapp/auth"
	"example.com/hrapp/clients"
	"example.com/hrapp/consent"
	"example.com/hrapp/decision"
	"example.com/hrapp/employee"
	"example.com/hrapp/hrpb"
	"example.com/hrapp/payroll"
	"example.com/hrapp/store"
)

// Server holds the dependencies of the HTTP handlers.
type Server struct {
	Staff        *store.Employees
	Departments  *store.Departments
	Calendar     *store.Calendar
	Consents     *consent.Registry
	SMS          *clients.SMS
	CRM          *clients.CRM
	Analytics    *clients.Analytics
	PhoneBook    hrpb.DirectoryClient
	ESign        *esign.Client // the e-signature provider's SDK, another module
	Payroll      *payroll.Service
	Decisions    *decision.Board
	Applications http.Handler // the careers page form, a *candidate.Handler
	Audit        *log.Logger  // who opened which personnel file
}

// Routes returns the service's HTTP handler.
func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /applications", s.Applications)

	// The HR officers' endpoints: behind the session check for role hr.
	hr := auth.Require("hr")
	mux.Handle("GET /employees/{id}", hr(http.HandlerFunc(s.getEmployee)))
	mux.HandleFunc("POST /employees", s.createEmployee)
	mux.HandleFunc("POST /employees/import", s.importLegacy)
	mux.HandleFunc("POST /employees/{id}/onboard", s.onboard)
	mux.HandleFunc("POST /employees/{id}/contract", s.sendContract)
	mux.HandleFunc("POST /employees/{id}/contract/remind", s.remindToSign)
	mux.HandleFunc("POST /departments", s.createDepartment)
	mux.HandleFunc("GET /calendar/{region}/{year}", s.holidays)

	mux.HandleFunc("POST /employees/{id}/payslip-sms", s.payslipSMS)
	mux.HandleFunc("POST /employees/{id}/overtime-sms", s.overtimeSMS)
	mux.HandleFunc("POST /employees/{id}/sick", s.reportSick)

	mux.HandleFunc("POST /perks/resync", s.resyncPerks)
	mux.HandleFunc("POST /perks/birthdays", s.birthdayGifts)

	mux.HandleFunc("POST /employees/{id}/phonebook", s.publishToPhoneBook)
	mux.HandleFunc("POST /phonebook/changed", s.phoneBookChanged)

	mux.HandleFunc("POST /payroll/{month}", s.runPayroll)
	mux.HandleFunc("POST /sfr/{quarter}", s.reportToSFR)

	// The city hall's reports: for the analysts, who need positions and
	// departments only. The remote-work report was left outside.
	mux.HandleFunc("GET /reports/remote-work", s.remoteWorkReport)
	mux.Handle("GET /reports/headcount", auth.Require("analyst")(http.HandlerFunc(s.headcountReport)))

	mux.Handle("GET /employees/{id}/proposal", hr(http.HandlerFunc(s.proposal)))
	mux.HandleFunc("POST /employees/{id}/decision", s.decide)

	// The line managers' endpoints check the role in the handler.
	mux.HandleFunc("GET /team/{id}", s.teamMember)
	mux.HandleFunc("GET /team/{id}/file", s.teamFile)
	mux.HandleFunc("GET /team/{id}/profile", s.teamProfile)
	mux.HandleFunc("GET /team/{id}/contact", s.teamContact)

	// The reception desk: a role that roles: in .hrvet.yaml does not list.
	reception := auth.Require("reception")
	mux.Handle("GET /absence/{id}", reception(http.HandlerFunc(s.absence)))
	mux.Handle("GET /absence/{id}/reason", reception(http.HandlerFunc(s.absenceReason)))
	return mux
}

// employee loads the employee named by the {id} path segment. If it cannot,
// it writes the error response and returns false.
func (s *Server) employee(w http.ResponseWriter, r *http.Request) (employee.Employee, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "malformed employee ID", http.StatusBadRequest)
		return employee.Employee{}, false
	}
	e, err := s.Staff.Get(r.Context(), id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		http.Error(w, "no such employee", http.StatusNotFound)
		return employee.Employee{}, false
	case err != nil:
		slog.Error("load employee", "id", id, "err", err)
		http.Error(w, "could not load the employee", http.StatusInternalServerError)
		return employee.Employee{}, false
	}
	return e, true
}

// writeJSON writes v as the JSON response. Encoding errors are not logged:
// v is usually a personnel file.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "could not encode the response", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}
