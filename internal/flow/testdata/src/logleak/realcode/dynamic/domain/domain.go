// Package domain declares the services of an HR back end as interfaces,
// reduced from a public HRIS whose handlers hold these interfaces and
// whose main wires the implementations: the handlers never import the
// package that implements them.
package domain

import "context"

// ForgotPasswordRequest is the body of a password-reset request.
type ForgotPasswordRequest struct {
	Email string `json:"email"`
}

// AuthService resets passwords.
type AuthService interface {
	ForgotPassword(ctx context.Context, req ForgotPasswordRequest) error
}
