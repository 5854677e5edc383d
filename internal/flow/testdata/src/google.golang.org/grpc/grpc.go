// Package grpc is a minimal stub of google.golang.org/grpc for hrvet's
// tests: the client-side calls and streams, with the real names and
// signatures.
package grpc

import "context"

// CallOption configures a call.
type CallOption interface{}

// DialOption configures a connection.
type DialOption interface{}

// StreamDesc describes a stream.
type StreamDesc struct {
	StreamName    string
	ClientStreams bool
	ServerStreams bool
}

// ClientConn is a virtual connection to a server.
type ClientConn struct{}

// NewClient creates a connection to target.
func NewClient(target string, opts ...DialOption) (conn *ClientConn, err error) {
	return &ClientConn{}, nil
}

// Invoke sends args on the unary method and fills reply.
func (cc *ClientConn) Invoke(ctx context.Context, method string, args, reply any, opts ...CallOption) error {
	return nil
}

// NewStream opens a stream on method.
func (cc *ClientConn) NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error) {
	return nil, nil
}

// Invoke sends args on the unary method over cc and fills reply.
func Invoke(ctx context.Context, method string, args, reply any, cc *ClientConn, opts ...CallOption) error {
	return nil
}

// ClientConnInterface is what generated clients hold.
type ClientConnInterface interface {
	Invoke(ctx context.Context, method string, args any, reply any, opts ...CallOption) error
	NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error)
}

// ClientStream is the client side of a stream.
type ClientStream interface {
	CloseSend() error
	Context() context.Context
	SendMsg(m any) error
	RecvMsg(m any) error
}

// ClientStreamingClient is the client side of a client-streaming call.
type ClientStreamingClient[Req any, Res any] interface {
	Send(*Req) error
	CloseAndRecv() (*Res, error)
	ClientStream
}

// BidiStreamingClient is the client side of a bidirectional stream.
type BidiStreamingClient[Req any, Res any] interface {
	Send(*Req) error
	Recv() (*Res, error)
	ClientStream
}

// GenericClientStream implements the streaming client interfaces.
type GenericClientStream[Req any, Res any] struct {
	ClientStream
}

// Send sends m on the stream.
func (x *GenericClientStream[Req, Res]) Send(m *Req) error { return nil }

// Recv receives the next response.
func (x *GenericClientStream[Req, Res]) Recv() (*Res, error) { return new(Res), nil }

// CloseAndRecv closes the sending side and receives the response.
func (x *GenericClientStream[Req, Res]) CloseAndRecv() (*Res, error) { return new(Res), nil }
