// Package candidate takes job applications from the careers page.
//
// The application form was copied from an old paper personnel
// questionnaire, which is why it asks what no employer may ask.
package candidate

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"

	"example.com/hrapp/clients"
)

// Candidate is a job applicant. Candidate is a person-like name, so the
// untagged FullName, Phone and Email are recognised by inference.
type Candidate struct {
	ID             int64  `json:"id" pd:"-"`
	FullName       string `json:"full_name"`
	Phone          string `json:"phone"`
	Email          string `json:"email"`
	Position       string `json:"position" pd:"employment"`
	ExpectedSalary int64  `json:"expected_salary" pd:"pay"`
	Education      string `json:"education" pd:"education"`
	Partiynost     string `json:"partiynost" pd:"politics"` // MISTAKE(forbidden): party membership may never be collected (Labour Code art. 86 p.4)
	Religion       string `json:"religion"`                 // MISTAKE(forbidden): religious views, recognised by name (Labour Code art. 86 p.4)
	TradeUnion     bool   `json:"trade_union" pd:"union"`   // MISTAKE(forbidden): trade-union membership with no legal basis (Labour Code art. 86 p.5)
}

// Store saves applications.
type Store interface {
	Save(ctx context.Context, c Candidate) (int64, error)
}

// Handler serves POST requests of the application form.
type Handler struct {
	Store Store
	Chat  clients.Messenger // tells the recruiters in #hiring
}

// ServeHTTP saves an application posted from the careers page.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, "malformed form", http.StatusBadRequest)
		return
	}
	salary, err := strconv.ParseInt(r.PostFormValue("expected_salary"), 10, 64)
	if err != nil {
		// The error is not logged: strconv quotes the expected salary.
		http.Error(w, "expected_salary must be a whole number", http.StatusBadRequest)
		return
	}
	c := Candidate{
		FullName:       r.PostFormValue("full_name"),
		Phone:          r.PostFormValue("phone"),
		Email:          r.PostFormValue("email"),
		Position:       r.PostFormValue("position"),
		ExpectedSalary: salary,
		Education:      r.PostFormValue("education"),
		Partiynost:     r.PostFormValue("partiynost"),         // MISTAKE(forbidden): the form asks for party membership
		Religion:       r.PostFormValue("veroispovedanie"),    // MISTAKE(forbidden): the form asks for religion ("veroispovedanie")
		TradeUnion:     r.PostFormValue("profsoyuz") == "yes", // MISTAKE(forbidden): the form asks for trade-union membership ("profsoyuz")
	}
	id, err := h.Store.Save(r.Context(), c)
	if err != nil {
		slog.Error("save application", "err", err)
		http.Error(w, "could not save the application", http.StatusInternalServerError)
		return
	}
	if err := h.Chat.Post(r.Context(), "#hiring", "New application received; see the HR portal."); err != nil {
		slog.Warn("chat notification failed", "err", err)
	}
	slog.Info("application received", "candidate", id) // OK: the ID is not personal data
	w.WriteHeader(http.StatusCreated)
}
