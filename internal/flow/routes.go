package flow

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"

	"github.com/hrvet/hrvet/internal/routes"
	"golang.org/x/tools/go/ssa"
)

// maxCallerDepth bounds how far up the package's static calls the
// handler of an expose flow is looked for, from the function that
// writes the response.
const maxCallerDepth = 4

// routeCtx is what the package's registrations say, for the expose flows.
type routeCtx struct {
	byHandler  map[*ssa.Function][]routes.Registration
	unfollowed map[*ssa.Function]string
	callers    map[*ssa.Function][]ssa.CallInstruction
}

// accessOf fills in, for each expose flow of the package, how requests
// reach its handler: the routes that register it, directly or through
// the package's static calls, and whether an authorization stands in
// front of each (SPEC section 6, access rules). It runs once every
// function is analysed, since a middleware is judged by its summary.
func (p *pkgCtx) accessOf(tops []*ssa.Function) {
	var exposed []*Flow
	for _, f := range p.result.Flows {
		if f.fn != nil {
			exposed = append(exposed, f)
		}
	}
	if len(exposed) == 0 && !p.seesWebAPI() {
		return // nothing exposed here, and nothing here can register a handler
	}
	var fns []*ssa.Function
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		fns = append(fns, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, t := range tops {
		add(t)
	}
	found := routes.Find(fns)
	rpcs, imported := p.grpcRoutes(fns)
	found.Registrations = append(found.Registrations, rpcs...)
	p.result.Flows = append(p.result.Flows, imported...)
	rc := routeCtx{
		byHandler:  make(map[*ssa.Function][]routes.Registration),
		unfollowed: make(map[*ssa.Function]string),
		callers:    make(map[*ssa.Function][]ssa.CallInstruction),
	}
	for _, r := range found.Registrations {
		if obj := handlerObject(r); obj != nil && obj.Pkg() != p.pass.Pkg {
			p.result.Flows = append(p.result.Flows, p.importedExposures(r, obj)...)
			continue
		}
		if r.Handler != nil {
			rc.byHandler[r.Handler] = append(rc.byHandler[r.Handler], r)
		}
	}
	p.result.Flows = append(p.result.Flows, p.routerArgFlows(found.RouterArgs)...)
	if len(exposed) == 0 {
		return
	}
	for _, u := range found.Unfollowed {
		if u.Handler != nil && rc.unfollowed[u.Handler] == "" {
			rc.unfollowed[u.Handler] = u.Why
		}
	}
	for _, fn := range fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if ci, ok := instr.(ssa.CallInstruction); ok && !ci.Common().IsInvoke() {
					if callee := ci.Common().StaticCallee(); callee != nil && callee.Pkg != nil && callee.Pkg.Pkg == p.pass.Pkg {
						rc.callers[callee] = append(rc.callers[callee], ci)
					}
				}
			}
		}
	}
	for _, f := range exposed {
		acc := &Access{Handler: handlerName(f.fn)}
		p.reach(&rc, f.fn, acc, 0, make(map[*ssa.Function]bool))
		if len(acc.Routes) == 0 && acc.Unfollowed == "" && f.Problem != OK && mayBeRegisteredElsewhere(f.fn) {
			acc.Deferred = true
			p.defer_(f)
		}
		p.exportOpen(f, acc, found.Registrations)
		f.Access = acc
		f.fn = nil // the result must not keep the package's SSA alive
	}
}

// reach adds to acc the routes by which requests reach fn: its own
// registrations, and those of the package's functions that call it,
// where no authorization check in the caller dominates the call.
func (p *pkgCtx) reach(rc *routeCtx, fn *ssa.Function, acc *Access, depth int, seen map[*ssa.Function]bool) {
	if seen[fn] || depth > maxCallerDepth {
		return
	}
	seen[fn] = true
	for _, r := range rc.byHandler[fn] {
		acc.Routes = append(acc.Routes, p.route(r, handlerName(fn)))
	}
	if why := rc.unfollowed[fn]; why != "" && acc.Unfollowed == "" {
		acc.Unfollowed = why
	}
	for _, ci := range rc.callers[fn] {
		caller := ci.Parent()
		if c := p.authAt(caller, ci.Block()); c != nil {
			acc.Routes = append(acc.Routes, Route{Pos: ci.Pos(), Guarded: true, Role: c.purpose, Middleware: c.name, Handler: handlerName(caller)})
			continue
		}
		p.reach(rc, caller, acc, depth+1, seen)
	}
	if len(rc.byHandler[fn]) == 0 && len(rc.callers[fn]) == 0 && fn.Parent() != nil {
		p.reach(rc, fn.Parent(), acc, depth+1, seen) // a closure run by its maker
	}
}

