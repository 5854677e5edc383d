// Package svc implements hr.v1.Directory for another package to
// register: what its methods return is judged at the registration.
package svc

import (
	"context"
	"errors"

	"grpcapp/pb"

	"google.golang.org/grpc"
)

// Store loads employees.
type Store interface {
	Employee(ctx context.Context, id string) (*pb.Employee, error)
}

// Server serves the directory.
type Server struct {
	pb.UnimplementedDirectoryServer
	Store Store
}

// GetEmployee shows an employee's record; the server decides who may
// call it.
func (s *Server) GetEmployee(ctx context.Context, req *pb.GetEmployeeRequest) (*pb.Employee, error) {
	e, err := s.Store.Employee(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return e, nil
}

// GetRef shows the ID alone.
func (s *Server) GetRef(ctx context.Context, req *pb.GetEmployeeRequest) (*pb.EmployeeRef, error) {
	e, err := s.Store.Employee(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return &pb.EmployeeRef{Id: e.Id}, nil
}

var errDenied = errors.New("denied")

// Auth lets callers of role hr through.
//
//hrvet:authorize role=hr
func Auth(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	if ctx.Value("role") != "hr" {
		return nil, errDenied
	}
	return handler(ctx, req)
}
