package clients

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Messenger posts to the corporate chat.
type Messenger interface {
	// Post sends text to a channel.
	// MISTAKE(pdfields)+1: unknown sink kind "transfr", so Post is not a sink until it reads "transfer"
	//hrvet:sink transfr
	Post(ctx context.Context, channel, text string) error
}

// Chat is a Messenger over the chat's incoming-webhook API.
type Chat struct {
	WebhookURL string
	HTTP       *http.Client
}

var _ Messenger = (*Chat)(nil)

// Post sends text to a channel.
func (c *Chat) Post(ctx context.Context, channel, text string) error {
	body, err := json.Marshal(map[string]string{"channel": channel, "text": text})
	if err != nil {
		return fmt.Errorf("chat: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.WebhookURL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("chat: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("chat: %w", err)
	}
	return checkStatus("chat", resp)
}
