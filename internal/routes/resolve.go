package routes

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// chase follows a parameter or free variable to what its context binds
// it to, through as many contexts as it takes. It returns the value
// reached, its context and the instruction that passed it on, or the
// router a framework bound.
func (a *analysis) chase(v ssa.Value, c *context, from ssa.Instruction) (ssa.Value, *context, ssa.Instruction, *node) {
	for i := 0; i < maxResolve && c != nil; i++ {
		var b binding
		switch x := v.(type) {
		case *ssa.Parameter:
			b = c.param(x)
		case *ssa.FreeVar:
			b = c.freeVar(x)
		default:
			return v, c, from, nil
		}
		if b.node != nil {
			return v, c, from, b.node
		}
		if b.v == nil {
			break
		}
		v, c, from = b.v, b.ctx, b.from
	}
	return v, c, from, nil
}

// phiAll resolves each edge of a φ with f and returns the result they
// agree on; an edge that is a φ being resolved already is left out.
func phiAll[T any](a *analysis, x *ssa.Phi, f func(ssa.Value) (T, bool), eq func(T, T) bool) (T, bool) {
	var zero, out T
	if a.onPhi[x] {
		return zero, false
	}
	a.onPhi[x] = true
	defer delete(a.onPhi, x)
	found := false
	for _, e := range x.Edges {
		if p, ok := e.(*ssa.Phi); ok && a.onPhi[p] {
			continue
		}
		t, ok := f(e)
		if !ok || found && !eq(out, t) {
			return zero, false
		}
		out, found = t, true
	}
	return out, found
}

// router returns the router v is in context c.
func (a *analysis) router(v ssa.Value, c *context) *node {
	if n := a.routerAt(v, c, 0); n != nil {
		return n
	}
	return a.unknownNode(c, v)
}

func (a *analysis) routerAt(v ssa.Value, c *context, depth int) *node {
	v, c, _, n := a.chase(v, c, nil)
	if n != nil {
		return n
	}
	if v == nil || depth > maxResolve {
		return nil
	}
	switch x := v.(type) {
	case *ssa.Parameter:
		return a.paramNode(c, x)
	case *ssa.Call:
		if n := a.callRouter(x, c, 0, depth); n != nil {
			return n
		}
	case *ssa.Extract:
		switch t := x.Tuple.(type) {
		case *ssa.TypeAssert:
			return a.routerAt(t.X, c, depth+1)
		case *ssa.Call:
			if n := a.callRouter(t, c, x.Index, depth); n != nil {
				return n
			}
		}
	case *ssa.ChangeType:
		return a.routerAt(x.X, c, depth+1)
	case *ssa.MakeInterface:
		return a.routerAt(x.X, c, depth+1)
	case *ssa.TypeAssert:
		return a.routerAt(x.X, c, depth+1)
	case *ssa.FieldAddr:
		// &engine.RouterGroup, for a method of gin's Engine promoted
		// from its embedded RouterGroup.
		if routerFramework(x.X.Type()) != "" {
			return a.routerAt(x.X, c, depth+1)
		}
	case *ssa.Alloc:
		if fw := routerFramework(x.Type()); fw != "" {
			return a.newNode(c, x, fw)
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			break
		}
		if g, ok := x.X.(*ssa.Global); ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "net/http" && g.Name() == "DefaultServeMux" {
			return a.defaultMux()
		}
		if sv, sc, _ := a.loaded(x, c); sv != nil {
			return a.routerAt(sv, sc, depth+1)
		}
	case *ssa.Phi:
		return a.phiRouter(x, c, depth)
	}
	return a.unknownNode(c, v)
}

// altKey keys the node for a φ of several routers.
type altKey struct{ phi *ssa.Phi }

