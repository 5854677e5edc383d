package api

import (
	"fmt"
	"log/slog"
	"net/http"

	"example.com/hrapp/consent"
	"github.com/hrvet/hrvet/annotations"
)

// payslipSMS tells the employee that the payslip for the month is ready.
func (s *Server) payslipSMS(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	if !s.Consents.Has(r.Context(), e.ID, consent.SMS) {
		http.Error(w, "the employee has not agreed to SMS notifications", http.StatusConflict)
		return
	}
	text := fmt.Sprintf("%s, your payslip for %s is in the HR portal.", e.FullName, r.FormValue("month"))
	if err := s.SMS.Send(e.Phone, text); err != nil { // OK: the sms consent is checked first
		slog.Warn("payslip sms failed", "phone", annotations.MaskTail(e.Phone, 2), "err", err) // OK: the phone is masked
		http.Error(w, "the SMS gateway failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// overtimeSMS warns the employee of a request to work overtime. (The
// written consent to the overtime itself, Labour Code art. 99, is signed in
// the HR portal.)
func (s *Server) overtimeSMS(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	err := s.SMS.Send(e.Phone, "You are asked to work overtime on Saturday; please answer in the HR portal.") // MISTAKE(consent): the consent is looked up only after the message has gone
	if !s.Consents.Has(r.Context(), e.ID, consent.SMS) {
		slog.Warn("overtime sms sent without a consent on file", "employee", e.ID)
	}
	if err != nil {
		slog.Warn("overtime sms failed", "employee", e.ID, "err", err)
		http.Error(w, "the SMS gateway failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// reportSick records that the employee called in sick and tells the manager
// how to reach them.
func (s *Server) reportSick(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	mgr, err := s.Staff.Get(r.Context(), e.ManagerID)
	if err != nil {
		slog.Error("load manager", "employee", e.ID, "err", err)
		http.Error(w, "could not load the manager", http.StatusInternalServerError)
		return
	}
	if !s.Consents.Has(r.Context(), mgr.ID, consent.SMS) {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	text := fmt.Sprintf("%s is off sick today; phone %s.", e.FullName, e.Phone)
	if err := s.SMS.Send(mgr.Phone, text); err != nil { // MISTAKE(consent): the manager's consent does not cover the employee's name and phone
		slog.Warn("sick-day sms failed", "manager", mgr.ID, "err", err)
	}
	w.WriteHeader(http.StatusNoContent)
}
