package routes

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// RouterArg is a router passed to a function or method of another
// package: a call such as handlers.RegisterRoutes(api) or
// h.RegisterRoutes(r.Group("/public")), where the callee registers its
// routes on the router it is given. The prefix and middleware are what
// a registration made on that router at the call would get, by the
// rules Find applies to its own registrations; a route the callee
// registers gets them in front of its own.
type RouterArg struct {
	Pos    token.Pos   // the call
	Callee *types.Func // the function or method called
	// Arg is the index of the router among the call's arguments, the
	// receiver of a method first (counted as 0), as the parameters of
	// an open Registration are counted.
	Arg       int
	Framework string // the router's framework, as Registration.Framework
	// Method is the method the router restricts its routes to (a
	// gorilla subrouter made from Methods), "" for none.
	Method string
	// Prefix is the path the router adds before the callee's; a part
	// the code computes is "…". Join it to a route's path with
	// [JoinPath].
	Prefix string
	// Middleware is what is applied in front of the router's routes at
	// the call, outermost first.
	Middleware []Middleware
	// Open, OpenFunc and OpenParam say, as for a Registration, that the
	// router comes from somewhere whose middleware is not known here.
	Open      bool
	OpenFunc  *ssa.Function
	OpenParam int
	// Via are the calls of the package's functions through which the
	// calling function was reached, outermost first, as for a
	// Registration.
	Via []token.Pos
}

// JoinPath returns the full path of a route registered at p (a
// Registration's Path, or "" for the router's own path) on a router of
// framework fw that adds prefix (a RouterArg's Prefix).
func JoinPath(fw, prefix, p string) string {
	return fullPath(fw, joinIn(fw, prefix, p))
}

// argEvent is a router passed to another package's function, as found,
// before the middleware of its router is put together.
type argEvent struct {
	at     point
	callee *types.Func
	arg    int
	node   *node
}

// routerArgCall returns the function of another package that instr
// calls statically, and the arguments (the receiver first) that are
// routers; nil if there are none. Calls of the frameworks themselves
// are not counted: what they do with a router is what Find models.
func (a *analysis) routerArgCall(instr ssa.Instruction) (*types.Func, []int, []ssa.Value) {
	ci, ok := instr.(ssa.CallInstruction)
	if !ok || ci.Common().IsInvoke() {
		return nil, nil, nil
	}
	common := ci.Common()
	f := calleeFunc(common)
	if f == nil || f.Pkg() == nil || frameworkOf[f.Pkg().Path()] != "" || a.ownPackage(f.Pkg()) {
		return nil, nil, nil
	}
	args := common.Args
	if mc, ok := common.Value.(*ssa.MakeClosure); ok && isBound(mc.Fn.(*ssa.Function)) {
		// A method value's receiver is bound, not passed: it counts first.
		args = append([]ssa.Value{mc.Bindings[0]}, args...)
	}
	var idx []int
	var vals []ssa.Value
	for i, v := range args {
		if routerFramework(v.Type()) != "" {
			idx = append(idx, i)
			vals = append(vals, v)
		}
	}
	if len(idx) == 0 {
		return nil, nil, nil
	}
	return f, idx, vals
}

// ownPackage reports whether pkg is one of the packages Find analyses.
func (a *analysis) ownPackage(pkg *types.Package) bool {
	for p := range a.pkgs {
		if p.Pkg == pkg {
			return true
		}
	}
	return false
}

// noteRouterArgs records the routers a call in c passes to another
// package's function.
func (a *analysis) noteRouterArgs(c *context, instr ssa.CallInstruction) {
	f, idx, vals := a.routerArgCall(instr)
	for k, i := range idx {
		a.argEvents = append(a.argEvents, &argEvent{at: point{c, instr}, callee: f, arg: i, node: a.router(vals[k], c)})
	}
}

// routerArgs puts together each router passed to another package with
// what its router gives a registration made at the call.
func (a *analysis) routerArgs() []RouterArg {
	var out []RouterArg
	for _, e := range a.argEvents {
		ev := &regEvent{at: e.at, fw: e.node.fw, node: e.node}
		for _, ch := range a.chains(e.node, e.at, ev, 0) {
			ra := RouterArg{
				Pos:        e.at.instr.Pos(),
				Callee:     e.callee,
				Arg:        e.arg,
				Framework:  e.node.fw,
				Method:     ch.method,
				Prefix:     prefixOf(e.node.fw, ch.prefix),
				Middleware: slices.Clip(ch.mw),
				Open:       ch.open,
				OpenFunc:   ch.openFunc,
				OpenParam:  ch.openParam,
				Via:        via(e.at.ctx),
			}
			if !ra.Open {
				ra.OpenFunc, ra.OpenParam = nil, 0
			}
			out = append(out, ra)
		}
	}
	sortByPos(out, func(r RouterArg) token.Pos { return r.Pos })
	return out
}

// prefixOf tidies a router's prefix as fullPath does a registration's
// path, but keeps a prefix unknown as a whole as "…": the routes below
// it are not at the root.
func prefixOf(fw, p string) string {
	if t := fullPath(fw, p); t != "" || p == "" {
		return t
	}
	return unknown
}

// passesRouter reports whether instr passes a router to another
// package's function: the function it is in is then analysed, so that
// the router's prefix and middleware are known there.
func (a *analysis) passesRouter(instr ssa.Instruction) bool {
	f, _, _ := a.routerArgCall(instr)
	return f != nil
}
