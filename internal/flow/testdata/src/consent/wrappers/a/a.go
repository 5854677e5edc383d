// Package a is the bottom of a chain of three packages: a thin SMS client
// that forwards what it is given to net/http. Nothing originates here, so
// nothing is reported here; its summaries (facts) carry the flows to the
// packages that call it.
package a

import (
	"context"
	"net/http"
	"net/url"
)

// Client talks to the SMS gateway.
type Client struct {
	URL string
}

// Send texts text to the phone number to.
func (c *Client) Send(ctx context.Context, to, text string) error {
	resp, err := http.PostForm(c.URL, url.Values{"to": {to}, "text": {text}}) // OK: to comes from the callers
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Text texts through the default gateway.
func Text(to, text string) error {
	c := &Client{URL: "https://sms.example.com/send"}
	return c.Send(context.Background(), to, text) // OK: to comes from the callers
}

// Sender is any texting service.
type Sender interface {
	// Send texts text to the phone number to.
	//
	//hrvet:sink transfer
	Send(ctx context.Context, to, text string) error
}
