// Package generated builds an SDK's request the way OpenAPI Generator's
// constructors do, reduced from a payment SDK a public HR back end
// calls: this := T{}; this.Field = ...; return &this. The record is
// built in the constructor, so it carries what the caller put in, not
// every personal field its type could hold.
package generated

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Customer is the SDK's customer on an invoice.
type Customer struct {
	GivenNames *string `pd:"name"`
	Surname    *string `pd:"name"`
	Email      *string `pd:"email"`
}

// InvoiceRequest is the SDK's request body.
type InvoiceRequest struct {
	ExternalID string
	Amount     float64
	Customer   *Customer
}

// NewInvoiceRequest is the generated constructor.
func NewInvoiceRequest(externalID string, amount float64) *InvoiceRequest {
	this := InvoiceRequest{}
	this.ExternalID = externalID
	this.Amount = amount
	return &this
}

// send posts the request to the payment provider.
func send(r *InvoiceRequest) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = http.Post("https://pay.example.com/v2/invoices", "application/json", bytes.NewReader(b))
	return err
}

// Checkout asks for an invoice with no customer on it: nothing personal
// is sent.
func Checkout(orderID string, amount float64) error {
	return send(NewInvoiceRequest(orderID, amount))
}

// decoder fills what it is given, as json.Unmarshal into a named
// variable does.
var decoder interface{ Decode(v any) error }

// Filled decodes the request into a named variable: that one is not
// known to the function, and what it sends is the customer's.
func Filled() error {
	var r InvoiceRequest
	if err := decoder.Decode(&r); err != nil {
		return err
	}
	return send(&r) // want `InvoiceRequest.Customer.Email \(email\), InvoiceRequest.Customer.GivenNames \(name\), InvoiceRequest.Customer.Surname \(name\) reach net/http.Post via consent/realcode/generated.send without a consent check`
}
