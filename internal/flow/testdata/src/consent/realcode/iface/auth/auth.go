// Package auth resets passwords through the mail service's interface.
package auth

import (
	"consent/realcode/iface/mailer"
	"consent/realcode/iface/setup"
)

// User is an account.
type User struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Email string `pd:"email"`
}

// Users loads accounts.
type Users interface {
	ByID(id int64) (*User, error)
}

// Service resets passwords.
type Service struct {
	users Users
	mail  mailer.Service
	note  mailer.Notifier
}

// Reset mails the user a reset link through the interface: the one
// implementations the analysis sees (this package imports the relay
// through setup) send it with net/smtp: one finding names both.
func (s *Service) Reset(id int64) error {
	u, err := s.users.ByID(id)
	if err != nil {
		return err
	}
	return s.mail.SendReset(u.Email, u.Name) // want `User.Email \(email\), User.Name \(name\) reach net/smtp.SendMail via \(\*consent/realcode/iface/mailer.smtpService\).SendReset, net/smtp.SendMail via \(consent/realcode/iface/relay.relayService\).SendReset without a consent check`
}

// Note sends a note through another interface of the mail package.
func (s *Service) Note(id int64) error {
	u, err := s.users.ByID(id)
	if err != nil {
		return err
	}
	return s.note.Notify(mailer.Recipient{Name: u.Name, Email: u.Email}) // want `User.Email \(email\) reaches net/smtp.SendMail via \(consent/realcode/iface/mailer.smtpNotifier\).Notify without a consent check`
}

// Remind goes through a wrapper that hands strings to the interface.
func (s *Service) Remind(id int64) error {
	u, err := s.users.ByID(id)
	if err != nil {
		return err
	}
	return s.remind([]string{u.Email}, "Hello "+u.Name) // want `User.Email \(email\), User.Name \(name\) reach net/smtp.SendMail via \(\*consent/realcode/iface/auth.Service\).remind, \(\*consent/realcode/iface/mailer.smtpService\).SendReset without a consent check`
}

func (s *Service) remind(to []string, name string) error {
	return s.mail.SendReset(to[0], name)
}

// Welcome mails the user through the service the setup package wires,
// whose implementation lives two imports below.
func (s *Service) Welcome(id int64) error {
	u, err := s.users.ByID(id)
	if err != nil {
		return err
	}
	return setup.Mail().SendReset(u.Email, u.Name) // want `User.Email \(email\), User.Name \(name\) reach net/smtp.SendMail via \(\*consent/realcode/iface/mailer.smtpService\).SendReset, net/smtp.SendMail via \(consent/realcode/iface/relay.relayService\).SendReset without a consent check`
}