// authAt returns an authorization check whose success branch dominates
// block b of fn, if any.
func (p *pkgCtx) authAt(fn *ssa.Function, b *ssa.BasicBlock) *check {
	for _, c := range p.authChecks[fn] {
		for _, e := range c.edges {
			if e.dominates(b) {
				return c
			}
		}
	}
	return nil
}

// middlewareAuth reports whether middleware v authorises the handlers
// behind it: it is an authorization (//hrvet:authorize, authorize:) or
// returned by one, or its summary says it checks one; and with what role.
func (p *pkgCtx) middlewareAuth(v ssa.Value) (role, name string, ok bool) {
	switch x := funcValue(v).(type) {
	case *ssa.Function:
		if role, ok := p.anonAuth[x]; ok {
			return role, "a closure at " + p.pass.Fset.Position(x.Pos()).String(), true
		}
		obj := funcObject(x)
		if obj == nil {
			return "", "", false
		}
		role, ok := p.authorizes(obj, nil)
		return role, obj.FullName(), ok
	case *ssa.Call:
		callee := x.Call.StaticCallee()
		if callee == nil {
			return "", "", false
		}
		obj := funcObject(callee)
		if obj == nil {
			return "", "", false
		}
		role, ok := p.authorizes(obj, x.Call.Args)
		return role, obj.FullName(), ok
	}
	return "", "", false
}

// funcValue looks through the conversions around a function value and
// a closure's bindings: what is left is the function, the call that
// made the value, or whatever the value is.
func funcValue(v ssa.Value) ssa.Value {
	for range maxRootChase {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.MakeClosure:
			v = x.Fn
		default:
			return v
		}
	}
	return v
}

// authorizes reports whether fn, called with args (nil: used as a value),
// is an authorization or an authorising middleware, and its role.
func (p *pkgCtx) authorizes(fn *types.Func, args []ssa.Value) (string, bool) {
	if ff, ok := p.cat.Func(fn); ok && ff.Authorize {
		if ff.AuthorizeRole != "" {
			return ff.AuthorizeRole, true
		}
		for _, a := range args {
			if s, ok := constString(a); ok {
				return s, true
			}
		}
		return "", true
	}
	sum := p.summaryOf(fn)
	if sum == nil || len(sum.Authorize) == 0 {
		return "", false
	}
	ap := sum.Authorize[0]
	if ap.Role == "" && ap.RoleParam >= 0 && ap.RoleParam < len(args) {
		if s, ok := constString(args[ap.RoleParam]); ok {
			return s, true
		}
	}
	return ap.Role, true
}

