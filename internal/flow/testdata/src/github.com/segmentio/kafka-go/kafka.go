// Package kafka is a minimal stub of github.com/segmentio/kafka-go for
// hrvet's tests: the types and sink methods the fixtures call, with the
// real names and signatures, and empty bodies.
package kafka

import (
	"context"
	"time"
)

// Header is a key/value pair attached to a message.
type Header struct {
	Key   string
	Value []byte
}

// Message is a record written to or read from Kafka.
type Message struct {
	Topic   string
	Key     []byte
	Value   []byte
	Headers []Header
	Time    time.Time
}

// Writer writes messages to a topic.
type Writer struct {
	Topic string
}

// WriteMessages writes a batch of messages.
func (w *Writer) WriteMessages(ctx context.Context, msgs ...Message) error { return nil }

// Close flushes and closes the writer.
func (w *Writer) Close() error { return nil }

// Conn is a connection to a partition leader.
type Conn struct{}

// DialLeader opens a connection to the leader of a partition.
func DialLeader(ctx context.Context, network, address, topic string, partition int) (*Conn, error) {
	return &Conn{}, nil
}

// Write writes one message whose value is b.
func (c *Conn) Write(b []byte) (int, error) { return len(b), nil }

// WriteMessages writes a batch of messages.
func (c *Conn) WriteMessages(msgs ...Message) (int, error) { return 0, nil }
