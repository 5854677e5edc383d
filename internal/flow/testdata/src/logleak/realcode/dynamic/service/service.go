// Package service implements the domain's services. Its methods are
// reached only through the domain's interfaces, from packages that
// cannot see them, so a parameter's personal data that one of them logs
// are reported here, in the method.
package service

import (
	"context"
	"encoding/json"
	"log/slog"

	"logleak/realcode/dynamic/domain"
)

// Auth implements domain.AuthService.
type Auth struct{}

// ForgotPassword logs the address a reset was asked for.
func (a *Auth) ForgotPassword(ctx context.Context, req domain.ForgotPasswordRequest) error {
	slog.Info("password reset requested", "email", req.Email) // want `ForgotPasswordRequest.Email \(email\) reaches log/slog.Info without a redactor`
	return nil
}

// Audit is not a method of any interface: its callers are checked, as
// for any function.
func (a *Auth) Audit(req domain.ForgotPasswordRequest) {
	slog.Info("audit", "email", req.Email)
}

// Forgot calls Audit directly with a decoded request: reported here.
func Forgot(body []byte) {
	var req domain.ForgotPasswordRequest
	if json.Unmarshal(body, &req) == nil {
		(&Auth{}).Audit(req) // want `ForgotPasswordRequest.Email \(email\) reaches log/slog.Info via \(\*logleak/realcode/dynamic/service.Auth\).Audit without a redactor`
	}
}
