// Package xendit is a minimal stub of github.com/xendit/xendit-go/v7 for
// hrvet's tests: the client and its services.
package xendit

import (
	"github.com/xendit/xendit-go/v7/customer"
	"github.com/xendit/xendit-go/v7/invoice"
)

// APIClient holds the services.
type APIClient struct {
	apiKey      string
	InvoiceApi  invoice.InvoiceApi
	CustomerApi customer.CustomerApi
}

// NewClient returns a client for the secret key.
func NewClient(apiKey string) *APIClient {
	return &APIClient{apiKey: apiKey, InvoiceApi: invoice.NewInvoiceApi(), CustomerApi: customer.NewCustomerApi()}
}
