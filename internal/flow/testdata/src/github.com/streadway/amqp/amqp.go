// Package amqp is a minimal stub of github.com/streadway/amqp for hrvet's
// tests: Channel.Publish, with the real signature.
package amqp

// Publishing is a message to publish.
type Publishing struct {
	ContentType string
	Body        []byte
}

// Channel is an AMQP channel.
type Channel struct{}

// Publish publishes msg to exchange with routing key key.
func (ch *Channel) Publish(exchange, key string, mandatory, immediate bool, msg Publishing) error {
	return nil
}
