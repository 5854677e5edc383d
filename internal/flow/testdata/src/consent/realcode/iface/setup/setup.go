// Package setup wires the mail service the application uses.
package setup

import (
	"consent/realcode/iface/mailer"
	"consent/realcode/iface/relay"
)

// Mail returns the configured mail service.
func Mail() mailer.Service { return relay.New() }
