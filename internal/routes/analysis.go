package routes

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Limits that keep odd code from costing much: how deep calls are
// followed, how many contexts a package may have, how far a value is
// traced back.
const (
	maxDepth    = 12
	maxContexts = 4096
	maxResolve  = 48
	maxMounts   = 8
)

// analysis is one run of Find.
type analysis struct {
	prog     *ssa.Program
	fns      []*ssa.Function // fns and their anonymous functions, parents first
	in       map[*ssa.Function]bool
	pkgs     map[*ssa.Package]bool
	relevant map[*ssa.Function]bool // registers something, or calls what does
	roots    []*ssa.Function        // analysed on their own, parameters unbound

	contexts int
	nodes    map[nodeKey]*node
	events   []*regEvent
	seq      int
	impls    map[*types.Func]*ssa.Function
	consumed map[site]bool
	journal  []site // consumed, in order, for rollback
	index    map[ssa.Instruction]int
	onPhi    map[*ssa.Phi]bool
	inChain  map[*node]bool // the routers whose chains are being put together

	argEvents []*argEvent // routers passed to other packages (see routerargs.go)
}

// context is a function analysed with what its parameters and free
// variables are bound to: the arguments of a followed call, or a router
// a framework passes to a closure. A root context binds nothing.
type context struct {
	fn       *ssa.Function
	parent   *context
	anchor   ssa.Instruction // where in parent.fn the function runs
	call     bool            // entered through a call of a package function
	params   []binding
	free     []binding
	depth    int
	children map[childKey]*context
	entered  map[*ssa.Function]bool // closures made here that some context entered
}

type childKey struct {
	anchor ssa.Instruction
	fn     *ssa.Function
}

// binding is what a parameter or free variable stands for: a value in
// another context (from is the instruction that passes it), or a router.
type binding struct {
	v    ssa.Value
	ctx  *context
	from ssa.Instruction
	node *node
}

// site is a place where a handler's value is taken.
type site struct {
	instr ssa.Instruction
	fn    *ssa.Function
}

// regEvent is a registration as found, before the middleware of its
// router is put together.
type regEvent struct {
	at      point
	fw      string
	method  string
	path    string
	node    *node // nil for a handler served directly
	handler *ssa.Function
	value   ssa.Value
	mw      []Middleware
}

func newAnalysis(fns []*ssa.Function) *analysis {
	a := &analysis{
		in:       map[*ssa.Function]bool{},
		pkgs:     map[*ssa.Package]bool{},
		relevant: map[*ssa.Function]bool{},
		nodes:    map[nodeKey]*node{},
		impls:    map[*types.Func]*ssa.Function{},
		consumed: map[site]bool{},
		index:    map[ssa.Instruction]int{},
		onPhi:    map[*ssa.Phi]bool{},
		inChain:  map[*node]bool{},
	}
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || a.in[fn] {
			return
		}
		a.in[fn] = true
		a.fns = append(a.fns, fn)
		if a.prog == nil {
			a.prog = fn.Prog
		}
		if fn.Pkg != nil && len(fn.Blocks) > 0 {
			a.pkgs[fn.Pkg] = true
		}
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, fn := range fns {
		add(fn)
	}
	a.findRelevant()
	a.findRoots()
	return a
}

// run analyses every root; what is followed from them is analysed in
// their contexts.
func (a *analysis) run() {
	for _, fn := range a.roots {
		a.enter(nil, nil, fn, nil, nil, false)
	}
}

// isTop reports whether fn is analysed apart from a parent.
func (a *analysis) isTop(fn *ssa.Function) bool {
	return fn.Parent() == nil || !a.in[fn.Parent()]
}

// findRelevant marks the functions that register, use or serve a router,
// and those that refer to such a function.
func (a *analysis) findRelevant() {
	refs := map[*ssa.Function][]*ssa.Function{}
	for _, fn := range a.fns {
		refs[fn] = append(refs[fn], fn.AnonFuncs...)
		forInstrs(fn, func(instr ssa.Instruction) {
			if isRelevantInstr(instr) || a.passesRouter(instr) {
				a.relevant[fn] = true
			}
			a.references(instr, func(g *ssa.Function, _ bool) {
				refs[fn] = append(refs[fn], g)
			})
		})
	}
	for changed := true; changed; {
		changed = false
		for _, fn := range a.fns {
			if a.relevant[fn] {
				continue
			}
			for _, g := range refs[fn] {
				if a.relevant[g] {
					a.relevant[fn], changed = true, true
					break
				}
			}
		}
	}
}