// phiRouter returns the router a φ is: the one its edges agree on, or a
// node standing for each of them in turn (a group made in one branch or
// the other); nil for an edge back to a φ being resolved.
func (a *analysis) phiRouter(x *ssa.Phi, c *context, depth int) *node {
	key := nodeKey{c, altKey{x}}
	if n := a.nodes[key]; n != nil {
		return n
	}
	if a.onPhi[x] {
		return nil
	}
	a.onPhi[x] = true
	var alts []*node
	for _, e := range x.Edges {
		if n := a.routerAt(e, c, depth+1); n != nil && !slices.Contains(alts, n) {
			alts = append(alts, n)
		}
	}
	delete(a.onPhi, x)
	switch len(alts) {
	case 0:
		return nil
	case 1:
		return alts[0]
	}
	return a.makeNode(key, routerFramework(x.Type()), func(n *node) {
		n.at, n.alts = point{c, x}, alts
	})
}

// callRouter returns the router result idx of call x is: one a
// framework makes or derives, or one a function of the package returns.
func (a *analysis) callRouter(x *ssa.Call, c *context, idx, depth int) *node {
	if cl, ok := classify(&x.Call); ok {
		switch cl.kind {
		case kNew:
			return a.newNode(c, x, cl.fw)
		case kDerive, kSubFunc:
			return a.derived(c, x, cl)
		case kGSub:
			return a.gorillaSub(c, x)
		}
		if cl.same && cl.recv != nil {
			return a.routerAt(cl.recv, c, depth+1)
		}
		return nil
	}
	child := a.enterCall(c, x)
	if child == nil {
		return nil
	}
	n, _ := returnedAll(a, child, idx, func(v ssa.Value, r *ssa.Return) (*node, bool) {
		n := a.routerAt(v, child, depth+1)
		return n, n != nil
	}, func(x, y *node) bool { return x == y })
	return n
}

// returnedAll resolves result idx of each return of c's function with f
// and returns the result they agree on.
func returnedAll[T any](a *analysis, c *context, idx int, f func(ssa.Value, *ssa.Return) (T, bool), eq func(T, T) bool) (T, bool) {
	var zero, out T
	found := false
	for _, b := range c.fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || idx >= len(r.Results) {
			continue
		}
		t, ok := f(r.Results[idx], r)
		if !ok || found && !eq(out, t) {
			return zero, false
		}
		out, found = t, true
	}
	return out, found
}

// target is what a handler value resolves to.
type target struct {
	fn    *ssa.Function // the handler's body
	node  *node         // or a router, mounted where the value is registered
	wraps []Middleware  // middleware wrapped round it, outermost first
	strip string        // the prefix http.StripPrefix takes off
	value ssa.Value     // where resolution ended: the handler as the code gives it
}

func (t target) ok() bool { return t.fn != nil || t.node != nil }

// sameTarget reports whether x and y are the same handler behind the
// same middleware; how the code gives it does not count.
func sameTarget(x, y target) bool {
	return x.fn == y.fn && x.node == y.node && x.strip == y.strip && slices.Equal(x.wraps, y.wraps)
}

// handler resolves a handler value v of context c, passed on by from.
// The places where a handler function's value is taken that it passes
// through are marked as followed.
func (a *analysis) handler(v ssa.Value, c *context, from ssa.Instruction, depth int) target {
	if v == nil || depth > maxResolve {
		return target{}
	}
	v, c, from, n := a.chase(v, c, from)
	if n != nil {
		return target{node: n}
	}
	if routerFramework(v.Type()) != "" {
		return target{node: a.router(v, c)}
	}
	switch x := v.(type) {
	case *ssa.Const:
		return target{} // nil
	case *ssa.Function:
		a.consume(from, x)
		return target{fn: a.funcOf(x), value: x}
	case *ssa.MakeClosure:
		fn := x.Fn.(*ssa.Function)
		a.consume(x, fn)
		return target{fn: a.funcOf(fn), value: x}
	case *ssa.ChangeType:
		return a.handler(x.X, c, x, depth+1)
	case *ssa.MakeInterface:
		if m := a.serveHTTP(x.X.Type()); m != nil {
			a.consume(x, m)
			return target{fn: m, value: x}
		}
		return a.handler(x.X, c, x, depth+1)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if sv, sc, st := a.loaded(x, c); sv != nil {
				return a.handler(sv, sc, st, depth+1)
			}
		}
	case *ssa.Call:
		return a.callHandler(x, c, 0, depth)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return a.callHandler(call, c, x.Index, depth)
		}
	case *ssa.Phi:
		return a.agreeing(x, func() (target, bool) {
			return phiAll(a, x, func(e ssa.Value) (target, bool) {
				t := a.handler(e, c, x, depth+1)
				return t, t.ok()
			}, sameTarget)
		})
	}
	return target{value: v}
}

