package clients

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// SMS is the client of the SMS gateway's HTTP API.
type SMS struct {
	URL    string // e.g. https://sms.example.net/send
	Sender string // the registered sender name
}

// Send sends text to the phone number to.
func (g *SMS) Send(to, text string) error {
	form := url.Values{"from": {g.Sender}, "to": {to}, "text": {text}}
	resp, err := http.Post(g.URL, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return fmt.Errorf("sms: %w", err)
	}
	return checkStatus("sms", resp)
}
