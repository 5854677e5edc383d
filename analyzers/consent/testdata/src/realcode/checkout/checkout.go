// Package checkout bills a company's subscription through Xendit, reduced
// from an HR back end (hris-backend-go): the checkout body names the
// payer by e-mail only, the handler copies that address into the
// wrapper's invoice request, and the wrapper sets it on the SDK's request,
// which the builder sends. No type is named like a person and nothing is
// tagged: a payer's e-mail in a request body, and a payer's e-mail beside
// a customer's name, are what make the data personal.
package checkout

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	xenditSDK "github.com/xendit/xendit-go/v7"
	"github.com/xendit/xendit-go/v7/invoice"
)

// CheckoutRequest is the body of POST /subscription/checkout.
type CheckoutRequest struct {
	PlanID       string `json:"plan_id"`
	SeatCount    int    `json:"seat_count"`
	BillingCycle string `json:"billing_cycle"`
	PayerEmail   string `json:"payer_email"`
}

// RenewRequest is the body of POST /subscription/renew: the plan only.
type RenewRequest struct {
	PlanID    string `json:"plan_id"`
	SeatCount int    `json:"seat_count"`
}

// CreateInvoiceRequest is the wrapper's invoice request.
type CreateInvoiceRequest struct {
	ExternalID   string  `json:"external_id"`
	Amount       float64 `json:"amount"`
	Description  string  `json:"description"`
	PayerEmail   string  `json:"payer_email"`
	CustomerName string  `json:"customer_name,omitempty"`
	Currency     string  `json:"currency,omitempty"`
}

type payClient struct {
	api invoice.InvoiceApi
}

// CreateInvoice asks Xendit for an invoice.
func (c *payClient) CreateInvoice(ctx context.Context, req CreateInvoiceRequest) (string, error) {
	body := *invoice.NewCreateInvoiceRequest(req.ExternalID, req.Amount)
	if req.PayerEmail != "" {
		body.SetPayerEmail(req.PayerEmail)
	}
	if req.Description != "" {
		body.SetDescription(req.Description)
	}
	body.SetCurrency("IDR")
	inv, _, err := c.api.CreateInvoice(ctx).CreateInvoiceRequest(body).Execute()
	if err != nil {
		return "", errors.New(err.Error())
	}
	return inv.GetInvoiceUrl(), nil
}

var pay = &payClient{api: xenditSDK.NewClient("key").InvoiceApi}

func checkout(w http.ResponseWriter, r *http.Request) {
	var req CheckoutRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	url, err := pay.CreateInvoice(r.Context(), CreateInvoiceRequest{ // want `CheckoutRequest\.PayerEmail \(email\).* reach(es)? \(github\.com/xendit/xendit-go/v7/invoice\.ApiCreateInvoiceRequest\)\.CreateInvoiceRequest via \(\*realcode/checkout\.payClient\)\.CreateInvoice without a consent check`
		ExternalID:  "sub-" + req.PlanID,
		Amount:      float64(req.SeatCount) * 15000,
		Description: "subscription",
		PayerEmail:  req.PayerEmail,
	})
	if err != nil {
		http.Error(w, "payment provider", http.StatusBadGateway)
		return
	}
	w.Write([]byte(url))
}

func renew(w http.ResponseWriter, r *http.Request) {
	var req RenewRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	url, err := pay.CreateInvoice(r.Context(), CreateInvoiceRequest{ExternalID: "renew-" + req.PlanID, Amount: 15000, Description: "renewal"}) // OK: a plan and an amount
	if err != nil {
		http.Error(w, "payment provider", http.StatusBadGateway)
		return
	}
	w.Write([]byte(url))
}
