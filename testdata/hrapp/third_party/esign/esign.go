// Package esign stands in for an e-signature provider's Go SDK, another
// module that hrapp requires (a replace directive in hrapp's go.mod keeps
// the demo offline). Like many SDKs, it sends its requests through an
// interface it is given, so hrvet sees no sink in it: neither a sink nor
// known to be harmless, each of its calls that takes personal data is
// listed by 'hrvet inventory' under "Personal data passed to calls hrvet
// does not know".
package esign

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Doer sends an HTTP request; *http.Client is one.
type Doer interface {
	Do(req *http.Request) (*http.Response, error)
}

// Client is the provider's API client.
type Client struct {
	BaseURL string
	APIKey  string
	HTTP    Doer
}

// Signer is the person who signs an envelope.
type Signer struct {
	Name  string `json:"name"`
	Email string `json:"email"`
	Phone string `json:"phone"` // for the SMS code
}

// Envelope is a document sent for signature.
type Envelope struct {
	Template string `json:"template"`
	Signer   Signer `json:"signer"`
}

// CreateEnvelope sends the envelope; the provider e-mails the signer.
func (c *Client) CreateEnvelope(ctx context.Context, env *Envelope) error {
	body, err := json.Marshal(env)
	if err != nil {
		return err
	}
	return c.post(ctx, "/envelopes", body)
}

// Remind sends the signer an SMS reminder.
func (c *Client) Remind(ctx context.Context, template, phone string) error {
	body, err := json.Marshal(map[string]string{"template": template, "phone": phone})
	if err != nil {
		return err
	}
	return c.post(ctx, "/reminders", body)
}

func (c *Client) post(ctx context.Context, path string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("esign: %s", resp.Status)
	}
	return nil
}

// NormalizeEmail trims and lower-cases an address: it sends nothing
// anywhere, and hrapp's .hrvet.yaml declares it safe.
func NormalizeEmail(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}
