// Package grpcapp serves employee records over gRPC: services
// registered with and without an authorising interceptor, and methods
// that check authorization themselves.
package grpcapp

import (
	"context"
	"errors"
	"net"

	"grpcapp/pb"

	"google.golang.org/grpc"
)

// Store loads employees.
type Store interface {
	Employee(ctx context.Context, id string) (*pb.Employee, error)
}

var errDenied = errors.New("denied")

// Allowed checks that the caller may see personnel files.
//
//hrvet:authorize role=hr
func Allowed(ctx context.Context) error {
	if ctx.Value("role") != "hr" {
		return errDenied
	}
	return nil
}

// Require returns an interceptor that lets only callers of role through.
//
//hrvet:authorize
func Require(role string) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		return handler(ctx, req)
	}
}

// authUnary asks Allowed before it calls the method.
func authUnary(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	if err := Allowed(ctx); err != nil {
		return nil, err
	}
	return handler(ctx, req)
}

// logUnary authorises nothing.
func logUnary(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	return handler(ctx, req)
}

// Serve registers the directory on a server with no interceptor, and the
// personnel files behind an authorising one.
func Serve(lis net.Listener, store Store) error {
	open := grpc.NewServer()
	pb.RegisterDirectoryServer(open, &directory{store: store})

	hr := grpc.NewServer(grpc.UnaryInterceptor(authUnary))
	pb.RegisterPersonnelServer(hr, &personnel{store: store})

	team := grpc.NewServer(grpc.ChainUnaryInterceptor(logUnary, Require("manager")))
	registerTeam(team, store)
	pb.RegisterPersonnelServer(open, &cache{})

	// On one path the server has no interceptor.
	srv := open
	if lis == nil {
		srv = grpc.NewServer(grpc.UnaryInterceptor(authUnary))
	}
	pb.RegisterPersonnelServer(srv, &unsafeFiles{store: store})
	return open.Serve(lis)
}

// registerTeam registers the personnel files on the server it is given:
// Serve's, behind Require("manager").
func registerTeam(s *grpc.Server, store Store) {
	pb.RegisterPersonnelServer(s, &personnel{store: store})
}

// directory serves hr.v1.Directory to anyone.
type directory struct {
	pb.UnimplementedDirectoryServer
	store Store
}

// GetEmployee shows an employee's record: reported.
func (d *directory) GetEmployee(ctx context.Context, req *pb.GetEmployeeRequest) (*pb.Employee, error) {
	e, err := d.store.Employee(ctx, req.GetId())
	if err != nil {
		return nil, err
	}
	return e, nil // want `Employee.Name \(name\), Employee.Passport \(govid\), Employee.Phone \(phone\) are exposed by gRPC /hr.v1.Directory/GetEmployee \(\(\*grpcapp.directory\).GetEmployee\) with no authorization check \(Labour Code art. 88 p.5\)`
}

// CheckedEmployee asks first.
func (d *directory) CheckedEmployee(ctx context.Context, req *pb.GetEmployeeRequest) (*pb.Employee, error) {
	if err := Allowed(ctx); err != nil {
		return nil, err
	}
	e, err := d.store.Employee(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return &pb.Employee{Id: e.Id, Name: e.Name, Phone: e.Phone}, nil
}

// GetRef shows only the ID.
func (d *directory) GetRef(ctx context.Context, req *pb.GetEmployeeRequest) (*pb.EmployeeRef, error) {
	e, err := d.store.Employee(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return &pb.EmployeeRef{Id: e.Id}, nil
}

// UpdateEmployee echoes the record it was sent: the caller sees only
// its own input.
func (d *directory) UpdateEmployee(ctx context.Context, req *pb.Employee) (*pb.Employee, error) {
	return req, nil
}

// personnel serves hr.v1.Personnel, registered behind interceptors.
type personnel struct {
	pb.UnimplementedPersonnelServer
	store Store
}

// GetFile is registered behind authUnary (role hr) and behind
// Require("manager"), whose role roles: says needs no passport.
func (p *personnel) GetFile(ctx context.Context, req *pb.GetEmployeeRequest) (*pb.Employee, error) {
	return p.store.Employee(ctx, req.Id) // want `Employee.Passport \(govid\) is exposed to role manager, which needs only name, phone, email, employment \(Labour Code art. 88 p.5\)`
}

// cache keeps the files in memory: what it returns comes from its
// receiver, which no caller passes.
type cache struct {
	pb.UnimplementedPersonnelServer
	files map[string]*pb.Employee
}

func (c *cache) GetFile(ctx context.Context, req *pb.GetEmployeeRequest) (*pb.Employee, error) {
	return c.files[req.Id], nil // want `Employee.Name \(name\), Employee.Passport \(govid\), Employee.Phone \(phone\) are exposed by gRPC /Personnel/GetFile \(\(\*grpcapp.cache\).GetFile\) with no authorization check`
}

// unsafeFiles opts out of forward compatibility: it embeds
// UnsafePersonnelServer instead of UnimplementedPersonnelServer.
type unsafeFiles struct {
	pb.UnsafePersonnelServer
	store Store
}

func (f *unsafeFiles) GetFile(ctx context.Context, req *pb.GetEmployeeRequest) (*pb.Employee, error) {
	e, err := f.store.Employee(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return &pb.Employee{Id: e.Id, Name: e.Name}, nil // want `Employee.Name \(name\) is exposed by gRPC /Personnel/GetFile \(\(\*grpcapp.unsafeFiles\).GetFile\) with no authorization check`
}