// callHandler resolves result idx of a call used as a handler: a
// framework's adapter, a middleware applied to a handler (mw(h)), a
// router, or a function of the package that returns a handler.
func (a *analysis) callHandler(x *ssa.Call, c *context, idx, depth int) target {
	if cl, ok := classify(&x.Call); ok {
		var t target
		switch cl.kind {
		case kAdapt:
			return a.handler(cl.argOf(rHandler), c, x, depth+1)
		case kStrip:
			t = a.handler(cl.argOf(rHandler), c, x, depth+1)
			t.strip = joinPath(a.argStr(c, cl, rPath), t.strip)
		case kChainWrap:
			t = a.handler(cl.argOf(rHandler), c, x, depth+1)
			t.wraps = append(a.chainMiddleware(cl.recv, c, x), t.wraps...)
		default:
			t.node = a.callRouter(x, c, idx, depth)
			t.value = x
		}
		return t
	}
	if idx == 0 && isHandlerType(x.Type()) {
		if k := wrappedArg(&x.Call); k >= 0 {
			t := a.handler(x.Call.Args[k], c, x, depth+1)
			mw := Middleware{Value: a.mwValue(x.Call.Value, c, x), Pos: x.Pos()}
			t.wraps = append([]Middleware{mw}, t.wraps...)
			return t
		}
	}
	child := a.enterCall(c, x)
	if child == nil {
		return target{value: x}
	}
	return a.agreeing(x, func() (target, bool) {
		return returnedAll(a, child, idx, func(v ssa.Value, r *ssa.Return) (target, bool) {
			t := a.handler(v, child, r, depth+1)
			return t, t.ok()
		}, sameTarget)
	})
}

// agreeing runs resolve, which resolves several values (a φ's edges, a
// function's returns) to the handler they agree on. Where they do not,
// what resolving them marked as followed is unmarked, and resolution
// ends at x.
func (a *analysis) agreeing(x ssa.Value, resolve func() (target, bool)) target {
	mark := len(a.journal)
	t, ok := resolve()
	if !ok {
		a.rollback(mark)
		t = target{value: x}
	}
	return t
}

// wrappedArg returns the index of the one argument of c that is a
// handler, or -1.
func wrappedArg(c *ssa.CallCommon) int {
	k := -1
	for i, v := range c.Args {
		if isHandlerType(v.Type()) {
			if k >= 0 {
				return -1
			}
			k = i
		}
	}
	return k
}

// serveHTTP returns the ServeHTTP method of the package's type t, for a
// value of t passed as an http.Handler.
func (a *analysis) serveHTTP(t types.Type) *ssa.Function {
	if _, ok := t.Underlying().(*types.Signature); ok || types.IsInterface(t) {
		return nil
	}
	sel := a.prog.MethodSets.MethodSet(t).Lookup(nil, "ServeHTTP")
	if sel == nil {
		return nil
	}
	fn := a.prog.FuncValue(sel.Obj().(*types.Func))
	if fn == nil || !a.pkgs[fn.Pkg] {
		return nil
	}
	return fn
}

// consume marks a place where a handler function's value is taken as
// followed to a registration.
func (a *analysis) consume(instr ssa.Instruction, fn *ssa.Function) {
	s := site{instr, fn}
	if instr == nil || a.consumed[s] {
		return
	}
	a.consumed[s] = true
	a.journal = append(a.journal, s)
}

// rollback unmarks what was marked since the journal had mark entries:
// a resolution that did not agree followed nothing.
func (a *analysis) rollback(mark int) {
	for _, s := range a.journal[mark:] {
		delete(a.consumed, s)
	}
	a.journal = a.journal[:mark]
}

