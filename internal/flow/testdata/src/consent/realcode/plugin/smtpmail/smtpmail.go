// Package smtpmail mails each message. It implements campaign.Messenger
// without importing it.
package smtpmail

import (
	"net/smtp"

	"consent/realcode/plugin/models"
)

// Mailer sends mail through a relay.
type Mailer struct{ addr string }

// New returns a mailer.
func New(addr string) *Mailer { return &Mailer{addr: addr} }

// Name names the messenger.
func (m *Mailer) Name() string { return "mail" }

// Push mails the message to its recipients.
func (m *Mailer) Push(msg models.Message) error {
	return smtp.SendMail(m.addr, nil, "news@example.com", msg.To, []byte(msg.Subject))
}

// Counter counts messages and sends nothing anywhere.
type Counter struct{ n int }

// Name names the messenger.
func (c *Counter) Name() string { return "count" }

// Push counts the message.
func (c *Counter) Push(models.Message) error {
	c.n++
	return nil
}
