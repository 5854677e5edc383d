package api

import (
	"log/slog"
	"net/http"

	"example.com/hrapp/clients"
	"example.com/hrapp/consent"
)

// onboard runs the new-hire steps: perks enrolment, analytics, the welcome
// SMS.
func (s *Server) onboard(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	e, ok := s.employee(w, r)
	if !ok {
		return
	}

	// The perks partner is a third party: it needs the crm consent.
	if err := s.Consents.Require(ctx, e.ID, consent.CRM); err == nil {
		ct := clients.Contact{ExternalID: e.ID, Name: e.FullName, Phone: e.Phone, Email: e.Email}
		if err := s.CRM.Push(ctx, ct); err != nil { // OK: the crm consent is checked first
			slog.Warn("perks enrolment failed", "employee", e.ID, "err", err)
		}
		if err := s.Analytics.Track(ctx, "perks_enrolled", map[string]string{"email": e.Email}); err != nil { // MISTAKE(consent): a crm consent does not allow commercial use (Labour Code art. 88 p.2)
			slog.Warn("analytics", "err", err)
		}
	}

	// Product analytics is a commercial use: it needs that consent.
	if s.Consents.HasMarketing(ctx, e.ID) {
		if err := s.Analytics.Track(ctx, "employee_onboarded", map[string]string{"email": e.Email}); err != nil { // OK: consent to commercial use is checked first
			slog.Warn("analytics", "err", err)
		}
	}

	if err := s.SMS.Send(e.Phone, "Welcome aboard! Your HR portal login follows by e-mail."); err != nil { // MISTAKE(consent): the phone goes to the SMS gateway with no consent check
		slog.Warn("welcome sms failed", "phone", e.Phone, "err", err) // MISTAKE(logleak): the phone number goes to the log unmasked
	}
	w.WriteHeader(http.StatusNoContent)
}
