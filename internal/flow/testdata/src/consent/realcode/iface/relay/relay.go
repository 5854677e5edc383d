// Package relay implements the mail interface with an unexported type,
// two imports below the package that calls the interface: go vet hands
// that package no fact of this one, so the implementation reaches it
// through the facts of the packages between.
package relay

import (
	"net/smtp"

	"consent/realcode/iface/mailer"
)

type relayService struct{}

// New returns the relay's implementation of the mail service.
func New() mailer.Service { return relayService{} }

func (relayService) SendReset(to, name string) error {
	return smtp.SendMail("relay:25", nil, "hr@example.com", []string{to}, []byte("Dear "+name))
}
