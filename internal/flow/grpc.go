package flow

import (
	"go/constant"
	"go/types"
	"strings"

	"github.com/hrvet/hrvet/internal/routes"
	"golang.org/x/tools/go/ssa"
)

// The results of a gRPC server method are shown to its caller (SPEC
// section 5): a method of a type that implements a generated service is
// an RPC handler, and what the response message it returns carries is
// exposed at its return. Its registration, pb.Register<Service>Server(s,
// impl), is a route whose middleware are the unary interceptors of the
// server s.

// grpcPkg is the import path of grpc-go.
const grpcPkg = "google.golang.org/grpc"

// rpcSink names the sink of a gRPC server method's response.
const rpcSink = "gRPC response of "

// maxServerChase bounds how far a server given to a registration is
// followed back through the package's calls.
const maxServerChase = 3

// rpcMethod reports whether fn is a unary RPC handler of a generated gRPC
// service: an exported method func(context.Context, *Req) (*Resp, error)
// of a struct type that embeds the service's Unimplemented<S>Server (and
// the embedded type has a method of that name) or Unsafe<S>Server.
// Streaming methods are not recognised.
func rpcMethod(fn *ssa.Function) (*types.Func, bool) {
	if fn.Parent() != nil || fn.Synthetic != "" {
		return nil, false
	}
	obj := funcObject(fn)
	if obj == nil || !obj.Exported() || !unaryRPC(obj.Signature()) {
		return nil, false
	}
	st, ok := derefStruct(obj.Signature().Recv().Type())
	if !ok {
		return nil, false
	}
	for f := range st.Fields() {
		if !f.Embedded() {
			continue
		}
		named, ok := types.Unalias(derefType(f.Type())).(*types.Named)
		if !ok {
			continue
		}
		switch name := named.Obj().Name(); {
		case serviceName(name, "Unsafe") != "":
			return obj, true
		case serviceName(name, "Unimplemented") != "":
			if m, _, _ := types.LookupFieldOrMethod(named, true, named.Obj().Pkg(), obj.Name()); m != nil {
				if _, ok := m.(*types.Func); ok {
					return obj, true
				}
			}
		}
	}
	return nil, false
}

// unaryRPC reports whether sig is a unary RPC method's:
// (context.Context, *Req) (*Resp, error), with a receiver.
func unaryRPC(sig *types.Signature) bool {
	if sig.Recv() == nil || sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return false
	}
	_, req := sig.Params().At(1).Type().Underlying().(*types.Pointer)
	_, resp := sig.Results().At(0).Type().Underlying().(*types.Pointer)
	return isContext(sig.Params().At(0).Type()) && req && resp && isError(sig.Results().At(1).Type())
}

// serviceName returns S of a generated name <prefix>SServer, or "".
func serviceName(name, prefix string) string {
	s, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return ""
	}
	s, ok = strings.CutSuffix(s, "Server")
	if !ok {
		return ""
	}
	return s
}

// rpcResponse records, in the final round, the response a unary RPC
// handler returns as exposed there. Data that originate in the method
// count, and those its receiver holds (records a server keeps in
// memory), which no caller passes: the server the handler is registered
// on is its only caller. The request message's data do not: it is the
// caller's own input, and echoed back it shows the caller nothing new.
// So parameters' data become neither flows nor a summary's parameter
// flows.
func (u *unit) rpcResponse(x *ssa.Return) {
	if !u.final || x.Parent() != u.top || len(x.Results) == 0 {
		return
	}
	obj, ok := rpcMethod(u.top)
	if !ok {
		return
	}
	recv := u.top.Params[0]
	var s labelSet
	for _, l := range u.deep(x.Results[0]) {
		src := &u.sources[l.src]
		switch {
		case src.param < 0:
			s = s.add(l)
		case src.fn == u.top && src.param == 0:
			id, ok := u.origin(srcKey{at: heldBy{x, l.sel}, kind: keyRead}, func() source {
				data := u.heldData(recv.Type(), l.sel)
				for i := range data {
					data[i].note = "held by the receiver " + recv.Name() + " of " + obj.FullName()
				}
				return source{pos: recv.Pos(), data: data, root: recv}
			})
			if ok {
				s = s.add(label{src: id, at: l.at})
			}
		}
	}
	name := obj.FullName()
	u.sinkEvent(x, sinkSpec{kind: exposeKind, sink: rpcSink + name}, name, []argData{{arg: -1, ast: -1, labels: s}})
}

