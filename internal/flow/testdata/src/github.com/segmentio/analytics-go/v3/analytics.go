// Package analytics is a minimal stub of github.com/segmentio/analytics-go/v3
// for hrvet's tests: Client.Enqueue and the Track and Identify messages,
// with the real names and signatures.
package analytics

import (
	"io"
	"time"
)

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

// Traits are the traits of a user.
type Traits map[string]interface{}

// NewTraits returns empty traits.
func NewTraits() Traits { return Traits{} }

// Set sets field to value.
func (t Traits) Set(field string, value interface{}) Traits {
	t[field] = value
	return t
}

// Track records an event.
type Track struct {
	MessageId   string
	AnonymousId string
	UserId      string
	Event       string
	Timestamp   time.Time
	Properties  Properties
}

// Validate reports a malformed event.
func (msg Track) Validate() error { return nil }

func (msg Track) internal() {}

// Identify records the traits of a user.
type Identify struct {
	MessageId   string
	AnonymousId string
	UserId      string
	Timestamp   time.Time
	Traits      Traits
}

// Validate reports a malformed message.
func (msg Identify) Validate() error { return nil }

func (msg Identify) internal() {}

// Client queues messages and sends them in batches.
type Client interface {
	io.Closer
	Enqueue(Message) error
}

// New returns a client for writeKey.
func New(writeKey string) Client { return nil }
