// Package mailgun is a minimal stub of github.com/mailgun/mailgun-go/v4
// for hrvet's tests.
package mailgun

import "context"

// Message is an e-mail.
type Message struct {
	from    string
	subject string
	text    string
	to      []string
}

// NewMessage returns a message.
func NewMessage(from, subject, text string, to ...string) *Message {
	return &Message{from: from, subject: subject, text: text, to: to}
}

// Mailgun is the API.
type Mailgun interface {
	Send(ctx context.Context, m *Message) (mes string, id string, err error)
}

// MailgunImpl is the client.
type MailgunImpl struct{ domain, apiKey string }

// NewMailgun returns a client.
func NewMailgun(domain, apiKey string) *MailgunImpl {
	return &MailgunImpl{domain: domain, apiKey: apiKey}
}

// Send sends m.
func (mg *MailgunImpl) Send(ctx context.Context, m *Message) (mes, id string, err error) {
	return "", "", nil
}
