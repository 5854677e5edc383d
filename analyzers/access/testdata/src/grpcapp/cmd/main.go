// Command cmd registers package svc's directory twice: on a server with
// no interceptor and on one behind svc.Auth.
package main

import (
	"net"

	"grpcapp/pb"
	"grpcapp/svc"

	"google.golang.org/grpc"
)

func main() {
	lis, _ := net.Listen("tcp", ":8443")
	open := grpc.NewServer()
	pb.RegisterDirectoryServer(open, &svc.Server{}) // want `Employee.Name \(name\), Employee.Passport \(govid\), Employee.Phone \(phone\) are exposed by gRPC /hr.v1.Directory/GetEmployee \(\(\*grpcapp/svc.Server\).GetEmployee\) with no authorization check \(Labour Code art. 88 p.5\)`
	guarded := newServer()
	pb.RegisterDirectoryServer(guarded, &svc.Server{})
	go open.Serve(lis)
	guarded.Serve(lis)
}

// newServer makes a server whose options install svc.Auth.
func newServer() *grpc.Server {
	opts := []grpc.ServerOption{grpc.UnaryInterceptor(svc.Auth)}
	return grpc.NewServer(opts...)
}
