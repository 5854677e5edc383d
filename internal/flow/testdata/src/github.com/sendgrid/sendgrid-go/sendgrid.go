// Package sendgrid is a minimal stub of github.com/sendgrid/sendgrid-go for
// hrvet's tests: Client.Send, Client.SendWithContext and the request
// functions, with the real names and signatures.
package sendgrid

import (
	"context"

	"github.com/sendgrid/rest"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

// Client sends mail through the v3 mail/send endpoint.
type Client struct {
	rest.Request
}

// NewSendClient returns a Client authorised by key.
func NewSendClient(key string) *Client { return &Client{} }

// Send sends email.
func (cl *Client) Send(email *mail.SGMailV3) (*rest.Response, error) { return &rest.Response{}, nil }

// SendWithContext sends email.
func (cl *Client) SendWithContext(ctx context.Context, email *mail.SGMailV3) (*rest.Response, error) {
	return &rest.Response{}, nil
}

// GetRequest returns a request to endpoint authorised by key.
func GetRequest(key, endpoint, host string) rest.Request { return rest.Request{} }

// API sends request (deprecated in favour of MakeRequest).
func API(request rest.Request) (*rest.Response, error) { return &rest.Response{}, nil }

// MakeRequest sends request.
func MakeRequest(request rest.Request) (*rest.Response, error) { return &rest.Response{}, nil }
