// Package invoice is a minimal stub of github.com/xendit/xendit-go/v7/invoice
// for hrvet's tests: the request builder of CreateInvoice and the request
// model with its setters, with the real names and signatures. The body is
// given to the builder's CreateInvoiceRequest and sent by Execute.
package invoice

import (
	"context"
	"net/http"

	"github.com/xendit/xendit-go/v7/common"
)

// InvoiceApi is the invoice service.
type InvoiceApi interface {
	CreateInvoice(ctx context.Context) ApiCreateInvoiceRequest
	CreateInvoiceExecute(r ApiCreateInvoiceRequest) (*Invoice, *http.Response, *common.XenditSdkError)
}

// InvoiceApiService implements InvoiceApi.
type InvoiceApiService struct{}

// NewInvoiceApi returns the service.
func NewInvoiceApi() InvoiceApi { return &InvoiceApiService{} }

// ApiCreateInvoiceRequest builds a CreateInvoice call.
type ApiCreateInvoiceRequest struct {
	ctx                  context.Context
	ApiService           InvoiceApi
	createInvoiceRequest *CreateInvoiceRequest
	forUserId            *string
}

// CreateInvoiceRequest sets the body.
func (r ApiCreateInvoiceRequest) CreateInvoiceRequest(createInvoiceRequest CreateInvoiceRequest) ApiCreateInvoiceRequest {
	r.createInvoiceRequest = &createInvoiceRequest
	return r
}

// ForUserId sets the sub-account.
func (r ApiCreateInvoiceRequest) ForUserId(forUserId string) ApiCreateInvoiceRequest {
	r.forUserId = &forUserId
	return r
}

// Execute sends the request.
func (r ApiCreateInvoiceRequest) Execute() (*Invoice, *http.Response, *common.XenditSdkError) {
	return r.ApiService.CreateInvoiceExecute(r)
}

// CreateInvoice starts a CreateInvoice call.
func (a *InvoiceApiService) CreateInvoice(ctx context.Context) ApiCreateInvoiceRequest {
	return ApiCreateInvoiceRequest{ApiService: a, ctx: ctx}
}

// CreateInvoiceExecute sends the request.
func (a *InvoiceApiService) CreateInvoiceExecute(r ApiCreateInvoiceRequest) (*Invoice, *http.Response, *common.XenditSdkError) {
	return nil, nil, nil
}

// CreateInvoiceRequest is the body of CreateInvoice.
type CreateInvoiceRequest struct {
	ExternalId  string          `json:"external_id"`
	Amount      float64         `json:"amount"`
	PayerEmail  *string         `json:"payer_email,omitempty"`
	Description *string         `json:"description,omitempty"`
	Customer    *CustomerObject `json:"customer,omitempty"`
	Currency    *string         `json:"currency,omitempty"`
}

// NewCreateInvoiceRequest returns a body with the required fields.
func NewCreateInvoiceRequest(externalId string, amount float64) *CreateInvoiceRequest {
	return &CreateInvoiceRequest{ExternalId: externalId, Amount: amount}
}

// SetPayerEmail sets PayerEmail.
func (o *CreateInvoiceRequest) SetPayerEmail(v string) { o.PayerEmail = &v }

// SetDescription sets Description.
func (o *CreateInvoiceRequest) SetDescription(v string) { o.Description = &v }

// SetCustomer sets Customer.
func (o *CreateInvoiceRequest) SetCustomer(v CustomerObject) { o.Customer = &v }

// SetCurrency sets Currency.
func (o *CreateInvoiceRequest) SetCurrency(v string) { o.Currency = &v }

// CustomerObject is the customer an invoice is for.
type CustomerObject struct {
	GivenNames   *string `json:"given_names,omitempty"`
	Email        *string `json:"email,omitempty"`
	MobileNumber *string `json:"mobile_number,omitempty"`
}

// Invoice is a created invoice.
type Invoice struct {
	Id         *string `json:"id,omitempty"`
	InvoiceUrl string  `json:"invoice_url"`
}

// GetInvoiceUrl returns InvoiceUrl.
func (o *Invoice) GetInvoiceUrl() string { return o.InvoiceUrl }
