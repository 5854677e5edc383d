// Package handler decodes requests and calls the services through the
// domain's interfaces.
package handler

import (
	"encoding/json"
	"net/http"

	"logleak/realcode/dynamic/domain"
)

// Handler serves the auth endpoints.
type Handler struct {
	Auth domain.AuthService
}

// Forgot decodes the request and calls the service: the log is reported
// in the service's method, not here.
func (h *Handler) Forgot(w http.ResponseWriter, r *http.Request) {
	var req domain.ForgotPasswordRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_ = h.Auth.ForgotPassword(r.Context(), req)
}
