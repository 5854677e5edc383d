// Package nats is a minimal stub of github.com/nats-io/nats.go for hrvet's
// tests: the publishing methods of Conn, EncodedConn and JetStream, with the
// real names and signatures.
package nats

import (
	"context"
	"time"
)

// Header holds message headers.
type Header map[string][]string

// Msg is a message sent or received.
type Msg struct {
	Subject string
	Reply   string
	Header  Header
	Data    []byte
}

// Conn is a connection to a NATS server.
type Conn struct{}

// Connect connects to a server.
func Connect(url string) (*Conn, error) { return &Conn{}, nil }

// Publish publishes data to subj.
func (nc *Conn) Publish(subj string, data []byte) error { return nil }

// PublishMsg publishes m.
func (nc *Conn) PublishMsg(m *Msg) error { return nil }

// PublishRequest publishes data to subj, expecting the answer on reply.
func (nc *Conn) PublishRequest(subj, reply string, data []byte) error { return nil }

// Request sends data to subj and waits for one answer.
func (nc *Conn) Request(subj string, data []byte, timeout time.Duration) (*Msg, error) {
	return nil, nil
}

// RequestWithContext sends data to subj and waits for one answer.
func (nc *Conn) RequestWithContext(ctx context.Context, subj string, data []byte) (*Msg, error) {
	return nil, nil
}

// RequestMsg sends msg and waits for one answer.
func (nc *Conn) RequestMsg(msg *Msg, timeout time.Duration) (*Msg, error) { return nil, nil }

// RequestMsgWithContext sends msg and waits for one answer.
func (nc *Conn) RequestMsgWithContext(ctx context.Context, msg *Msg) (*Msg, error) {
	return nil, nil
}

// JetStream returns the JetStream context of the connection.
func (nc *Conn) JetStream() (JetStreamContext, error) { return nil, nil }

// EncodedConn encodes values before publishing them.
type EncodedConn struct {
	Conn *Conn
}

// NewEncodedConn wraps c with the named encoder.
func NewEncodedConn(c *Conn, encType string) (*EncodedConn, error) {
	return &EncodedConn{Conn: c}, nil
}

// Publish encodes v and publishes it to subject.
func (c *EncodedConn) Publish(subject string, v any) error { return nil }

// PubOpt configures a JetStream publish.
type PubOpt interface{}

// PubAck acknowledges a JetStream publish.
type PubAck struct {
	Stream   string
	Sequence uint64
}

// PubAckFuture is the pending acknowledgement of an asynchronous publish.
type PubAckFuture interface {
	Ok() <-chan *PubAck
}

// JetStream publishes to streams.
type JetStream interface {
	Publish(subj string, data []byte, opts ...PubOpt) (*PubAck, error)
	PublishMsg(m *Msg, opts ...PubOpt) (*PubAck, error)
	PublishAsync(subj string, data []byte, opts ...PubOpt) (PubAckFuture, error)
	PublishMsgAsync(m *Msg, opts ...PubOpt) (PubAckFuture, error)
}

// JetStreamContext is what Conn.JetStream returns.
type JetStreamContext interface {
	JetStream
}