// mwValue returns the middleware v stands for, as Middleware.Value
// gives it: conversions, adapters and variables looked through, a method
// value resolved to its method.
func (a *analysis) mwValue(v ssa.Value, c *context, from ssa.Instruction) ssa.Value {
	for i := 0; i < maxResolve && v != nil; i++ {
		v, c, from, _ = a.chase(v, c, from)
		switch x := v.(type) {
		case *ssa.ChangeType:
			v, from = x.X, x
			continue
		case *ssa.MakeInterface:
			v, from = x.X, x
			continue
		case *ssa.Function:
			a.consume(from, x)
			return a.funcOf(x)
		case *ssa.MakeClosure:
			fn := x.Fn.(*ssa.Function)
			a.consume(x, fn)
			if m := a.funcOf(fn); m != nil && isBound(fn) {
				return m
			}
		case *ssa.UnOp:
			if x.Op != token.MUL {
				break
			}
			if g, ok := x.X.(*ssa.Global); ok {
				return g
			}
			if sv, sc, st := a.loaded(x, c); sv != nil {
				v, c, from = sv, sc, st
				continue
			}
		case *ssa.Call:
			if cl, ok := classify(&x.Call); ok && cl.kind == kAdapt {
				v, from = cl.argOf(rHandler), x
				continue
			}
			// What a factory of the package returns (gin's
			// auth.Required("hr")) is followed.
			if isHandlerType(x.Type()) {
				a.callHandler(x, c, 0, 0)
			}
		}
		return v
	}
	return v
}

// chainMiddleware returns the middleware of a chi.Middlewares value.
func (a *analysis) chainMiddleware(v ssa.Value, c *context, at ssa.Instruction) []Middleware {
	v, c, from, _ := a.chase(v, c, at)
	if x, ok := v.(*ssa.Call); ok {
		if cl, ok := classify(&x.Call); ok && cl.kind == kChain {
			v, from = cl.argOf(rMW), x
		}
	}
	return a.mwList(v, c, from)
}

// str returns the string v is, with "…" for the parts the code computes.
func (a *analysis) str(v ssa.Value, c *context, depth int) string {
	if v == nil || depth > maxResolve {
		return unknown
	}
	v, c, _, _ = a.chase(v, c, nil)
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.String {
			return constant.StringVal(x.Value)
		}
	case *ssa.BinOp:
		if x.Op == token.ADD {
			return a.str(x.X, c, depth+1) + a.str(x.Y, c, depth+1)
		}
	case *ssa.Call:
		if f := calleeFunc(&x.Call); f != nil && f.Pkg() != nil && f.Pkg().Path() == "path" && f.Name() == "Join" && len(x.Call.Args) == 1 {
			if bs, ok := a.elems(x.Call.Args[0], c, x); ok {
				var parts []string
				for _, b := range bs {
					parts = append(parts, a.str(b.v, b.ctx, depth+1))
				}
				return path.Join(parts...)
			}
		}
	case *ssa.ChangeType:
		return a.str(x.X, c, depth+1)
	case *ssa.MakeInterface:
		return a.str(x.X, c, depth+1)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if sv, sc, _ := a.loaded(x, c); sv != nil {
				return a.str(sv, sc, depth+1)
			}
		}
	case *ssa.Phi:
		s, ok := phiAll(a, x, func(e ssa.Value) (string, bool) {
			s := a.str(e, c, depth+1)
			return s, !strings.Contains(s, unknown)
		}, func(x, y string) bool { return x == y })
		if ok {
			return s
		}
	}
	return unknown
}

// methods returns the methods a []string value holds, joined by commas.
func (a *analysis) methods(v ssa.Value, c *context) string {
	bs, ok := a.elems(v, c, nil)
	if !ok || len(bs) == 0 {
		return unknown
	}
	var ms []string
	for _, b := range bs {
		ms = append(ms, a.str(b.v, b.ctx, 0))
	}
	return strings.Join(ms, ",")
}

// elems returns the elements of a slice built in the code: variadic
// arguments, or a slice literal, passed on or not; nil for a nil slice.
func (a *analysis) elems(v ssa.Value, c *context, from ssa.Instruction) ([]binding, bool) {
	v, c, _, _ = a.chase(v, c, from)
	switch x := v.(type) {
	case *ssa.Const:
		return nil, x.IsNil()
	case *ssa.Slice:
		if al, ok := x.X.(*ssa.Alloc); ok {
			return arrayElems(al, c)
		}
	}
	return nil, false
}

