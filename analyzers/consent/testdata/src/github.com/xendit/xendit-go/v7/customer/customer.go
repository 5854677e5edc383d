// Package customer is a minimal stub of github.com/xendit/xendit-go/v7/customer
// for hrvet's tests: the request builder of CreateCustomer and the request
// model with its setters, with the real names and signatures.
package customer

import (
	"context"
	"net/http"

	"github.com/xendit/xendit-go/v7/common"
)

// CustomerApi is the customer service.
type CustomerApi interface {
	CreateCustomer(ctx context.Context) ApiCreateCustomerRequest
	CreateCustomerExecute(r ApiCreateCustomerRequest) (*Customer, *http.Response, *common.XenditSdkError)
}

// CustomerApiService implements CustomerApi.
type CustomerApiService struct{}

// NewCustomerApi returns the service.
func NewCustomerApi() CustomerApi { return &CustomerApiService{} }

// ApiCreateCustomerRequest builds a CreateCustomer call.
type ApiCreateCustomerRequest struct {
	ctx             context.Context
	ApiService      CustomerApi
	idempotencyKey  *string
	customerRequest *CustomerRequest
}

// IdempotencyKey sets the idempotency key.
func (r ApiCreateCustomerRequest) IdempotencyKey(idempotencyKey string) ApiCreateCustomerRequest {
	r.idempotencyKey = &idempotencyKey
	return r
}

// CustomerRequest sets the body.
func (r ApiCreateCustomerRequest) CustomerRequest(customerRequest CustomerRequest) ApiCreateCustomerRequest {
	r.customerRequest = &customerRequest
	return r
}

// Execute sends the request.
func (r ApiCreateCustomerRequest) Execute() (*Customer, *http.Response, *common.XenditSdkError) {
	return r.ApiService.CreateCustomerExecute(r)
}

// CreateCustomer starts a CreateCustomer call.
func (a *CustomerApiService) CreateCustomer(ctx context.Context) ApiCreateCustomerRequest {
	return ApiCreateCustomerRequest{ApiService: a, ctx: ctx}
}

// CreateCustomerExecute sends the request.
func (a *CustomerApiService) CreateCustomerExecute(r ApiCreateCustomerRequest) (*Customer, *http.Response, *common.XenditSdkError) {
	return nil, nil, nil
}

// CustomerRequest is the body of CreateCustomer.
type CustomerRequest struct {
	ReferenceId      string            `json:"reference_id"`
	Type             *string           `json:"type,omitempty"`
	IndividualDetail *IndividualDetail `json:"individual_detail,omitempty"`
	Email            *string           `json:"email,omitempty"`
	MobileNumber     *string           `json:"mobile_number,omitempty"`
}

// NewCustomerRequest returns a body with the required fields.
func NewCustomerRequest(referenceId string) *CustomerRequest {
	return &CustomerRequest{ReferenceId: referenceId}
}

// SetType sets Type.
func (o *CustomerRequest) SetType(v string) { o.Type = &v }

// SetIndividualDetail sets IndividualDetail.
func (o *CustomerRequest) SetIndividualDetail(v IndividualDetail) { o.IndividualDetail = &v }

// SetEmail sets Email.
func (o *CustomerRequest) SetEmail(v string) { o.Email = &v }

// SetMobileNumber sets MobileNumber.
func (o *CustomerRequest) SetMobileNumber(v string) { o.MobileNumber = &v }

// IndividualDetail is the person a customer is.
type IndividualDetail struct {
	GivenNames *string `json:"given_names,omitempty"`
	Surname    *string `json:"surname,omitempty"`
}

// NewIndividualDetail returns an empty detail.
func NewIndividualDetail() *IndividualDetail { return &IndividualDetail{} }

// SetGivenNames sets GivenNames.
func (o *IndividualDetail) SetGivenNames(v string) { o.GivenNames = &v }

// Customer is a created customer.
type Customer struct {
	Id string `json:"id"`
}
