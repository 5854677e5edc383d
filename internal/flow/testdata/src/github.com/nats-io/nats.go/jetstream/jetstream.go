// Package jetstream is a minimal stub of github.com/nats-io/nats.go/jetstream
// for hrvet's tests: the Publisher interface, with the real names and
// signatures.
package jetstream

import (
	"context"

	"github.com/nats-io/nats.go"
)

// PublishOpt configures a publish.
type PublishOpt func(*pubOpts) error

type pubOpts struct{}

// PubAck acknowledges a publish.
type PubAck struct {
	Stream   string
	Sequence uint64
}

// PubAckFuture is the pending acknowledgement of an asynchronous publish.
type PubAckFuture interface {
	Ok() <-chan *PubAck
}

// Publisher publishes to streams.
type Publisher interface {
	Publish(ctx context.Context, subject string, payload []byte, opts ...PublishOpt) (*PubAck, error)
	PublishMsg(ctx context.Context, msg *nats.Msg, opts ...PublishOpt) (*PubAck, error)
	PublishAsync(subject string, payload []byte, opts ...PublishOpt) (PubAckFuture, error)
	PublishMsgAsync(msg *nats.Msg, opts ...PublishOpt) (PubAckFuture, error)
}

// JetStream is the JetStream API of a connection.
type JetStream interface {
	Publisher
}

// New returns the JetStream API of nc.
func New(nc *nats.Conn) (JetStream, error) { return nil, nil }
