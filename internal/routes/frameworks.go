package routes

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// The frameworks, as Registration.Framework names them.
const (
	fwHTTP    = "net/http"
	fwGin     = "gin"
	fwEcho    = "echo"
	fwChi     = "chi"
	fwFiber   = "fiber"
	fwGorilla = "gorilla/mux"
)

// frameworkOf maps a package path to its framework. The fiber adaptors
// convert net/http handlers and middleware into fiber's and have
// nothing else that matters here.
var frameworkOf = map[string]string{
	"net/http":                    fwHTTP,
	"github.com/gin-gonic/gin":    fwGin,
	"github.com/labstack/echo/v4": fwEcho,
	"github.com/go-chi/chi/v5":    fwChi,
	"github.com/go-chi/chi":       fwChi,
	"github.com/gofiber/fiber/v2": fwFiber,
	"github.com/gorilla/mux":      fwGorilla,

	"github.com/gofiber/fiber/v2/middleware/adaptor": fwFiber,
	"github.com/gofiber/adaptor/v2":                  fwFiber,
}

// routerTypes are each framework's types that routes are registered
// on: a pointer to one of them, or the interface itself.
var routerTypes = map[string][]string{
	fwHTTP:    {"ServeMux"},
	fwGin:     {"Engine", "RouterGroup", "IRouter", "IRoutes"},
	fwEcho:    {"Echo", "Group"},
	fwChi:     {"Mux", "Router"},
	fwFiber:   {"App", "Group", "Router"},
	fwGorilla: {"Router"},
}

// opKind says what a call of a framework does.
type opKind uint8

const (
	kNone      opKind = iota
	kRoute            // registers a handler on its receiver
	kUse              // applies middleware to the receiver's routes
	kDerive           // returns a router derived from the receiver: Group, With
	kSubFunc          // calls a function with a derived router: chi's Group and Route, fiber's Route
	kMount            // mounts a router under a prefix
	kNew              // makes a router
	kAdapt            // converts a handler or middleware to another framework's; transparent
	kStrip            // http.StripPrefix: a mount prefix, not middleware
	kServe            // serves a handler: http.ListenAndServe and the like
	kChain            // chi.Chain: a list of middleware
	kChainWrap        // (chi.Middlewares).Handler: applies such a list
	kGRoute           // gorilla: makes or configures a *mux.Route
	kGHandler         // gorilla: sets a *mux.Route's handler
	kGSub             // gorilla: (*mux.Route).Subrouter
)

// role is what an argument of a framework call is.
type role uint8

const (
	rSkip     role = iota
	rPath          // a path, a prefix or a pattern
	rMethod        // an HTTP method
	rMethods       // a []string of HTTP methods
	rHandler       // a handler
	rHandlers      // variadic handlers: middleware, then the handler (gin, fiber)
	rMW            // variadic middleware
	rUseArgs       // fiber's Use: an optional prefix, then middleware
	rFn            // a function called with a derived router
)

// op describes a framework call.
type op struct {
	kind   opKind
	fw     string
	method string // a route's fixed method
	roles  []role // by argument, the receiver left out
	// orderFree middleware applies to every route of the router, however
	// the calls are ordered (echo's root Use and Pre, gorilla's Use); pre
	// runs before the rest (echo's Pre).
	orderFree, pre bool
	// same: the call returns its receiver (gin's Use, fiber's routes).
	same bool
	// pattern: the path may begin with a method ("GET /x").
	pattern bool
}

// argOf returns the argument of cl with role r, or nil.
func (cl call) argOf(r role) ssa.Value {
	if i := cl.arg(r); i >= 0 && i < len(cl.args) {
		return cl.args[i]
	}
	return nil
}

// arg returns the index of the first argument with role r, or -1.
func (o op) arg(r role) int {
	for i, x := range o.roles {
		if x == r {
			return i
		}
	}
	return -1
}

var roleNames = map[string]role{
	"_": rSkip, "path": rPath, "method": rMethod, "methods": rMethods,
	"handler": rHandler, "handlers": rHandlers, "mw": rMW, "use": rUseArgs, "fn": rFn,
}

// ops maps "framework Type.Method" (Type is "func" for a package-level
// function; the router types of a framework share their entries as
// "framework .Method") to what the call does.
var ops = map[string]op{}

func def(fw, name string, kind opKind, roles string, mod ...func(*op)) {
	o := op{kind: kind, fw: fw}
	for _, f := range strings.Fields(roles) {
		o.roles = append(o.roles, roleNames[f])
	}
	for _, m := range mod {
		m(&o)
	}
	ops[fw+" "+name] = o
}

func method(m string) func(*op) { return func(o *op) { o.method = m } }

