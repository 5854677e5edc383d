// Package domain logs the mail domains of sign-ups for a report on which
// companies use the service: the domain of an address is not the
// address, but the address is.
package domain

import (
	"log"
	"strings"
)

// Signup is a new account.
type Signup struct {
	ID    int64  `pd:"-"`
	Email string `pd:"email"`
	Phone string `pd:"phone"`
}

// Signups loads sign-ups.
type Signups interface {
	Recent() ([]*Signup, error)
}

// Report logs each sign-up's mail domain.
func Report(s Signups) {
	recent, err := s.Recent()
	if err != nil {
		return
	}
	for _, su := range recent {
		at := strings.LastIndex(su.Email, "@")
		if at < 0 {
			continue
		}
		log.Printf("sign-up from %s", su.Email[at+1:]) // OK: the domain
		log.Printf("sign-up %s", su.Email)             // want `Signup.Email \(email\) reaches log.Printf without a redactor`
	}
}