func constString(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// funcObject returns the declared function or method an SSA function
// is, through a method value's wrapper.
func funcObject(fn *ssa.Function) *types.Func {
	obj, _ := fn.Object().(*types.Func)
	if obj != nil {
		return obj.Origin()
	}
	return nil
}

// handlerName names a function as messages do: its top-level
// function's full name.
func handlerName(fn *ssa.Function) string {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	if obj := funcObject(fn); obj != nil {
		return obj.FullName()
	}
	return fn.Name()
}

// mayBeRegisteredElsewhere reports whether a function no route of the
// package reaches may be registered by an importing package: an exported
// function, or an exported method.
func mayBeRegisteredElsewhere(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	obj := funcObject(fn)
	return obj != nil && obj.Exported()
}

// noteAuth keeps the unit's authorization checks for routes.go: by
// function, and for each closure that checks one (itself or in a closure
// inside it) and so may be an inline middleware.
func (p *pkgCtx) noteAuth(u *unit) {
	for _, fn := range u.fns {
		for _, c := range u.checks[fn] {
			if !c.auth {
				continue
			}
			if p.authChecks == nil {
				p.authChecks = make(map[*ssa.Function][]*check)
				p.anonAuth = make(map[*ssa.Function]string)
			}
			p.authChecks[fn] = append(p.authChecks[fn], c)
			if !c.used {
				continue
			}
			for in := fn; in != nil && in != u.top; in = in.Parent() {
				if _, ok := p.anonAuth[in]; !ok {
					p.anonAuth[in] = c.purpose
				}
			}
		}
	}
}

// route describes a registration of handler: its method and path, and
// the first authorising middleware in front of it.
func (p *pkgCtx) route(r routes.Registration, handler string) Route {
	rt := Route{Method: r.Method, Path: r.Path, Pos: r.Pos, Open: r.Open, Handler: handler}
	for _, mw := range r.Middleware {
		if role, name, ok := p.middlewareAuth(mw.Value); ok {
			rt.Guarded, rt.Role, rt.Middleware = true, role, name
			break
		}
	}
	return rt
}

// defer_ records an expose flow whose handler another package may
// register in the handler's summary, for that package to judge.
func (p *pkgCtx) defer_(f *Flow) {
	top := f.fn
	for top.Parent() != nil {
		top = top.Parent()
	}
	obj := funcObject(top)
	sum := p.local[obj]
	if obj == nil || sum == nil {
		return
	}
	sum.Exposes = append(sum.Exposes, p.exposureOf(f))
}

// exposureOf describes an expose flow for another package's messages.
func (p *pkgCtx) exposureOf(f *Flow) Exposure {
	e := Exposure{Sink: f.Sink, At: p.placeOf(f.Pos)}
	for _, d := range f.Data {
		e.Data = append(e.Data, Datum{Name: d.Name, Category: d.Category})
	}
	e.Data = slices.CompactFunc(e.Data, func(a, b Datum) bool { return a.Name == b.Name && a.Category == b.Category })
	return e
}

// placeOf names a position for another package's messages: the
// package's path, the file's name and the line, the same on every
// machine.
func (p *pkgCtx) placeOf(pos token.Pos) string {
	at := p.pass.Fset.Position(pos)
	return fmt.Sprintf("%s/%s:%d", p.pass.Pkg.Path(), filepath.Base(at.Filename), at.Line)
}

// importedExposures turns what an imported handler's summary says it
// exposes into flows at its registration here.
func (p *pkgCtx) importedExposures(r routes.Registration, obj *types.Func) []*Flow {
	sum := p.summaryOf(obj)
	if sum == nil || len(sum.Exposes) == 0 {
		return nil
	}
	rt := p.route(r, obj.FullName())
	if rt.Open && !rt.Guarded {
		p.exportOpenRoute(r, rt, sum.Exposes) // the callers' middleware is not known here: theirs to judge
		return nil
	}
	return p.exposureFlows(r.Pos, obj.FullName(), []string{obj.FullName()}, rt, sum.Exposes)
}

// exposureFlows makes the flows of what another package's code writes
// into a response (exposes), judged at pos, a call of callee here: at
// the registration of an imported handler, or where a router is passed
// to an imported function that registers one (see openroutes.go). via
// leads from callee to the handler; rt is the route.
func (p *pkgCtx) exposureFlows(pos token.Pos, callee string, via []string, rt Route, exposes []Exposure) []*Flow {
	var out []*Flow
	for _, e := range exposes {
		f := &Flow{Pos: pos, End: pos, Callee: callee, Sink: e.Sink, Via: via, Kind: exposeKind, Problem: Unguarded,
			Access: &Access{Handler: rt.Handler, Routes: []Route{rt}}}
		if call := p.callAt(pos); call != nil {
			f.Call, f.Pos, f.End = call, call.Pos(), call.End()
		}
		if rt.Guarded {
			f.Problem = OK
		}
		for _, d := range e.Data {
			f.Data = append(f.Data, Origin{Name: d.Name, Category: d.Category, Pos: pos, Note: "written into the response at " + e.At})
		}
		out = append(out, f)
	}
	return out
}

// handlerObject returns the declared function or method a registration's
// handler is, also where its body is in another package and so has no
// SSA here (a method value of an imported handler type).
func handlerObject(r routes.Registration) *types.Func {
	if r.Handler != nil {
		return funcObject(r.Handler)
	}
	if fn, ok := funcValue(r.HandlerValue).(*ssa.Function); ok {
		return funcObject(fn)
	}
	return nil
}

// webAPIs are the packages whose routers, servers and registrations
// routes.Find and grpcRoutes follow.
var webAPIs = map[string]bool{
	"net/http":                    true,
	"github.com/gin-gonic/gin":    true,
	"github.com/labstack/echo/v4": true,
	"github.com/go-chi/chi/v5":    true,
	"github.com/go-chi/chi":       true,
	"github.com/gofiber/fiber/v2": true,
	"github.com/gorilla/mux":      true,
	"google.golang.org/grpc":      true,
}

// seesWebAPI reports whether the package imports a web framework, net/http
// or grpc, directly or through one of its imports (a generated gRPC
// package imports grpc): only then can it register a handler or pass a
// router on. Elsewhere the route finder's walk of every function would
// be work for nothing.
func (p *pkgCtx) seesWebAPI() bool {
	for _, imp := range p.pass.Pkg.Imports() {
		if webAPIs[imp.Path()] {
			return true
		}
		for _, imp2 := range imp.Imports() {
			if webAPIs[imp2.Path()] {
				return true
			}
		}
	}
	return false
}