// referenced returns the function of the package v denotes: a function,
// or the method of a method value's wrapper.
func (a *analysis) referenced(v ssa.Value) *ssa.Function {
	var fn *ssa.Function
	switch x := v.(type) {
	case *ssa.Function:
		fn = x
	case *ssa.MakeClosure:
		fn = a.funcOf(x.Fn.(*ssa.Function))
	}
	if fn != nil && a.in[fn] {
		return fn
	}
	return nil
}

func isRelevantInstr(instr ssa.Instruction) bool {
	switch x := instr.(type) {
	case ssa.CallInstruction:
		cl, ok := classify(x.Common())
		if !ok {
			return false
		}
		switch cl.kind {
		case kRoute, kUse, kDerive, kSubFunc, kMount, kServe, kGHandler, kGSub:
			return true
		}
	case *ssa.Store:
		return isServerHandler(x.Addr)
	}
	return false
}

// isServerHandler reports whether addr is the Handler field of an
// http.Server.
func isServerHandler(addr ssa.Value) bool {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok || !isPtrTo(fa.X.Type(), "net/http", "Server") {
		return false
	}
	st, ok := namedOf(fa.X.Type()).Underlying().(*types.Struct)
	return ok && st.Field(fa.Field).Name() == "Handler"
}

// findRoots picks the relevant top-level functions to analyse on their
// own: those not called in fns, those whose value is taken other than to
// be called (or run by a framework as a group's body), and those that
// can reach themselves. The others are analysed only at their calls.
func (a *analysis) findRoots() {
	followed := map[*ssa.Function]bool{}
	escapes := map[*ssa.Function]bool{}
	calls := map[*ssa.Function][]*ssa.Function{}
	for _, fn := range a.fns {
		forInstrs(fn, func(instr ssa.Instruction) {
			a.references(instr, func(g *ssa.Function, invoked bool) {
				if !a.isTop(g) {
					return
				}
				calls[fn] = append(calls[fn], g)
				if invoked {
					followed[g] = true
				} else {
					escapes[g] = true
				}
			})
		})
		if !a.isTop(fn) {
			calls[fn.Parent()] = append(calls[fn.Parent()], fn)
		}
	}
	for _, fn := range a.fns {
		if !a.isTop(fn) || !a.relevant[fn] {
			continue
		}
		if !followed[fn] || escapes[fn] || reaches(calls, fn, fn, map[*ssa.Function]bool{}) {
			a.roots = append(a.roots, fn)
		}
	}
}

// references calls f with each function of the package instr refers
// to, and whether it only calls it (or passes it, as a method value, to
// be run as a group's body).
func (a *analysis) references(instr ssa.Instruction, f func(g *ssa.Function, invoked bool)) {
	if mc, ok := instr.(*ssa.MakeClosure); ok {
		if g := a.referenced(mc); g != nil {
			f(g, a.onlyInvoked(mc))
		}
		for _, b := range mc.Bindings {
			if fn, ok := b.(*ssa.Function); ok && a.in[fn] {
				f(fn, false)
			}
		}
		return
	}
	call, isCall := instr.(ssa.CallInstruction)
	for i, op := range instr.Operands(nil) {
		if fn, ok := (*op).(*ssa.Function); ok && a.in[fn] {
			f(fn, isCall && i == 0 && !call.Common().IsInvoke())
		}
	}
}

// onlyInvoked reports whether a method value is only called, or only run
// by a framework as a group's body.
func (a *analysis) onlyInvoked(mc *ssa.MakeClosure) bool {
	refs := *mc.Referrers()
	for _, r := range refs {
		c, ok := r.(ssa.CallInstruction)
		if !ok {
			return false
		}
		if c.Common().Value == mc {
			continue
		}
		cl, ok := classify(c.Common())
		if !ok || cl.kind != kSubFunc || cl.argOf(rFn) != ssa.Value(mc) {
			return false
		}
	}
	return len(refs) > 0
}

// reaches reports whether to is reachable from from along calls.
func reaches(calls map[*ssa.Function][]*ssa.Function, from, to *ssa.Function, seen map[*ssa.Function]bool) bool {
	for _, g := range calls[from] {
		if g == to {
			return true
		}
		if !seen[g] {
			seen[g] = true
			if reaches(calls, g, to, seen) {
				return true
			}
		}
	}
	return false
}

func forInstrs(fn *ssa.Function, f func(ssa.Instruction)) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			f(instr)
		}
	}
}

