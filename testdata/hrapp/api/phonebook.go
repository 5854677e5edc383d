package api

import (
	"encoding/json"
	"log"
	"log/slog"
	"net/http"

	"example.com/hrapp/hrpb"
)

// publishToPhoneBook lists the employee in the group's corporate phone book,
// run by the parent company, if they signed a consent to be listed. The
// check, the sink and the redactor are generated code, marked in
// .hrvet.yaml.
func (s *Server) publishToPhoneBook(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	if _, err := s.PhoneBook.CheckPublication(ctx, &hrpb.PublicationRequest{EmployeeId: e.ID}); err != nil {
		http.Error(w, "the employee has not agreed to be listed", http.StatusConflict)
		return
	}
	entry := &hrpb.DirectoryEntry{EmployeeId: e.ID, DisplayName: e.FullName, Msisdn: e.Phone, Title: e.Position}
	if _, err := s.PhoneBook.Upsert(ctx, entry); err != nil { // OK: the consent to be listed is checked first
		slog.Error("phone book", "employee", e.ID, "err", err)
		http.Error(w, "the phone book failed", http.StatusBadGateway)
		return
	}
	log.Printf("phone book: listed employee %d at %s", e.ID, entry.MaskedMsisdn()) // OK: MaskedMsisdn is a redactor
	w.WriteHeader(http.StatusNoContent)
}

// phoneBookChanged is the phone book's webhook, called when an employee
// edits their own entry.
func (s *Server) phoneBookChanged(w http.ResponseWriter, r *http.Request) {
	var entry hrpb.DirectoryEntry
	if err := json.NewDecoder(r.Body).Decode(&entry); err != nil {
		http.Error(w, "malformed entry", http.StatusBadRequest)
		return
	}
	log.Printf("phone book: employee %d changed their number to %s", entry.EmployeeId, entry.Msisdn) // MISTAKE(logleak): Msisdn is a phone number (marked in .hrvet.yaml)
	if err := s.Staff.SetPhone(r.Context(), entry.EmployeeId, entry.Msisdn); err != nil {
		slog.Error("phone book webhook", "err", err)
		http.Error(w, "could not update the phone", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
