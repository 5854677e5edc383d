// Package webhook posts each message to a configured URL. It implements
// campaign.Messenger without importing it.
package webhook

import (
	"bytes"
	"encoding/json"
	"net/http"

	"consent/realcode/plugin/models"
)

// Poster posts messages.
type Poster struct{ URL string }

// Name names the messenger.
func (p *Poster) Name() string { return "webhook" }

// Push posts the recipient's address and name.
func (p *Poster) Push(m models.Message) error {
	body, err := json.Marshal(map[string]string{"email": m.Subscriber.Email, "name": m.Subscriber.Name})
	if err != nil {
		return err
	}
	_, err = http.Post(p.URL, "application/json", bytes.NewReader(body))
	return err
}