var (
	orderFree = func(o *op) { o.orderFree = true }
	pre       = func(o *op) { o.orderFree, o.pre = true, true }
	same      = func(o *op) { o.same = true }
	pattern   = func(o *op) { o.pattern = true }
)

var httpMethods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE"}

func init() {
	for _, m := range httpMethods {
		title := m[:1] + strings.ToLower(m[1:])
		def(fwGin, "."+m, kRoute, "path handlers", method(m))
		def(fwEcho, "."+m, kRoute, "path handler mw", method(m))
		def(fwChi, "."+title, kRoute, "path handler", method(m))
		def(fwFiber, "."+title, kRoute, "path handlers", method(m), same)
	}

	def(fwHTTP, "func.Handle", kRoute, "path handler", pattern)
	def(fwHTTP, "func.HandleFunc", kRoute, "path handler", pattern)
	def(fwHTTP, ".Handle", kRoute, "path handler", pattern)
	def(fwHTTP, ".HandleFunc", kRoute, "path handler", pattern)
	def(fwHTTP, "func.NewServeMux", kNew, "")
	def(fwHTTP, "func.StripPrefix", kStrip, "path handler")
	def(fwHTTP, "func.ListenAndServe", kServe, "_ handler")
	def(fwHTTP, "func.ListenAndServeTLS", kServe, "_ _ _ handler")
	def(fwHTTP, "func.Serve", kServe, "_ handler")
	def(fwHTTP, "func.ServeTLS", kServe, "_ handler")

	def(fwGin, ".Any", kRoute, "path handlers")
	def(fwGin, ".Handle", kRoute, "method path handlers")
	def(fwGin, ".Match", kRoute, "methods path handlers")
	def(fwGin, ".Group", kDerive, "path mw")
	def(fwGin, ".Use", kUse, "mw", same)
	def(fwGin, "func.New", kNew, "")
	def(fwGin, "func.Default", kNew, "")
	def(fwGin, "func.WrapF", kAdapt, "handler")
	def(fwGin, "func.WrapH", kAdapt, "handler")

	def(fwEcho, ".Any", kRoute, "path handler mw")
	def(fwEcho, ".RouteNotFound", kRoute, "path handler mw")
	def(fwEcho, ".Add", kRoute, "method path handler mw")
	def(fwEcho, ".Match", kRoute, "methods path handler mw")
	def(fwEcho, ".Group", kDerive, "path mw")
	def(fwEcho, "Echo.Use", kUse, "mw", orderFree)
	def(fwEcho, "Echo.Pre", kUse, "mw", pre)
	def(fwEcho, "Group.Use", kUse, "mw")
	def(fwEcho, "func.New", kNew, "")
	def(fwEcho, "func.WrapHandler", kAdapt, "handler")
	def(fwEcho, "func.WrapMiddleware", kAdapt, "handler")

	def(fwChi, ".Handle", kRoute, "path handler", pattern)
	def(fwChi, ".HandleFunc", kRoute, "path handler", pattern)
	def(fwChi, ".Method", kRoute, "method path handler")
	def(fwChi, ".MethodFunc", kRoute, "method path handler")
	def(fwChi, ".Use", kUse, "mw")
	def(fwChi, ".With", kDerive, "mw")
	def(fwChi, ".Group", kSubFunc, "fn")
	def(fwChi, ".Route", kSubFunc, "path fn")
	def(fwChi, ".Mount", kMount, "path handler")
	def(fwChi, "func.NewRouter", kNew, "")
	def(fwChi, "func.NewMux", kNew, "")
	def(fwChi, "func.Chain", kChain, "mw")
	def(fwChi, "Middlewares.Handler", kChainWrap, "handler")
	def(fwChi, "Middlewares.HandlerFunc", kChainWrap, "handler")

	def(fwFiber, ".All", kRoute, "path handlers", same)
	def(fwFiber, ".Add", kRoute, "method path handlers", same)
	def(fwFiber, ".Group", kDerive, "path mw")
	def(fwFiber, ".Route", kSubFunc, "path fn")
	def(fwFiber, ".Use", kUse, "use", same)
	def(fwFiber, ".Mount", kMount, "path handler", same)
	def(fwFiber, "func.New", kNew, "")
	def(fwFiber, "func.HTTPHandler", kAdapt, "handler")
	def(fwFiber, "func.HTTPHandlerFunc", kAdapt, "handler")
	def(fwFiber, "func.HTTPMiddleware", kAdapt, "handler")

	def(fwGorilla, ".Handle", kRoute, "path handler")
	def(fwGorilla, ".HandleFunc", kRoute, "path handler")
	def(fwGorilla, ".Use", kUse, "mw", orderFree)
	def(fwGorilla, "func.NewRouter", kNew, "")
	for _, m := range []string{"NewRoute", "Path", "PathPrefix", "Methods", "Host", "Headers", "HeadersRegexp", "Queries", "Schemes", "Name", "MatcherFunc", "BuildVarsFunc"} {
		def(fwGorilla, "."+m, kGRoute, "")
		def(fwGorilla, "Route."+m, kGRoute, "")
	}
	def(fwGorilla, "Route.Handler", kGHandler, "handler")
	def(fwGorilla, "Route.HandlerFunc", kGHandler, "handler")
	def(fwGorilla, "Route.Subrouter", kGSub, "")
}

