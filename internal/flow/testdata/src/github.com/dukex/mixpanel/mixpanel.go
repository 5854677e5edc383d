// Package mixpanel is a minimal stub of github.com/dukex/mixpanel for
// hrvet's tests: the Mixpanel interface, with the real names and
// signatures.
package mixpanel

import "time"

// Event is an event to track.
type Event struct {
	IP         string
	Timestamp  *time.Time
	Properties map[string]interface{}
}

// Update is a profile update.
type Update struct {
	IP         string
	Timestamp  *time.Time
	Operation  string
	Properties map[string]interface{}
}

// Mixpanel is the client.
type Mixpanel interface {
	Track(distinctId, eventName string, e *Event) error
	Update(distinctId string, u *Update) error
	Alias(distinctId, newId string) error
}

// New returns a client for token.
func New(token, apiURL string) Mixpanel { return nil }
