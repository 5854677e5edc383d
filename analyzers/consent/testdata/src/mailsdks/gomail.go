package mailsdks

import (
	"context"
	"time"

	"gopkg.in/gomail.v2"
)

// gomailMinimal is the smallest form of Go-HRM's invitation
// (internal/services/email_service.go): the address is set as a header of
// the message, which DialAndSend sends.
func gomailMinimal(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	m := gomail.NewMessage()
	m.SetHeader("From", "hr@example.com")
	m.SetHeader("To", user.Email)
	m.SetBody("text/html", "You are invited.")
	d := gomail.NewDialer("smtp.example.com", 587, "hr", "secret")
	return d.DialAndSend(m) // want `User\.Email \(email\) reaches \(\*gopkg\.in/gomail\.v2\.Dialer\)\.DialAndSend without a consent check`
}

// gomailAddressHeader sets the recipient with SetAddressHeader, the name
// with it.
func gomailAddressHeader(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	m := gomail.NewMessage()
	m.SetAddressHeader("To", user.Email, user.Name)
	d := gomail.NewDialer("smtp.example.com", 587, "hr", "secret")
	return d.DialAndSend(m) // want `User\.(Email \(email\), User\.Name \(name\)|Name \(name\), User\.Email \(email\)) reach \(\*gopkg\.in/gomail\.v2\.Dialer\)\.DialAndSend without a consent check`
}

// gomailBody puts the phone in the body.
func gomailBody(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	m := gomail.NewMessage()
	m.SetHeader("To", "hr@example.com")
	m.SetBody("text/plain", "Call back on "+user.Phone)
	s, err := gomail.NewDialer("smtp.example.com", 587, "hr", "secret").Dial()
	if err != nil {
		return err
	}
	return gomail.Send(s, m) // want `User\.Phone \(phone\) reaches gopkg\.in/gomail\.v2\.Send without a consent check`
}

// gomailConsented is the same under a consent check.
func gomailConsented(ctx context.Context, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, user.ID, "invitations") {
		return nil
	}
	m := gomail.NewMessage()
	m.SetHeader("To", user.Email)
	return gomail.NewDialer("smtp.example.com", 587, "hr", "secret").DialAndSend(m) // OK: consent checked
}

// gomailNothingPersonal sends a message built from constants.
func gomailNothingPersonal() error {
	m := gomail.NewMessage()
	m.SetHeader("To", "ops@example.com")
	m.SetBody("text/plain", "The nightly export finished.")
	return gomail.NewDialer("smtp.example.com", 587, "hr", "secret").DialAndSend(m) // OK: nothing personal
}

// EmailService is Go-HRM's e-mail service, in the shape of the original:
// SendInvite builds the message from the address it is given and hands it
// to sendMessage, which sends it from a goroutine under a deadline.
type EmailService struct{ host string }

// SendInvite e-mails an invitation to toEmail.
func (s *EmailService) SendInvite(ctx context.Context, toEmail string) error {
	m := gomail.NewMessage()
	m.SetHeader("From", "no-reply@example.com")
	m.SetHeader("To", toEmail)
	m.SetHeader("Subject", "You are invited")
	m.SetBody("text/html", "<p>Welcome.</p>")
	return s.sendMessage(ctx, m)
}

func (s *EmailService) sendMessage(ctx context.Context, m *gomail.Message) error {
	d := gomail.NewDialer(s.host, 587, "", "")
	done := make(chan error, 1)
	go func() { done <- d.DialAndSend(m) }()
	deadline, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	select {
	case err := <-done:
		return err
	case <-deadline.Done():
		return deadline.Err()
	}
}

// inviteUser is Go-HRM's caller: the invited user's address goes to the
// service.
func inviteUser(ctx context.Context, svc *EmailService, id int64) error {
	user, err := users.User(ctx, id)
	if err != nil {
		return err
	}
	return svc.SendInvite(ctx, user.Email) // want `User\.Email \(email\) reaches \(\*gopkg\.in/gomail\.v2\.Dialer\)\.DialAndSend via .*without a consent check`
}
