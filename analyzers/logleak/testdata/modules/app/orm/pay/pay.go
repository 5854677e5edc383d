// Package pay stands for a payment SDK of another module that dumps its
// requests to the standard logger when its debug switch is on, as
// public payment and identity SDKs do. That is the SDK's diagnostics,
// off unless the application turns it on: not a log the caller wrote.
package pay

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
)

// Config holds the client's settings.
type Config struct {
	Debug bool
}

// Client calls the payment API.
type Client struct {
	Cfg Config
}

// Session asks for a checkout session for the payer.
func (c *Client) Session(payerName string) error {
	body, err := json.Marshal(map[string]string{"name": payerName})
	if err != nil {
		return err
	}
	if c.Cfg.Debug {
		log.Printf("pay: request %s", body)
	}
	_, err = http.Post("https://pay.example.com/sessions", "application/json", bytes.NewReader(body))
	return err
}