// enter analyses fn in a new context below parent (nil for a root),
// once for each place it runs; it returns nil where fn has no body or
// is being analysed already up the chain, or past the limits.
func (a *analysis) enter(parent *context, anchor ssa.Instruction, fn *ssa.Function, params, free []binding, viaCall bool) *context {
	if fn == nil || len(fn.Blocks) == 0 || !a.in[fn] {
		return nil
	}
	key := childKey{anchor, fn}
	depth := 0
	if parent != nil {
		if c := parent.children[key]; c != nil {
			return c
		}
		for p := parent; p != nil; p = p.parent {
			if p.fn == fn {
				return nil
			}
		}
		depth = parent.depth + 1
	}
	if depth > maxDepth || a.contexts >= maxContexts {
		return nil
	}
	a.contexts++
	c := &context{
		fn: fn, parent: parent, anchor: anchor, call: viaCall, depth: depth,
		params:   make([]binding, len(fn.Params)),
		free:     make([]binding, len(fn.FreeVars)),
		children: map[childKey]*context{},
		entered:  map[*ssa.Function]bool{},
	}
	copy(c.params, params)
	copy(c.free, free)
	if parent != nil {
		parent.children[key] = c
	}
	a.walk(c)
	return c
}

// param returns what p is bound to in c.
func (c *context) param(p *ssa.Parameter) binding {
	for i, q := range c.fn.Params {
		if q == p {
			return c.params[i]
		}
	}
	return binding{}
}

// freeVar returns what v is bound to in c.
func (c *context) freeVar(v *ssa.FreeVar) binding {
	for i, q := range c.fn.FreeVars {
		if q == v {
			return c.free[i]
		}
	}
	return binding{}
}

// walk records what the function of c registers, and follows its calls
// of relevant functions of the package.
func (a *analysis) walk(c *context) {
	forInstrs(c.fn, func(instr ssa.Instruction) {
		switch x := instr.(type) {
		case ssa.CallInstruction:
			a.visitCall(c, x)
		case *ssa.Store:
			if isServerHandler(x.Addr) {
				a.serve(c, x, x.Val)
			}
		}
	})
	// A closure made here that nothing ran is taken to run where it is
	// made, with its parameters unbound.
	for _, anon := range c.fn.AnonFuncs {
		if !a.relevant[anon] || c.entered[anon] {
			continue
		}
		if instr, mc := firstRef(c.fn, anon); instr != nil {
			c.entered[anon] = true
			a.enter(c, instr, anon, nil, freeBindings(mc, c), false)
		}
	}
}

// firstRef returns the first instruction of fn that refers to anon, and
// the closure made of it, if any.
func firstRef(fn, anon *ssa.Function) (ssa.Instruction, *ssa.MakeClosure) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == anon {
				return mc, mc
			}
			for _, op := range instr.Operands(nil) {
				if *op == ssa.Value(anon) {
					return instr, nil
				}
			}
		}
	}
	return nil, nil
}

func freeBindings(mc *ssa.MakeClosure, c *context) []binding {
	if mc == nil {
		return nil
	}
	bs := make([]binding, len(mc.Bindings))
	for i, v := range mc.Bindings {
		bs[i] = binding{v: v, ctx: c, from: mc}
	}
	return bs
}

func argBindings(args []ssa.Value, c *context, from ssa.Instruction) []binding {
	bs := make([]binding, len(args))
	for i, v := range args {
		bs[i] = binding{v: v, ctx: c, from: from}
	}
	return bs
}

// visitCall handles a call: a framework's, or one of a relevant function
// of the package.
func (a *analysis) visitCall(c *context, instr ssa.CallInstruction) {
	common := instr.Common()
	if cl, ok := classify(common); ok {
		a.frameworkCall(c, instr, cl)
		return
	}
	a.noteRouterArgs(c, instr)
	if common.IsInvoke() {
		return
	}
	if g := a.referenced(common.Value); g != nil && a.relevant[g] {
		a.enterCall(c, instr)
	}
}

// enterCall follows a call of a function of the package, binding its
// parameters to the arguments; it returns nil for other calls.
func (a *analysis) enterCall(c *context, instr ssa.CallInstruction) *context {
	common := instr.Common()
	if common.IsInvoke() {
		return nil
	}
	return a.enterFuncValue(c, instr, common.Value, argBindings(common.Args, c, instr), true)
}