// heldData lists the personal data part sel of a value of type t holds:
// those of the field sel ends at, named as a read of the field names
// them ("Employee.Phone", not the path from t).
func (u *unit) heldData(t types.Type, sel string) []carried {
	var owner types.Type
	var f *types.Var
	for sel != "" {
		var name string
		name, sel = firstField(sel)
		named, st := elemStructType(t)
		if st == nil {
			return nil
		}
		owner, f = named, nil
		for fv := range st.Fields() {
			if fv.Name() == name {
				f = fv
			}
		}
		if f == nil {
			return nil
		}
		t = f.Type()
	}
	if f == nil {
		return u.typeData(t)
	}
	return u.fieldData(owner, f)
}

// heldBy keys the origin of the data an RPC handler's receiver holds,
// selected down sel, at a return.
type heldBy struct {
	ret *ssa.Return
	sel string
}

// isRegisterServer reports whether fn is a generated
// Register<Service>Server(s, impl): a function of two parameters, the
// second an interface (the service's).
func isRegisterServer(fn *types.Func) bool {
	sig := fn.Signature()
	return sig.Recv() == nil && serviceName(fn.Name(), "Register") != "" &&
		sig.Params().Len() == 2 && types.IsInterface(sig.Params().At(1).Type())
}

// grpcSetup reports whether fn registers a gRPC service or makes a
// server: the functions that call it must be analysed for their routes.
func grpcSetup(fn *types.Func) bool {
	return isRegisterServer(fn) || fn.FullName() == grpcPkg+".NewServer"
}

// grpcServer is a server a service is registered on: the unary
// interceptors its options install, outermost first, or open when they
// are not known here.
type grpcServer struct {
	interceptors []routes.Middleware
	open         bool
}

// grpcRoutes finds the gRPC registrations in fns: one route per RPC of
// the service and server registered. Methods of this package's types
// become registrations of their handlers; those of another package's
// types are judged here by their summaries, as importedExposures does.
func (p *pkgCtx) grpcRoutes(fns []*ssa.Function) ([]routes.Registration, []*Flow) {
	var calls []*ssa.Call
	callers := make(map[*ssa.Function][]*ssa.Call) // the package's calls of its functions
	for _, fn := range fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				_, obj := calledFunc(call)
				if obj == nil {
					continue
				}
				if obj.Pkg() == p.pass.Pkg {
					callee := call.Call.StaticCallee()
					callers[callee] = append(callers[callee], call)
				}
				if isRegisterServer(obj) && len(call.Call.Args) == 2 {
					calls = append(calls, call)
				}
			}
		}
	}
	var regs []routes.Registration
	var imported []*Flow
	for _, call := range calls {
		register := funcObject(call.Call.StaticCallee())
		impl := throughInterfaces(call.Call.Args[1]).Type()
		if types.IsInterface(impl) {
			continue // the concrete type is not known here
		}
		iface := register.Signature().Params().At(1).Type().Underlying().(*types.Interface)
		servers := p.grpcServers(call.Call.Args[0], callers, 0)
		service := serviceName(register.Name(), "Register")
		mset := types.NewMethodSet(impl)
		for m := range iface.Methods() {
			sel := mset.Lookup(m.Pkg(), m.Name())
			if !m.Exported() || sel == nil {
				continue
			}
			method, _ := sel.Obj().(*types.Func)
			if method == nil || generatedStub(method) {
				continue
			}
			for _, srv := range servers {
				r := routes.Registration{Pos: call.Pos(), Framework: "grpc", Method: "gRPC",
					Path: rpcPath(register.Pkg(), service, m.Name()), Middleware: srv.interceptors, Open: srv.open}
				if method.Pkg() != p.pass.Pkg {
					imported = append(imported, p.importedExposures(r, method)...)
					continue
				}
				if r.Handler = p.prog.FuncValue(method); r.Handler != nil {
					regs = append(regs, r)
				}
			}
		}
	}
	return regs, imported
}

// generatedStub reports whether method is the generated
// Unimplemented<S>Server's, promoted into the implementation.
func generatedStub(method *types.Func) bool {
	named, ok := types.Unalias(derefType(method.Signature().Recv().Type())).(*types.Named)
	return ok && serviceName(named.Obj().Name(), "Unimplemented") != ""
}

// rpcPath is the full name of a service's method: the generated
// <S>_<M>_FullMethodName constant's ("/hr.v1.Directory/GetEmployee"),
// or "/<S>/<M>" where the generator wrote none.
func rpcPath(pkg *types.Package, service, method string) string {
	if c, ok := pkg.Scope().Lookup(service + "_" + method + "_FullMethodName").(*types.Const); ok && c.Val().Kind() == constant.String {
		return constant.StringVal(c.Val())
	}
	return "/" + service + "/" + method
}

