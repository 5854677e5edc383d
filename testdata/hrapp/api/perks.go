package api

import (
	"log/slog"
	"net/http"
	"time"

	"example.com/hrapp/clients"
	"example.com/hrapp/consent"
)

// resyncPerks pushes every employee to the perks CRM again, after the
// partner lost its data.
func (s *Server) resyncPerks(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	staff, err := s.Staff.Active(ctx)
	if err != nil {
		slog.Error("perks resync", "err", err)
		http.Error(w, "could not list the staff", http.StatusInternalServerError)
		return
	}
	failed := 0
	for _, e := range staff {
		s.Consents.Require(ctx, e.ID, consent.CRM) // MISTAKE(consent): the result is dropped, so the check guards nothing
		ct := clients.Contact{ExternalID: e.ID, Name: e.FullName, Phone: e.Phone, Email: e.Email}
		if err := s.CRM.Push(ctx, ct); err != nil { // MISTAKE(consent): employees without a crm consent are sent too
			slog.Warn("perks resync", "employee", e.ID, "err", err)
			failed++
		}
	}
	slog.Info("perks resync finished", "employees", len(staff), "failed", failed)
	w.WriteHeader(http.StatusNoContent)
}

// birthdayGifts sends this month's birthdays to the perks partner, which
// delivers the company's gifts.
func (s *Server) birthdayGifts(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	staff, err := s.Staff.Active(ctx)
	if err != nil {
		slog.Error("birthday gifts", "err", err)
		http.Error(w, "could not list the staff", http.StatusInternalServerError)
		return
	}
	month := time.Now().Month()
	for _, e := range staff {
		if e.BirthDate.Month() != month {
			continue
		}
		if !s.Consents.Has(ctx, e.ID, consent.Payroll) {
			continue
		}
		ct := clients.Contact{ExternalID: e.ID, Name: e.FullName, Phone: e.Phone, Email: e.Email}
		if err := s.CRM.Push(ctx, ct); err != nil { // MISTAKE(consent): a payroll consent does not cover the perks CRM (purpose crm)
			slog.Warn("birthday gift", "employee", e.ID, "err", err)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
