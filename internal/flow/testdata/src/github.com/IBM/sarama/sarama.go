// Package sarama is a minimal stub of github.com/IBM/sarama for hrvet's
// tests: the producer interfaces and message types, with the real names and
// signatures.
package sarama

// Encoder is a value that can be sent as a message key or value.
type Encoder interface {
	Encode() ([]byte, error)
	Length() int
}

// StringEncoder encodes a string.
type StringEncoder string

// Encode returns the bytes of s.
func (s StringEncoder) Encode() ([]byte, error) { return []byte(s), nil }

// Length returns the length of s.
func (s StringEncoder) Length() int { return len(s) }

// ByteEncoder encodes a byte slice.
type ByteEncoder []byte

// Encode returns b.
func (b ByteEncoder) Encode() ([]byte, error) { return b, nil }

// Length returns the length of b.
func (b ByteEncoder) Length() int { return len(b) }

// ProducerMessage is a message to produce.
type ProducerMessage struct {
	Topic string
	Key   Encoder
	Value Encoder
}

// Config configures producers.
type Config struct{}

// NewConfig returns a default configuration.
func NewConfig() *Config { return &Config{} }

// SyncProducer publishes messages and waits for the acknowledgement.
type SyncProducer interface {
	SendMessage(msg *ProducerMessage) (partition int32, offset int64, err error)
	SendMessages(msgs []*ProducerMessage) error
	Close() error
}

// NewSyncProducer creates a SyncProducer.
func NewSyncProducer(addrs []string, config *Config) (SyncProducer, error) { return nil, nil }

// AsyncProducer publishes the messages sent on its Input channel.
type AsyncProducer interface {
	Input() chan<- *ProducerMessage
	Close() error
}

// NewAsyncProducer creates an AsyncProducer.
func NewAsyncProducer(addrs []string, config *Config) (AsyncProducer, error) { return nil, nil }
