// Package handler decodes checkouts and calls the service's interface.
package handler

import (
	"encoding/json"
	"net/http"

	"consent/realcode/wired/domain"
)

// Handler serves checkouts.
type Handler struct{ svc domain.Service }

// New returns a handler calling svc.
func New(svc domain.Service) *Handler { return &Handler{svc: svc} }

// Checkout decodes the request and checks out.
func (h *Handler) Checkout(w http.ResponseWriter, r *http.Request) {
	var req domain.CheckoutRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.svc.Checkout(req); err != nil {
		w.WriteHeader(http.StatusBadGateway)
	}
}
