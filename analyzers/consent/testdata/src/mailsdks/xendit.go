package mailsdks

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	xenditSDK "github.com/xendit/xendit-go/v7"
	"github.com/xendit/xendit-go/v7/customer"
	"github.com/xendit/xendit-go/v7/invoice"
)

// payClient is hris-backend-go's wrapper of Xendit's SDK
// (internal/pkg/xendit/invoice.go): the payer's e-mail is set on the
// SDK's request, which the builder sends.
type payClient struct {
	invoiceAPI invoice.InvoiceApi
}

// CreateInvoiceRequest is the wrapper's request.
type CreateInvoiceRequest struct {
	ExternalID  string
	Amount      float64
	Description string
	PayerEmail  string
}

func (c *payClient) CreateInvoice(req CreateInvoiceRequest) (string, error) {
	ctx := context.Background()
	sdkReq := *invoice.NewCreateInvoiceRequest(req.ExternalID, req.Amount)
	if req.PayerEmail != "" {
		sdkReq.SetPayerEmail(req.PayerEmail)
	}
	if req.Description != "" {
		sdkReq.SetDescription(req.Description)
	}
	sdkReq.SetCurrency("IDR")
	resp, _, err := c.invoiceAPI.CreateInvoice(ctx).
		CreateInvoiceRequest(sdkReq).
		Execute()
	if err != nil {
		return "", fmt.Errorf("failed to create invoice: %s", err.Error())
	}
	return resp.GetInvoiceUrl(), nil
}

var pay = &payClient{invoiceAPI: xenditSDK.NewClient("key").InvoiceApi}

// checkout bills the user's subscription, with the user's e-mail as the
// payer's.
func checkout(ctx context.Context, id int64) (string, error) {
	user, err := users.User(ctx, id)
	if err != nil {
		return "", err
	}
	return pay.CreateInvoice(CreateInvoiceRequest{ // want `User\.Email \(email\) reaches \(github\.com/xendit/xendit-go/v7/invoice\.ApiCreateInvoiceRequest\)\.CreateInvoiceRequest via \(\*mailsdks\.payClient\)\.CreateInvoice without a consent check`
		ExternalID: "sub-" + strconv.FormatInt(id, 10),
		Amount:     150000,
		PayerEmail: user.Email,
	})
}

// checkoutConsented asks first.
func checkoutConsented(ctx context.Context, id int64) (string, error) {
	user, err := users.User(ctx, id)
	if err != nil {
		return "", err
	}
	if !reg.Has(ctx, id, "billing") {
		return "", errors.New("no consent to billing")
	}
	return pay.CreateInvoice(CreateInvoiceRequest{ExternalID: "sub-42", Amount: 150000, PayerEmail: user.Email}) // OK: consent checked
}

// checkoutAmountOnly bills an order: an external ID and an amount.
func checkoutAmountOnly(ctx context.Context, orderID int64) error {
	api := xenditSDK.NewClient("key").InvoiceApi
	body := invoice.NewCreateInvoiceRequest("order-"+strconv.FormatInt(orderID, 10), 150000)
	body.SetDescription("Annual plan, 25 seats")
	_, _, err := api.CreateInvoice(ctx).CreateInvoiceRequest(*body).Execute() // OK: nothing personal
	if err != nil {
		return errors.New(err.Error())
	}
	return nil
}

// xenditCustomer registers the user as a customer: name, e-mail and
// mobile number.
func xenditCustomer(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	body := customer.NewCustomerRequest(strconv.FormatInt(user.ID, 10))
	body.SetType("INDIVIDUAL")
	detail := customer.NewIndividualDetail()
	detail.SetGivenNames(user.Name)
	body.SetIndividualDetail(*detail)
	body.SetEmail(user.Email)
	body.SetMobileNumber(user.Phone)
	api := xenditSDK.NewClient("key").CustomerApi
	_, _, sdkErr := api.CreateCustomer(ctx).IdempotencyKey("cust-42").CustomerRequest(*body).Execute() // want `User\.(Name|Email|Phone) .*reach \(github\.com/xendit/xendit-go/v7/customer\.ApiCreateCustomerRequest\)\.CustomerRequest without a consent check`
	if sdkErr != nil {
		return errors.New(sdkErr.Error())
	}
	return nil
}

// xenditCustomerByReference registers a customer known by its ID only.
func xenditCustomerByReference(ctx context.Context, id int64) error {
	body := customer.NewCustomerRequest("user-" + strconv.FormatInt(id, 10))
	body.SetType("INDIVIDUAL")
	_, _, sdkErr := xenditSDK.NewClient("key").CustomerApi.CreateCustomer(ctx).CustomerRequest(*body).Execute() // OK: an ID
	if sdkErr != nil {
		return errors.New(sdkErr.Error())
	}
	return nil
}
