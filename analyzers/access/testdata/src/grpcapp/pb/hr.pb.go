// Package pb is what protoc-gen-go and protoc-gen-go-grpc generate for
// hr/v1/hr.proto, cut down to what the tests use.
package pb

type GetEmployeeRequest struct {
	Id string `protobuf:"bytes,1,opt,name=id,proto3" json:"id,omitempty"`
}

func (x *GetEmployeeRequest) GetId() string {
	if x != nil {
		return x.Id
	}
	return ""
}

type Employee struct {
	Id       string `protobuf:"bytes,1,opt,name=id,proto3" json:"id,omitempty"`
	Name     string `protobuf:"bytes,2,opt,name=name,proto3" json:"name,omitempty"`
	Phone    string `protobuf:"bytes,3,opt,name=phone,proto3" json:"phone,omitempty"`
	Passport string `protobuf:"bytes,4,opt,name=passport,proto3" json:"passport,omitempty"`
}

func (x *Employee) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}

type EmployeeRef struct {
	Id string `protobuf:"bytes,1,opt,name=id,proto3" json:"id,omitempty"`
}