// grpcServers traces the server given to a registration back to
// grpc.NewServer: in the registering function, through a function of the
// package that returns it, or through the parameter it came in by to the
// package's calls of the function. One server for each way found; open
// where the trail ends elsewhere (a field, a global, another package's
// call, a function nobody here calls).
func (p *pkgCtx) grpcServers(v ssa.Value, callers map[*ssa.Function][]*ssa.Call, depth int) []grpcServer {
	v = throughInterfaces(v)
	if depth > maxServerChase {
		return []grpcServer{{open: true}}
	}
	switch x := v.(type) {
	case *ssa.Call:
		if _, obj := calledFunc(x); obj != nil && obj.FullName() == grpcPkg+".NewServer" {
			return []grpcServer{p.serverOptions(x)}
		}
		callee := x.Call.StaticCallee()
		if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg != p.pass.Pkg {
			break
		}
		var out []grpcServer
		for _, b := range callee.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
				out = append(out, p.grpcServers(ret.Results[0], callers, depth+1)...)
			}
		}
		if len(out) > 0 {
			return out
		}
	case *ssa.Phi:
		var out []grpcServer
		for _, e := range x.Edges {
			out = append(out, p.grpcServers(e, callers, depth+1)...)
		}
		return out
	case *ssa.Parameter:
		fn := x.Parent()
		i := paramIndex(fn, x)
		var out []grpcServer
		for _, call := range callers[fn] {
			if args := call.Call.Args; i < len(args) {
				out = append(out, p.grpcServers(args[i], callers, depth+1)...)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return []grpcServer{{open: true}}
}

// paramIndex returns the index of prm among fn's parameters, the
// receiver counting, as a static call's arguments do.
func paramIndex(fn *ssa.Function, prm *ssa.Parameter) int {
	for i, q := range fn.Params {
		if q == prm {
			return i
		}
	}
	return -1
}

// serverOptions reads the unary interceptors of a grpc.NewServer call's
// options: UnaryInterceptor(f) and ChainUnaryInterceptor(fs...). An
// option that cannot be read (built elsewhere, a slice passed on) makes
// the server open.
func (p *pkgCtx) serverOptions(call *ssa.Call) grpcServer {
	if len(call.Call.Args) != 1 {
		return grpcServer{open: true}
	}
	var srv grpcServer
	opts, ok := sliceElems(call.Call.Args[0], 0)
	srv.open = !ok
	for _, o := range opts {
		oc, obj := calledFunc(o)
		if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != grpcPkg {
			srv.open = true
			continue
		}
		var fs []ssa.Value
		switch obj.Name() {
		case "UnaryInterceptor":
			fs = oc.Call.Args
		case "ChainUnaryInterceptor":
			if len(oc.Call.Args) != 1 {
				srv.open = true
			} else if fs, ok = sliceElems(oc.Call.Args[0], 0); !ok {
				srv.open = true
			}
		}
		for _, f := range fs {
			srv.interceptors = append(srv.interceptors, routes.Middleware{Value: f, Pos: oc.Pos()})
		}
	}
	return srv
}

// calledFunc returns v as a call, and the declared function it calls
// statically, if any.
func calledFunc(v ssa.Value) (*ssa.Call, *types.Func) {
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil, nil
	}
	if callee := call.Call.StaticCallee(); callee != nil {
		return call, funcObject(callee)
	}
	return call, nil
}

// sliceElems returns the elements of a slice built in the function: a
// variadic argument list or a slice literal, appended to or not; none for
// a nil slice. ok is false where the elements are not known.
func sliceElems(v ssa.Value, depth int) ([]ssa.Value, bool) {
	if depth > maxRootChase {
		return nil, false
	}
	switch x := v.(type) {
	case *ssa.Const:
		return nil, x.IsNil()
	case *ssa.Slice:
		al, ok := x.X.(*ssa.Alloc)
		if !ok {
			return nil, false
		}
		var out []ssa.Value
		for _, r := range *al.Referrers() {
			ia, ok := r.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			for _, r := range *ia.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
					out = append(out, st.Val)
				}
			}
		}
		return out, true
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
			var out []ssa.Value
			for _, a := range x.Call.Args {
				elems, ok := sliceElems(a, depth+1)
				if !ok {
					return nil, false
				}
				out = append(out, elems...)
			}
			return out, true
		}
	}
	return nil, false
}
