package pb

import (
	"context"
	"errors"

	"google.golang.org/grpc"
)

const (
	Directory_GetEmployee_FullMethodName     = "/hr.v1.Directory/GetEmployee"
	Directory_CheckedEmployee_FullMethodName = "/hr.v1.Directory/CheckedEmployee"
	Directory_GetRef_FullMethodName          = "/hr.v1.Directory/GetRef"
	Directory_UpdateEmployee_FullMethodName  = "/hr.v1.Directory/UpdateEmployee"
)

// DirectoryServer is the server API for Directory service.
// All implementations must embed UnimplementedDirectoryServer
// for forward compatibility.
type DirectoryServer interface {
	GetEmployee(context.Context, *GetEmployeeRequest) (*Employee, error)
	CheckedEmployee(context.Context, *GetEmployeeRequest) (*Employee, error)
	GetRef(context.Context, *GetEmployeeRequest) (*EmployeeRef, error)
	UpdateEmployee(context.Context, *Employee) (*Employee, error)
	mustEmbedUnimplementedDirectoryServer()
}

// UnimplementedDirectoryServer must be embedded to have
// forward compatible implementations.
type UnimplementedDirectoryServer struct{}

func (UnimplementedDirectoryServer) GetEmployee(context.Context, *GetEmployeeRequest) (*Employee, error) {
	return nil, errors.New("method GetEmployee not implemented")
}
func (UnimplementedDirectoryServer) CheckedEmployee(context.Context, *GetEmployeeRequest) (*Employee, error) {
	return nil, errors.New("method CheckedEmployee not implemented")
}
func (UnimplementedDirectoryServer) GetRef(context.Context, *GetEmployeeRequest) (*EmployeeRef, error) {
	return nil, errors.New("method GetRef not implemented")
}
func (UnimplementedDirectoryServer) UpdateEmployee(context.Context, *Employee) (*Employee, error) {
	return nil, errors.New("method UpdateEmployee not implemented")
}
func (UnimplementedDirectoryServer) mustEmbedUnimplementedDirectoryServer() {}
func (UnimplementedDirectoryServer) testEmbeddedByValue()                   {}

// UnsafeDirectoryServer may be embedded to opt out of forward compatibility for this service.
// Use of this interface is not recommended, as added methods to DirectoryServer will
// result in compilation errors.
type UnsafeDirectoryServer interface {
	mustEmbedUnimplementedDirectoryServer()
}

func RegisterDirectoryServer(s grpc.ServiceRegistrar, srv DirectoryServer) {
	if t, ok := srv.(interface{ testEmbeddedByValue() }); ok {
		t.testEmbeddedByValue()
	}
	s.RegisterService(&Directory_ServiceDesc, srv)
}

func _Directory_GetEmployee_Handler(srv interface{}, ctx context.Context, dec func(interface{}) error, interceptor grpc.UnaryServerInterceptor) (interface{}, error) {
	in := new(GetEmployeeRequest)
	if err := dec(in); err != nil {
		return nil, err
	}
	if interceptor == nil {
		return srv.(DirectoryServer).GetEmployee(ctx, in)
	}
	info := &grpc.UnaryServerInfo{
		Server:     srv,
		FullMethod: Directory_GetEmployee_FullMethodName,
	}
	handler := func(ctx context.Context, req interface{}) (interface{}, error) {
		return srv.(DirectoryServer).GetEmployee(ctx, req.(*GetEmployeeRequest))
	}
	return interceptor(ctx, in, info, handler)
}

// Directory_ServiceDesc is the grpc.ServiceDesc for Directory service.
var Directory_ServiceDesc = grpc.ServiceDesc{
	ServiceName: "hr.v1.Directory",
	HandlerType: (*DirectoryServer)(nil),
	Methods: []grpc.MethodDesc{
		{MethodName: "GetEmployee", Handler: _Directory_GetEmployee_Handler},
	},
	Streams:  []grpc.StreamDesc{},
	Metadata: "hr/v1/hr.proto",
}

// PersonnelServer is the server API for Personnel service. Its generated
// code is older: no FullMethodName constants.
type PersonnelServer interface {
	GetFile(context.Context, *GetEmployeeRequest) (*Employee, error)
	mustEmbedUnimplementedPersonnelServer()
}

type UnimplementedPersonnelServer struct{}

func (UnimplementedPersonnelServer) GetFile(context.Context, *GetEmployeeRequest) (*Employee, error) {
	return nil, errors.New("method GetFile not implemented")
}
func (UnimplementedPersonnelServer) mustEmbedUnimplementedPersonnelServer() {}

type UnsafePersonnelServer interface {
	mustEmbedUnimplementedPersonnelServer()
}

func RegisterPersonnelServer(s grpc.ServiceRegistrar, srv PersonnelServer) {
	s.RegisterService(&Personnel_ServiceDesc, srv)
}

var Personnel_ServiceDesc = grpc.ServiceDesc{
	ServiceName: "hr.v1.Personnel",
	HandlerType: (*PersonnelServer)(nil),
	Methods:     []grpc.MethodDesc{},
	Streams:     []grpc.StreamDesc{},
	Metadata:    "hr/v1/hr.proto",
}
