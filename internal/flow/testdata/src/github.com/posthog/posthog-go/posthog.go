// Package posthog is a minimal stub of github.com/posthog/posthog-go for
// hrvet's tests: EnqueueClient.Enqueue (embedded in Client) and the Capture
// message, with the real names and signatures.
package posthog

import "io"

// Message is a value Enqueue accepts.
type Message interface {
	Validate() error
	internal()
}

// Properties are the properties of an event.
type Properties map[string]interface{}

// NewProperties returns empty properties.
func NewProperties() Properties { return Properties{} }

// Set sets name to value.
func (p Properties) Set(name string, value interface{}) Properties {
	p[name] = value
	return p
}

// Capture records an event.
type Capture struct {
	DistinctId string
	Event      string
	Properties Properties
}

// Validate reports a malformed event.
func (msg Capture) Validate() error { return nil }

func (msg Capture) internal() {}

// EnqueueClient queues messages.
type EnqueueClient interface {
	io.Closer
	Enqueue(Message) error
}

// Client is the PostHog client.
type Client interface {
	io.Closer
	EnqueueClient
}

// New returns a client for apiKey.
func New(apiKey string) Client { return nil }
