// Package adapter implements port.Accounts; the related information of
// what its method logs names the parameter and the interface method its
// callers call.
package adapter

import (
	"log"

	"dynamicnote/port"
)

// Accounts implements port.Accounts.
type Accounts struct{}

// Open logs the address.
func (Accounts) Open(req port.Signup) error {
	log.Printf("open %s", req.Email) // want `Signup.Email \(email\) comes from here: parameter req, given by the callers of \(dynamicnote/port.Accounts\).Open`
	return nil
}