// enterFuncValue analyses the function v denotes as run at anchor in c
// with the given arguments.
func (a *analysis) enterFuncValue(c *context, anchor ssa.Instruction, v ssa.Value, args []binding, viaCall bool) *context {
	v, vc, _, _ := a.chase(v, c, anchor)
	switch x := v.(type) {
	case *ssa.Function:
		if !a.isTop(x) {
			vc.entered[x] = true
		}
		return a.enter(c, anchor, x, args, nil, viaCall)
	case *ssa.MakeClosure:
		fn := x.Fn.(*ssa.Function)
		if isBound(fn) {
			recv := binding{v: x.Bindings[0], ctx: vc, from: x}
			return a.enter(c, anchor, a.funcOf(fn), append([]binding{recv}, args...), nil, viaCall)
		}
		vc.entered[fn] = true
		return a.enter(c, anchor, fn, args, freeBindings(x, vc), viaCall)
	}
	return nil
}

// funcOf returns the function a value of fn runs: the method for a
// method value's wrapper, else fn. A method value of an interface runs
// the method of the one type of the package that implements the
// interface; with none or several, funcOf returns nil.
func (a *analysis) funcOf(fn *ssa.Function) *ssa.Function {
	if !isBound(fn) && fn.Synthetic == "" {
		return fn
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return fn
	}
	if m := a.prog.FuncValue(obj.Origin()); m != nil {
		return m
	}
	if recv := obj.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return a.implementation(obj)
	}
	if isBound(fn) {
		return nil
	}
	return fn
}

// implementation returns the method m of the one type of the analysed
// packages whose values or pointers implement m's interface, or nil.
func (a *analysis) implementation(m *types.Func) *ssa.Function {
	if fn, ok := a.impls[m]; ok {
		return fn
	}
	iface, _ := m.Signature().Recv().Type().Underlying().(*types.Interface)
	var found *ssa.Function
	unique := iface != nil
	for pkg := range a.pkgs {
		for _, mem := range pkg.Members {
			t, ok := mem.(*ssa.Type)
			if !ok || !unique || types.IsInterface(t.Type()) {
				continue
			}
			for _, typ := range []types.Type{t.Type(), types.NewPointer(t.Type())} {
				if !types.Implements(typ, iface) {
					continue
				}
				sel := a.prog.MethodSets.MethodSet(typ).Lookup(m.Pkg(), m.Name())
				if sel == nil {
					continue
				}
				fn := a.prog.FuncValue(sel.Obj().(*types.Func))
				if found != nil && fn != found {
					unique = false
				}
				found = fn
			}
		}
	}
	if !unique {
		found = nil
	}
	a.impls[m] = found
	return found
}

// frameworkCall records what a framework call does to the routes.
func (a *analysis) frameworkCall(c *context, instr ssa.CallInstruction, cl call) {
	at := point{c, instr}
	switch cl.kind {
	case kRoute:
		if cl.fw == fwGorilla {
			a.gorillaRoute(c, instr, cl)
			return
		}
		a.route(c, instr, cl)
	case kGHandler:
		a.gorillaRoute(c, instr, cl)
	case kUse:
		a.use(c, instr, cl)
	case kDerive, kGSub:
		if x, ok := instr.(*ssa.Call); ok {
			a.router(x, c)
		}
	case kSubFunc:
		n := a.derived(c, instr, cl)
		if fn := cl.argOf(rFn); fn != nil {
			a.enterFuncValue(c, instr, fn, []binding{{node: n}}, false)
		}
	case kMount:
		n := a.recvRouter(c, cl)
		p := a.argStr(c, cl, rPath)
		t := a.handler(cl.argOf(rHandler), c, instr, 0)
		if t.node != nil {
			t.node.mounts = append(t.node.mounts, &mount{parent: n, at: at, prefix: joinPath(p, t.strip), mw: t.wraps})
			return
		}
		a.record(&regEvent{at: at, fw: cl.fw, path: joinPath(p, "/*"), node: n, handler: t.fn, value: t.value, mw: t.wraps})
	case kServe:
		a.serve(c, instr, cl.argOf(rHandler))
	}
}

func (a *analysis) record(ev *regEvent) {
	a.events = append(a.events, ev)
}

// argStr returns the string argument of cl with role r; "" when there
// is none.
func (a *analysis) argStr(c *context, cl call, r role) string {
	if v := cl.argOf(r); v != nil {
		return a.str(v, c, 0)
	}
	return ""
}

// recvRouter returns the router cl is called on: its receiver, or the
// default ServeMux for http.Handle and http.HandleFunc.
func (a *analysis) recvRouter(c *context, cl call) *node {
	if cl.recv == nil && cl.fw == fwHTTP {
		return a.defaultMux()
	}
	return a.router(cl.recv, c)
}

