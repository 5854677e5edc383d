// Package grpc is a stub of google.golang.org/grpc with the signatures of
// v1.85.0 that the tests use.
package grpc

import (
	"context"
	"net"
)

type serverOptions struct {
	unaryInt  UnaryServerInterceptor
	chainInts []UnaryServerInterceptor
}

// ServerOption sets options such as credentials and interceptors.
type ServerOption interface {
	apply(*serverOptions)
}

type funcServerOption struct{ f func(*serverOptions) }

func (o *funcServerOption) apply(so *serverOptions) { o.f(so) }

type UnaryServerInfo struct {
	Server     any
	FullMethod string
}

type UnaryHandler func(ctx context.Context, req any) (any, error)

type UnaryServerInterceptor func(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (resp any, err error)

func UnaryInterceptor(i UnaryServerInterceptor) ServerOption {
	return &funcServerOption{f: func(o *serverOptions) { o.unaryInt = i }}
}

func ChainUnaryInterceptor(interceptors ...UnaryServerInterceptor) ServerOption {
	return &funcServerOption{f: func(o *serverOptions) { o.chainInts = append(o.chainInts, interceptors...) }}
}

type MethodHandler func(srv any, ctx context.Context, dec func(any) error, interceptor UnaryServerInterceptor) (any, error)

type MethodDesc struct {
	MethodName string
	Handler    MethodHandler
}

type StreamDesc struct {
	StreamName    string
	ServerStreams bool
	ClientStreams bool
}

type ServiceDesc struct {
	ServiceName string
	HandlerType any
	Methods     []MethodDesc
	Streams     []StreamDesc
	Metadata    any
}

type ServiceRegistrar interface {
	RegisterService(desc *ServiceDesc, impl any)
}

type Server struct {
	opts     serverOptions
	services map[string]any
}

func NewServer(opt ...ServerOption) *Server {
	s := &Server{services: make(map[string]any)}
	for _, o := range opt {
		o.apply(&s.opts)
	}
	return s
}

func (s *Server) RegisterService(sd *ServiceDesc, ss any) { s.services[sd.ServiceName] = ss }

func (s *Server) Serve(lis net.Listener) error { return nil }

func (s *Server) Stop() {}
