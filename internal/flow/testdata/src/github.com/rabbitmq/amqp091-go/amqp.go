// Package amqp091 is a minimal stub of github.com/rabbitmq/amqp091-go for
// hrvet's tests: the publishing methods of Channel, with the real names and
// signatures.
package amqp091

import "context"

// Table holds message headers.
type Table map[string]interface{}

// Publishing is a message to publish.
type Publishing struct {
	Headers     Table
	ContentType string
	Body        []byte
}

// DeferredConfirmation is the pending confirmation of a publish.
type DeferredConfirmation struct{}

// Connection is a connection to a broker.
type Connection struct{}

// Dial connects to a broker.
func Dial(url string) (*Connection, error) { return &Connection{}, nil }

// Channel opens a channel.
func (c *Connection) Channel() (*Channel, error) { return &Channel{}, nil }

// Channel is an AMQP channel.
type Channel struct{}

// Publish publishes msg to exchange with routing key key.
func (ch *Channel) Publish(exchange, key string, mandatory, immediate bool, msg Publishing) error {
	return nil
}

// PublishWithContext publishes msg to exchange with routing key key.
func (ch *Channel) PublishWithContext(ctx context.Context, exchange, key string, mandatory, immediate bool, msg Publishing) error {
	return nil
}

// PublishWithDeferredConfirm publishes msg and returns its confirmation.
func (ch *Channel) PublishWithDeferredConfirm(exchange, key string, mandatory, immediate bool, msg Publishing) (*DeferredConfirmation, error) {
	return nil, nil
}

// PublishWithDeferredConfirmWithContext publishes msg and returns its
// confirmation.
func (ch *Channel) PublishWithDeferredConfirmWithContext(ctx context.Context, exchange, key string, mandatory, immediate bool, msg Publishing) (*DeferredConfirmation, error) {
	return nil, nil
}