// call is a classified framework call.
type call struct {
	op
	name string      // the function's or method's name
	recv ssa.Value   // the receiver, nil for a function
	args []ssa.Value // the arguments, the receiver left out
}

// classify says what c does, if it is a call of a framework.
func classify(c *ssa.CallCommon) (call, bool) {
	f := calleeFunc(c)
	if f == nil || f.Pkg() == nil {
		return call{}, false
	}
	fw := frameworkOf[f.Pkg().Path()]
	if fw == "" {
		return call{}, false
	}
	recv, args := splitRecv(c)
	sig := f.Type().(*types.Signature)
	if sig.Recv() == nil {
		o, ok := ops[fw+" func."+f.Name()]
		return call{op: o, name: f.Name(), args: args}, ok
	}
	tn := namedOf(sig.Recv().Type())
	if tn == nil {
		return call{}, false
	}
	o, ok := ops[fw+" "+tn.Obj().Name()+"."+f.Name()]
	if !ok && isRouterName(fw, tn.Obj().Name()) {
		o, ok = ops[fw+" ."+f.Name()]
	}
	return call{op: o, name: f.Name(), recv: recv, args: args}, ok
}

// calleeFunc returns the function or method c calls, if known.
func calleeFunc(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if fn := c.StaticCallee(); fn != nil {
		if f, ok := fn.Object().(*types.Func); ok {
			return f.Origin()
		}
	}
	return nil
}

// splitRecv returns the receiver of a method call, if any, and the other
// arguments.
func splitRecv(c *ssa.CallCommon) (ssa.Value, []ssa.Value) {
	if c.IsInvoke() {
		return c.Value, c.Args
	}
	if mc, ok := c.Value.(*ssa.MakeClosure); ok && isBound(mc.Fn.(*ssa.Function)) {
		return mc.Bindings[0], c.Args
	}
	// A method, or a method expression's thunk, takes its receiver first.
	if f := calleeFunc(c); f != nil && f.Signature().Recv() != nil && len(c.Args) > 0 {
		return c.Args[0], c.Args[1:]
	}
	return nil, c.Args
}

func isRouterName(fw, name string) bool {
	for _, n := range routerTypes[fw] {
		if n == name {
			return true
		}
	}
	return false
}

// routerFramework returns the framework whose router t is, or "".
func routerFramework(t types.Type) string {
	tn := namedOf(t)
	if tn == nil || tn.Obj().Pkg() == nil {
		return ""
	}
	fw := frameworkOf[tn.Obj().Pkg().Path()]
	if fw != "" && isRouterName(fw, tn.Obj().Name()) {
		return fw
	}
	return ""
}

// namedOf returns the named type t is or points to.
func namedOf(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, _ := t.(*types.Named)
	return n
}

// isNamed reports whether t is the named type path.name.
func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// isPtrTo reports whether t is a pointer to path.name.
func isPtrTo(t types.Type, path, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && isNamed(p.Elem(), path, name)
}

// isHandlerType reports whether t is a handler's type in one of the
// frameworks: an http.Handler, or a func of a request's shape
// (http.HandlerFunc, gin.HandlerFunc, echo.HandlerFunc, fiber.Handler,
// or the same signatures unnamed).
func isHandlerType(t types.Type) bool {
	if isNamed(t, "net/http", "Handler") {
		return true
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	p, r := sig.Params(), sig.Results()
	switch {
	case p.Len() == 2 && r.Len() == 0:
		return isNamed(p.At(0).Type(), "net/http", "ResponseWriter") && isPtrTo(p.At(1).Type(), "net/http", "Request")
	case p.Len() == 1 && r.Len() == 0:
		return isPtrTo(p.At(0).Type(), "github.com/gin-gonic/gin", "Context")
	case p.Len() == 1 && r.Len() == 1 && types.Identical(r.At(0).Type(), types.Universe.Lookup("error").Type()):
		return isNamed(p.At(0).Type(), "github.com/labstack/echo/v4", "Context") ||
			isPtrTo(p.At(0).Type(), "github.com/gofiber/fiber/v2", "Ctx")
	}
	return false
}

// isBound reports whether fn is the wrapper SSA builds for a method value.
func isBound(fn *ssa.Function) bool {
	return fn != nil && strings.HasSuffix(fn.Name(), "$bound")
}
