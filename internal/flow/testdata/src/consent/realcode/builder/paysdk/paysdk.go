// Package paysdk stands for a payment provider's SDK, another module: its
// request types can hold a shopper's name, phone and social security
// number, and its builder returns an empty request for the caller to
// fill.
package paysdk

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// ShopperName is the shopper's name as the provider takes it.
type ShopperName struct {
	FirstName string `json:"firstName"`
	LastName  string `json:"lastName"`
}

// SessionRequest opens a checkout session.
type SessionRequest struct {
	Amount               int          `json:"amount"`
	Reference            string       `json:"reference"`
	ReturnURL            string       `json:"returnUrl"`
	ShopperName          *ShopperName `json:"shopperName,omitempty"`
	SocialSecurityNumber string       `json:"socialSecurityNumber,omitempty"`
	TelephoneNumber      string       `json:"telephoneNumber,omitempty"`
}

// SessionsInput is the builder of a sessions call.
type SessionsInput struct {
	request *SessionRequest
}

// Request sets the request of the call.
func (in SessionsInput) Request(r SessionRequest) SessionsInput {
	in.request = &r
	return in
}

// Session is what the provider answers.
type Session struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

// Checkout is the provider's checkout API.
type Checkout struct {
	Endpoint string
}

// SessionsInput returns an empty builder.
func (c *Checkout) SessionsInput() SessionsInput {
	return SessionsInput{}
}

// Sessions opens the session the builder describes.
func (c *Checkout) Sessions(ctx context.Context, in SessionsInput) (*Session, error) {
	body, err := json.Marshal(in.request)
	if err != nil {
		return nil, err
	}
	resp, err := http.Post(c.Endpoint, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var s Session
	err = json.NewDecoder(resp.Body).Decode(&s)
	return &s, err
}
