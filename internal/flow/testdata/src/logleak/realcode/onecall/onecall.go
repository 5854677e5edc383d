// Package onecall sends a password-reset mail through a helper that logs
// the address on failure and on success, reduced from a public HR back
// end: one call of the helper is one finding, naming both logs.
package onecall

import (
	"context"
	"log/slog"
)

// User is an account.
type User struct {
	ID    string `pd:"-"`
	Email string `pd:"email"`
}

// Mailer sends mail.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// Users loads accounts.
type Users interface {
	ByID(ctx context.Context, id string) (*User, error)
}

// Reset sends reset links.
type Reset struct {
	mail  Mailer
	users Users
}

func (r *Reset) send(ctx context.Context, email, link string) {
	if err := r.mail.Send(ctx, email, "Reset your password", link); err != nil {
		slog.Error("reset mail failed", "email", email, "error", err)
		return
	}
	slog.Info("reset mail sent", "email", email)
}

// Request sends user id a reset link.
func (r *Reset) Request(ctx context.Context, id string) error {
	u, err := r.users.ByID(ctx, id)
	if err != nil {
		return err
	}
	r.send(ctx, u.Email, "https://hr.example.com/reset") // want `^User.Email \(email\) reaches log/slog.Error, log/slog.Info via \(\*logleak/realcode/onecall.Reset\).send without a redactor`
	return nil
}
