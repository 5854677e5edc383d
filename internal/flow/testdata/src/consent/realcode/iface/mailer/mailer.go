// Package mailer sends mail through an SMTP relay behind an interface,
// reduced from a public HR back end whose auth service holds the
// interface and the mail package the one implementation.
package mailer

import "net/smtp"

// Service sends the mails of the application.
type Service interface {
	SendReset(to, name string) error
}

// Recipient is who a mail goes to.
type Recipient struct {
	Name  string `pd:"name"`
	Email string `pd:"email"`
}

// Notifier sends a recipient a note.
type Notifier interface {
	Notify(r Recipient) error
}

type smtpService struct {
	addr string
}

// New returns the SMTP implementation.
func New(addr string) Service { return &smtpService{addr: addr} }

func (s *smtpService) SendReset(to, name string) error {
	body := []byte("Hello " + name + ", reset your password.")
	return smtp.SendMail(s.addr, nil, "hr@example.com", []string{to}, body)
}

type smtpNotifier struct{}

// Notify mails the recipient. It is reached only through the Notifier
// interface from packages this one does not see.
func (smtpNotifier) Notify(r Recipient) error {
	return smtp.SendMail("relay:25", nil, "hr@example.com", []string{r.Email}, []byte("note"))
}
