// Package redis is a minimal stub of github.com/redis/go-redis/v9 for
// hrvet's tests. As in the real package, the commands are methods of the
// unexported func type cmdable, embedded in Client.
package redis

import (
	"context"
	"time"
)

// Cmder is a command.
type Cmder interface {
	Err() error
}

// StatusCmd is a command with a status reply.
type StatusCmd struct{}

// Err returns the command's error.
func (cmd *StatusCmd) Err() error { return nil }

// IntCmd is a command with an integer reply.
type IntCmd struct{}

// Err returns the command's error.
func (cmd *IntCmd) Err() error { return nil }

type cmdable func(ctx context.Context, cmd Cmder) error

// Set sets key to value.
func (c cmdable) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return &StatusCmd{}
}

// HSet sets hash fields.
func (c cmdable) HSet(ctx context.Context, key string, values ...interface{}) *IntCmd {
	return &IntCmd{}
}

// Publish posts message on channel.
func (c cmdable) Publish(ctx context.Context, channel string, message interface{}) *IntCmd {
	return &IntCmd{}
}

// Options configures a Client.
type Options struct {
	Addr string
}

// Client is a Redis client.
type Client struct {
	cmdable
}

// NewClient returns a client.
func NewClient(opt *Options) *Client { return &Client{} }