// arrayElems returns what is stored at each constant index of an array.
func arrayElems(al *ssa.Alloc, c *context) ([]binding, bool) {
	p, ok := al.Type().Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	arr, ok := p.Elem().Underlying().(*types.Array)
	if !ok || arr.Len() > 64 {
		return nil, false
	}
	out := make([]binding, arr.Len())
	for _, r := range *al.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		k, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil, false
		}
		i := k.Int64()
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia && i >= 0 && i < int64(len(out)) {
				out[i] = binding{v: st.Val, ctx: c, from: st}
			}
		}
	}
	for _, b := range out {
		if b.v == nil {
			return nil, false
		}
	}
	return out, true
}

// loaded returns the value a load x reads, when one store in the
// function that allocates the variable writes it: a local variable a
// closure captures, or a field of a struct the function allocates.
func (a *analysis) loaded(x *ssa.UnOp, c *context) (ssa.Value, *context, ssa.Instruction) {
	addr, ac, _, _ := a.chase(x.X, c, nil)
	var st *ssa.Store
	switch p := addr.(type) {
	case *ssa.Alloc:
		st = onlyStore(p, func(addr ssa.Value) bool { return addr == p })
	case *ssa.FieldAddr:
		al, alc := a.allocOf(p.X, ac, 0)
		if al == nil {
			return nil, nil, nil
		}
		ac = alc
		st = onlyStore(al, func(addr ssa.Value) bool {
			fa, ok := addr.(*ssa.FieldAddr)
			return ok && fa.X == al && fa.Field == p.Field
		})
	}
	if st == nil {
		return nil, nil, nil
	}
	return st.Val, ac, st
}

// onlyStore returns the one store into al, or into its parts that match,
// or nil if there are none or several.
func onlyStore(al *ssa.Alloc, match func(addr ssa.Value) bool) *ssa.Store {
	var found *ssa.Store
	check := func(refs []ssa.Instruction) bool {
		for _, r := range refs {
			if st, ok := r.(*ssa.Store); ok && match(st.Addr) {
				if found != nil {
					return false
				}
				found = st
			}
		}
		return true
	}
	if !check(*al.Referrers()) {
		return nil
	}
	for _, r := range *al.Referrers() {
		if fa, ok := r.(*ssa.FieldAddr); ok && fa.Referrers() != nil && !check(*fa.Referrers()) {
			return nil
		}
	}
	return found
}

// allocOf returns the allocation v points to, following loads of
// variables.
func (a *analysis) allocOf(v ssa.Value, c *context, depth int) (*ssa.Alloc, *context) {
	v, c, _, _ = a.chase(v, c, nil)
	switch x := v.(type) {
	case *ssa.Alloc:
		return x, c
	case *ssa.UnOp:
		if x.Op == token.MUL && depth < maxResolve {
			if sv, sc, _ := a.loaded(x, c); sv != nil {
				return a.allocOf(sv, sc, depth+1)
			}
		}
	}
	return nil, nil
}

// accessKey names the place v is read from (a parameter, variable or
// package variable, then fields and loads), so that reads of the same
// place share a router; "" if v is not such a read.
func (a *analysis) accessKey(v ssa.Value, c *context, depth int) string {
	if depth > maxResolve {
		return ""
	}
	v, c, _, n := a.chase(v, c, nil)
	if n != nil {
		return fmt.Sprintf("n%d", n.id)
	}
	switch x := v.(type) {
	case *ssa.Global:
		return fmt.Sprintf("%p", x)
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Alloc:
		return fmt.Sprintf("%p/%p", c, x)
	case *ssa.UnOp:
		if k := a.accessKey(x.X, c, depth+1); x.Op == token.MUL && k != "" {
			return k + "*"
		}
	case *ssa.FieldAddr:
		if k := a.accessKey(x.X, c, depth+1); k != "" {
			return k + "." + strconv.Itoa(x.Field)
		}
	case *ssa.Field:
		if k := a.accessKey(x.X, c, depth+1); k != "" {
			return k + "." + strconv.Itoa(x.Field)
		}
	}
	return ""
}
