// Package sdk is another module's client library: its HTTP goes through
// an interface, so the flow engine sees no sink in it.
package sdk

import (
	"net/http"
	"strings"
)

// Requester performs a request; the real one speaks HTTP.
type Requester interface {
	Call(method string, body, out any) error
}

// Client is the service's client.
type Client struct {
	R Requester
}

// InvoiceParams is what an invoice is created from.
type InvoiceParams struct {
	PayerEmail string
	Amount     int64
}

// Invoice is a created invoice.
type Invoice struct {
	ID  string
	URL string
}

// CreateInvoice sends the params through the requester. It touches no
// personal data the engine knows of, so it has no summary: its
// arguments pass through.
func (c *Client) CreateInvoice(p *InvoiceParams) (*Invoice, error) {
	var inv Invoice
	err := c.R.Call("POST", p, &inv)
	return &inv, err
}

// Record is a person the service keeps.
type Record struct {
	Name  string `pd:"name"`
	Phone string `pd:"phone"`
}

// GetPhone is a getter: its result carries the phone on.
func (r *Record) GetPhone() string { return r.Phone }

// Save sends the record through the requester and returns only an error.
func (r *Record) Save(c *Client) error { return c.R.Call("PUT", r, nil) }

// Enrol takes a record: the engine analyses it (a person-bearing
// parameter) and its summary reaches no sink, since the request goes
// through an interface.
func (c *Client) Enrol(r *Record) error {
	return c.R.Call("POST", r, nil)
}

// Message is a builder.
type Message struct {
	to, body string
}

// SetTo sets the recipient.
func (m *Message) SetTo(s string) { m.to = s }

// Send sends the message.
func (m *Message) Send() error { return nil }

// Sender is another module's interface.
type Sender interface {
	Send(to, text string) error
}

// Notify is declared a sink in the app's .hrvet.yaml.
func Notify(phone string) error { return nil }

// Hash is declared safe in the app's .hrvet.yaml.
func Hash(s string) string { return s }

// Ptr is a helper: hrvet does not know it, and lists it.
func Ptr(s string) *string { return &s }

// Upload posts the record's phone: its summary reaches net/http.Post.
func (c *Client) Upload(r *Record) error {
	resp, err := http.Post("https://api.example", "text/plain", strings.NewReader(r.Phone))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
