// Package sentry is a minimal stub of github.com/getsentry/sentry-go for
// hrvet's tests: capturing a message or an error and setting the user of
// a scope, with the real names and signatures.
package sentry

// EventID identifies an event.
type EventID string

// User is the user an event is about.
type User struct {
	ID        string `json:"id,omitempty"`
	Email     string `json:"email,omitempty"`
	IPAddress string `json:"ip_address,omitempty"`
	Username  string `json:"username,omitempty"`
	Name      string `json:"name,omitempty"`
}

// Scope holds what every event captured in it carries.
type Scope struct {
	user User
	tags map[string]string
}

// NewScope returns an empty scope.
func NewScope() *Scope { return &Scope{tags: map[string]string{}} }

// SetUser sets the user of the scope's events.
func (scope *Scope) SetUser(user User) { scope.user = user }

// SetTag sets a tag of the scope's events.
func (scope *Scope) SetTag(key, value string) { scope.tags[key] = value }

// ConfigureScope calls f with the current scope.
func ConfigureScope(f func(scope *Scope)) { f(&Scope{tags: map[string]string{}}) }

// CaptureMessage sends a message event.
func CaptureMessage(message string) *EventID { return nil }

// CaptureException sends an error event.
func CaptureException(exception error) *EventID { return nil }
