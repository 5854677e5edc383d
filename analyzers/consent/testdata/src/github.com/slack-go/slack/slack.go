// Package slack is a minimal stub of github.com/slack-go/slack for
// hrvet's tests: posting a message and an incoming webhook, with the real
// names and signatures.
package slack

type sendConfig struct{ values map[string]string }

// MsgOption sets a part of a message.
type MsgOption func(*sendConfig) error

// MsgOptionText sets the text of a message.
func MsgOptionText(text string, escape bool) MsgOption {
	return func(c *sendConfig) error {
		c.values["text"] = text
		return nil
	}
}

// Client is the Web API client.
type Client struct{ token string }

// Option configures a Client.
type Option func(*Client)

// New returns a client.
func New(token string, options ...Option) *Client { return &Client{token: token} }

// PostMessage posts a message to a channel.
func (api *Client) PostMessage(channelID string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

// WebhookMessage is the body of an incoming webhook.
type WebhookMessage struct {
	Channel string `json:"channel,omitempty"`
	Text    string `json:"text,omitempty"`
}

// PostWebhook posts msg to an incoming webhook.
func PostWebhook(url string, msg *WebhookMessage) error { return nil }