// route records a registration of gin, echo, chi, fiber or net/http.
func (a *analysis) route(c *context, instr ssa.CallInstruction, cl call) {
	at := point{c, instr}
	n := a.recvRouter(c, cl)
	method := cl.method
	if v := cl.argOf(rMethod); v != nil {
		method = a.str(v, c, 0)
	}
	if v := cl.argOf(rMethods); v != nil {
		method = a.methods(v, c)
	}
	path := a.argStr(c, cl, rPath)
	if cl.pattern {
		if m, p := splitPattern(path); m != "" {
			method, path = m, p
		}
	}
	var mw []Middleware
	hb := binding{v: cl.argOf(rHandler), ctx: c, from: instr}
	if v := cl.argOf(rHandlers); v != nil {
		hs, ok := a.elems(v, c, instr)
		hb = binding{}
		switch {
		case !ok:
			mw = a.mwList(v, c, instr)
		case len(hs) > 0:
			hb = hs[len(hs)-1]
			mw = a.middleware(hs[:len(hs)-1], instr.Pos())
		}
	}
	if v := cl.argOf(rMW); v != nil {
		mw = append(mw, a.mwList(v, c, instr)...)
	}
	t := a.handler(hb.v, hb.ctx, hb.from, 0)
	mw = append(mw, t.wraps...)
	if t.node != nil {
		t.node.mounts = append(t.node.mounts, &mount{parent: n, at: at, prefix: t.strip, mw: mw})
		return
	}
	a.record(&regEvent{at: at, fw: cl.fw, method: method, path: path, node: n, handler: t.fn, value: t.value, mw: mw})
}

// use records middleware applied to a router.
func (a *analysis) use(c *context, instr ssa.CallInstruction, cl call) {
	n := a.recvRouter(c, cl)
	a.seq++
	u := &use{at: point{c, instr}, orderFree: cl.orderFree, pre: cl.pre, seq: a.seq}
	if v := cl.argOf(rMW); v != nil {
		u.mw = a.mwList(v, c, instr)
	}
	if v := cl.argOf(rUseArgs); v != nil {
		args, ok := a.elems(v, c, instr)
		if !ok {
			u.mw = a.mwList(v, c, instr)
		}
		for _, b := range args {
			// fiber's Use takes a prefix, or a list of them, first.
			if mi, ok := b.v.(*ssa.MakeInterface); ok && isString(mi.X.Type()) {
				u.prefix = a.str(mi.X, b.ctx, 0)
				continue
			} else if ok && isStrings(mi.X.Type()) {
				u.prefix = unknown
				continue
			}
			u.mw = append(u.mw, a.middleware([]binding{b}, instr.Pos())...)
		}
	}
	n.uses = append(n.uses, u)
}

// mwList returns the middleware of a list: its elements, or, where the
// code builds the list in a way Find does not follow, the list itself
// as one middleware.
func (a *analysis) mwList(v ssa.Value, c *context, at ssa.Instruction) []Middleware {
	bs, ok := a.elems(v, c, at)
	if !ok {
		return []Middleware{{Value: a.mwValue(v, c, at), Pos: at.Pos()}}
	}
	return a.middleware(bs, at.Pos())
}

func isStrings(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && isString(s.Elem())
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// middleware turns the values bs into middleware applied at pos.
func (a *analysis) middleware(bs []binding, pos token.Pos) []Middleware {
	var out []Middleware
	for _, b := range bs {
		if b.v == nil {
			continue
		}
		out = append(out, Middleware{Value: a.mwValue(b.v, b.ctx, b.from), Pos: pos})
	}
	return out
}

// serve records a handler served as a whole: a router wrapped in
// middleware applies it to all its routes; a handler that is not a
// router is a registration for every path.
func (a *analysis) serve(c *context, instr ssa.Instruction, v ssa.Value) {
	if v == nil {
		return
	}
	if k, ok := v.(*ssa.Const); ok && k.IsNil() {
		n := a.defaultMux()
		n.serves = append(n.serves, nil)
		return
	}
	t := a.handler(v, c, instr, 0)
	switch {
	case t.node != nil:
		t.node.serves = append(t.node.serves, t.wraps)
	case t.fn != nil || len(t.wraps) > 0:
		a.record(&regEvent{at: point{c, instr}, fw: fwHTTP, path: joinPath(t.strip, "/"), handler: t.fn, value: t.value, mw: t.wraps})
	}
}
