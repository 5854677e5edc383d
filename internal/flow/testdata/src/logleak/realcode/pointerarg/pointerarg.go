// Package pointerarg is a login service, reduced from a public HR back
// end: a helper is given a pointer into the user's record (the company
// ID) and logs what it points to; another call in the same closure, one
// the engine does not analyse, is given the user's e-mail beside the same
// pointer. The e-mail must not be taken to land in the company ID and
// reach the helper's log.
package pointerarg

import (
	"context"
	"errors"
	"log/slog"
)

// User is a login account.
type User struct {
	ID           string `pd:"-"`
	Email        string `pd:"email"`
	CompanyID    *string
	PasswordHash *string `pd:"-"`
}

// Claims are what the token says of the company's plan.
type Claims struct{ Features []string }

// Users is the account store.
type Users interface {
	ByEmail(ctx context.Context, email string) (User, error)
}

// Plans knows each company's plan.
type Plans interface {
	Features(ctx context.Context, company string) ([]string, error)
}

// Auth logs users in.
type Auth struct {
	users Users
	plans Plans
	sign  func(id, email string, company *string, c *Claims) (string, error)
}

// claims looks the company's plan up and logs the company ID on failure.
func (a *Auth) claims(ctx context.Context, companyID *string) *Claims {
	if companyID == nil || *companyID == "" {
		return nil
	}
	f, err := a.plans.Features(ctx, *companyID)
	if err != nil {
		slog.Warn("no plan features", "company_id", *companyID, "error", err)
		return nil
	}
	return &Claims{Features: f}
}

// transaction runs fn.
func transaction(ctx context.Context, fn func(ctx context.Context) error) error { return fn(ctx) }

// Login signs a token for the account of email.
func (a *Auth) Login(ctx context.Context, email string) (string, error) {
	u, err := a.users.ByEmail(ctx, email)
	if err != nil {
		return "", err
	}
	if a.sign == nil {
		return "", errors.New("no signer")
	}
	var token string
	err = transaction(ctx, func(ctx context.Context) error {
		c := a.claims(ctx, u.CompanyID) // OK: only the company ID reaches the log
		token, err = a.sign(u.ID, u.Email, u.CompanyID, c)
		return err
	})
	if err != nil {
		slog.Info("login failed", "email", u.Email) // want `User.Email \(email\) reaches log/slog.Info without a redactor`
	}
	return token, err
}
