// Package passcode mails a one-time passcode, reduced from an
// authentication server (hanko's backend): the login flow keeps the
// address the person typed and hands it to the passcode service in a
// parameters struct, whose method renders the code and mails it through
// gomail. The address is the recipient's: the parameters of a call that
// sends something name whom it is sent to.
package passcode

import (
	"fmt"

	"gopkg.in/gomail.v2"
)

// SendPasscodeParams are the parameters of Service.SendPasscode.
type SendPasscodeParams struct {
	Template     string
	EmailAddress string
	Language     string
	TenantID     string
}

// ListPasscodesParams are the parameters of a lookup: a page of codes.
type ListPasscodesParams struct {
	TenantID string
	Limit    int
}

// Delivery is the mail setting: the application's own sender.
type Delivery struct {
	FromAddress string
	FromName    string
	Host        string
	Port        int
}

// Service sends passcodes.
type Service struct {
	cfg Delivery
}

// SendPasscode mails a fresh code to p.EmailAddress.
func (s *Service) SendPasscode(p SendPasscodeParams) (string, error) {
	code := "123456"
	subject := fmt.Sprintf("[%s] Your code is %s", p.Language, code)
	if err := s.sendEmail(p.EmailAddress, subject, "Use "+code+" to sign in."); err != nil {
		return "", err
	}
	return code, nil
}

// ListPasscodes returns the codes of a tenant.
func (s *Service) ListPasscodes(p ListPasscodesParams) []string {
	return nil
}

func (s *Service) sendEmail(to, subject, body string) error {
	m := gomail.NewMessage()
	m.SetAddressHeader("To", to, "")
	m.SetAddressHeader("From", s.cfg.FromAddress, s.cfg.FromName)
	m.SetHeader("Subject", subject)
	m.SetBody("text/plain", body)
	return gomail.NewDialer(s.cfg.Host, s.cfg.Port, "", "").DialAndSend(m)
}

// stash holds what the login flow has gathered so far.
type stash map[string]string

func sendLoginCode(svc *Service, st stash) error {
	params := SendPasscodeParams{
		Template:     "login",
		EmailAddress: st["email"],
		Language:     st["lang"],
		TenantID:     st["tenant"],
	}
	_, err := svc.SendPasscode(params) // want `SendPasscodeParams\.EmailAddress \(email\) reaches \(\*gopkg\.in/gomail\.v2\.Dialer\)\.DialAndSend via \(\*realcode/passcode\.Service\)\.SendPasscode, \(\*realcode/passcode\.Service\)\.sendEmail without a consent check`
	return err
}

func testMailer(svc *Service) error {
	return svc.sendEmail(svc.cfg.FromAddress, "test", "The mailer works.") // OK: the application's own address
}
