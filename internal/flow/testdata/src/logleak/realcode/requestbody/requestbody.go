// Package requestbody logs e-mail addresses held in structs that are not
// named like a person (issue 13): a password-reset request body, whose
// e-mail is the address of the person who asked, and a newsletter's
// subscriber, whose e-mail and name make it person-like. Nothing here is
// tagged: inference alone finds the data.
package requestbody

import (
	"encoding/json"
	"log/slog"
	"net/http"
)

// ForgotPasswordRequest is the body of POST /auth/forgot-password.
type ForgotPasswordRequest struct {
	Email string `json:"email"`
}

// Subscriber is a mailing list's subscriber.
type Subscriber struct {
	ID     int    `db:"id"`
	Email  string `db:"email"`
	Name   string `db:"name"`
	Status string `db:"status"`
}

// SMTPConfig is the mailer's setting: its sender is the application.
type SMTPConfig struct {
	Host      string
	FromName  string
	FromEmail string
	Email     string
}

func forgotPassword(w http.ResponseWriter, r *http.Request) {
	var req ForgotPasswordRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	slog.Info("password reset requested", "email", req.Email) // want `ForgotPasswordRequest\.Email \(email\) reaches log/slog\.Info without a redactor`
	w.WriteHeader(http.StatusAccepted)
}

func subscribe(w http.ResponseWriter, r *http.Request) {
	var s Subscriber
	if err := json.NewDecoder(r.Body).Decode(&s); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	slog.Info("subscribed", "email", s.Email, "status", s.Status) // want `Subscriber\.Email \(email\) reaches log/slog\.Info without a redactor`
	slog.Info("subscriber", "id", s.ID, "status", s.Status)       // OK: the ID and status are not personal data
}

func saveMailer(w http.ResponseWriter, r *http.Request) {
	var c SMTPConfig
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	slog.Info("smtp", "host", c.Host, "from", c.FromEmail, "name", c.FromName, "email", c.Email) // OK: the application's own sender
}
