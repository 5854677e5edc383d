// Package service implements the checkout: it sends the payer's address
// to a payment provider. Its constructor returns the interface.
package service

import (
	"net/http"
	"net/url"

	"consent/realcode/wired/domain"
)

type service struct{ endpoint string }

// New returns the checkout service.
func New(endpoint string) domain.Service { return &service{endpoint: endpoint} }

func (s *service) Checkout(req domain.CheckoutRequest) error {
	_, err := http.PostForm(s.endpoint, url.Values{"payer_email": {req.PayerEmail}})
	return err
}
