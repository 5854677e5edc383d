package routes

import (
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// node is a router: made by a constructor, derived from another (a
// group, a chi With, a subrouter), or of unknown origin.
type node struct {
	id     int
	fw     string
	parent *node
	at     point        // where it is made or derived
	prefix string       // the path it adds to its parent's
	method string       // gorilla: the methods a subrouter's routes match
	mw     []Middleware // applied where it is derived (Group(path, mw...), With(mw...))
	seq    int
	alts   []*node // a φ of routers: each of them in turn

	uses   []*use
	mounts []*mount
	serves [][]Middleware // each place it is served, with the middleware wrapped round it there

	open      bool
	openFunc  *ssa.Function
	openParam int
}

// use is a Use call on a router.
type use struct {
	at             point
	mw             []Middleware
	orderFree, pre bool
	prefix         string // fiber: the paths it applies to
	seq            int
}

// mount is a router registered as a handler of another.
type mount struct {
	parent *node
	at     point
	prefix string
	mw     []Middleware
}

// point is an instruction in a context.
type point struct {
	ctx   *context
	instr ssa.Instruction
}

type nodeKey struct {
	ctx *context
	v   any
}

// makeNode returns the node for key, made by init the first time.
func (a *analysis) makeNode(key nodeKey, fw string, init func(n *node)) *node {
	if n := a.nodes[key]; n != nil {
		return n
	}
	a.seq++
	n := &node{id: len(a.nodes), fw: fw, seq: a.seq, openParam: -1}
	a.nodes[key] = n
	if init != nil {
		init(n)
	}
	return n
}

// newNode is the router a constructor call or allocation v makes.
func (a *analysis) newNode(c *context, v ssa.Value, fw string) *node {
	return a.makeNode(nodeKey{c, v}, fw, func(n *node) {
		if instr, ok := v.(ssa.Instruction); ok {
			n.at = point{c, instr}
		}
	})
}

// defaultMux is http.DefaultServeMux.
func (a *analysis) defaultMux() *node {
	return a.makeNode(nodeKey{nil, "http.DefaultServeMux"}, fwHTTP, nil)
}

// paramNode is the router an unbound parameter stands for.
func (a *analysis) paramNode(c *context, p *ssa.Parameter) *node {
	return a.makeNode(nodeKey{c, p}, routerFramework(p.Type()), func(n *node) {
		n.open, n.openFunc = true, c.fn
		n.openParam = slices.Index(c.fn.Params, p)
	})
}

// unknownNode is a router of an origin not followed; values reached by
// the same path of fields from the same place share one.
func (a *analysis) unknownNode(c *context, v ssa.Value) *node {
	key, fw := nodeKey{c, v}, ""
	if v != nil {
		fw = routerFramework(v.Type())
		if k := a.accessKey(v, c, 0); k != "" {
			key = nodeKey{nil, k}
		}
	}
	return a.makeNode(key, fw, func(n *node) {
		n.open = true
		if c != nil {
			n.openFunc = c.fn
		}
	})
}

// derived is the router a Group, With, Route or Subrouter call makes
// from its receiver's.
func (a *analysis) derived(c *context, instr ssa.CallInstruction, cl call) *node {
	return a.makeNode(nodeKey{c, instr}, cl.fw, func(n *node) {
		n.at = point{c, instr}
		n.parent = a.recvRouter(c, cl)
		n.prefix = a.argStr(c, cl, rPath)
		if v := cl.argOf(rMW); v != nil {
			n.mw = a.mwList(v, c, instr)
		}
	})
}

// chain is the part of a registration its router gives: the prefix, the
// middleware and whether it is open.
type chain struct {
	prefix, method string
	mw             []Middleware
	open           bool
	openFunc       *ssa.Function
	openParam      int
}

type mwItem struct {
	m   Middleware
	seq int
}

// chains returns what the router n gives a registration ev made at p (p
// is ev's point, or where n's child on the way to ev's router was
// derived): one chain for each place n's root router is mounted or
// served.
func (a *analysis) chains(n *node, p point, ev *regEvent, depth int) []chain {
	var path []*node
	var pts []point
	for x, q := n, p; x != nil && len(path) < maxResolve; x, q = x.parent, x.at {
		path = append(path, x)
		pts = append(pts, q)
		if x.alts != nil {
			break
		}
	}
	slices.Reverse(path)
	slices.Reverse(pts)
	// A router reached again through a φ or a mount is a loop: the
	// variant through it is left out.
	for _, x := range path {
		if a.inChain[x] {
			return nil
		}
	}
	for _, x := range path {
		a.inChain[x] = true
		defer delete(a.inChain, x)
	}
	// rel[i] is ev's path below path[i].
	rel := make([]string, len(path))
	r := ev.path
	for i := len(path) - 1; i >= 0; i-- {
		rel[i] = r
		r = joinIn(path[i].fw, path[i].prefix, r)
	}

	var items []mwItem
	var prefix, method string
	for i, x := range path {
		if i > 0 {
			prefix = joinIn(x.fw, prefix, x.prefix)
		}
		if x.method != "" {
			method = x.method
		}
		for _, m := range x.mw {
			items = append(items, mwItem{m, x.seq})
		}
		for _, pass := range []func(u *use) bool{
			func(u *use) bool { return u.pre && a.together(u.at, ev.at) },
			func(u *use) bool { return u.orderFree && !u.pre && a.together(u.at, ev.at) },
			func(u *use) bool { return !u.orderFree && a.applies(u, x, pts[i], ev, rel[i]) },
		} {
			for _, u := range x.uses {
				if pass(u) {
					for _, m := range u.mw {
						items = append(items, mwItem{m, u.seq})
					}
				}
			}
		}
	}
	if n.fw == fwFiber {
		// fiber runs what was registered first first, whatever the group.
		slices.SortStableFunc(items, func(x, y mwItem) int { return x.seq - y.seq })
	}

	var out []chain
	for _, base := range a.bases(path[0], pts[0], ev, depth) {
		ch := base
		ch.prefix = joinIn(n.fw, base.prefix, prefix)
		if method != "" {
			ch.method = method
		}
		ch.mw = slices.Clip(base.mw)
		for _, it := range items {
			ch.mw = append(ch.mw, it.m)
		}
		out = append(out, ch)
	}
	return out
}

// bases returns what comes before a root router, used at p: a chain for
// each place it is mounted or served (with the middleware wrapped round
// it there), for each router a φ may be, or an empty one.
func (a *analysis) bases(root *node, p point, ev *regEvent, depth int) []chain {
	var out []chain
	if depth < maxMounts {
		for _, alt := range root.alts {
			out = append(out, a.chains(alt, p, ev, depth+1)...)
		}
		for _, m := range root.mounts {
			for _, ch := range a.chains(m.parent, m.at, ev, depth+1) {
				ch.prefix = joinIn(m.parent.fw, ch.prefix, m.prefix)
				ch.mw = append(slices.Clip(ch.mw), m.mw...)
				out = append(out, ch)
			}
		}
	}
	for _, w := range root.serves {
		out = append(out, chain{mw: w, openParam: -1})
	}
	if len(out) == 0 {
		out = []chain{{openParam: -1}}
	}
	if root.open {
		for i := range out {
			if !out[i].open {
				out[i].open, out[i].openFunc, out[i].openParam = true, root.openFunc, root.openParam
			}
		}
	}
	return slices.CompactFunc(out, sameChain)
}

func sameChain(x, y chain) bool {
	return x.prefix == y.prefix && x.method == y.method && x.open == y.open &&
		x.openFunc == y.openFunc && x.openParam == y.openParam && slices.Equal(x.mw, y.mw)
}

// applies reports whether an ordered Use u on router x applies to ev:
// it must come before p, where ev is registered on x or where x's child
// toward ev's router is derived; fiber's Use must come before ev itself
// and cover its path (rel, below x).
func (a *analysis) applies(u *use, x *node, p point, ev *regEvent, rel string) bool {
	if x.fw == fwFiber {
		return a.before(u.at, ev.at) && covers(u.prefix, rel)
	}
	return a.before(u.at, p)
}

// covers reports whether a fiber Use prefix covers a path.
func covers(prefix, path string) bool {
	if prefix == "" || prefix == "/" || strings.Contains(prefix+path, unknown) {
		return true
	}
	prefix = strings.TrimSuffix(prefix, "/")
	return path == prefix || strings.HasPrefix(path, prefix+"/")
}

// meet projects x and y into the function where their chains of
// contexts meet: i and j are x and y, or the calls through which they
// are reached there. xSure tells whether, below that function, x is
// reached whenever the functions it is in return.
func (a *analysis) meet(x, y point) (i, j ssa.Instruction, xSure, ok bool) {
	onY := map[*context]ssa.Instruction{}
	for c, j := y.ctx, y.instr; c != nil; c, j = c.parent, c.anchor {
		onY[c] = j
	}
	xSure = true
	for c, i := x.ctx, x.instr; c != nil; c, i = c.parent, c.anchor {
		if j, ok := onY[c]; ok {
			return i, j, xSure, i != j
		}
		xSure = xSure && dominatesExits(i)
	}
	return nil, nil, false, false
}

// before reports whether x surely happens before y: where their chains
// of contexts meet, x (or the call it is reached through) dominates y
// (or the call y is reached through), and below that x is reached
// whenever its function returns.
func (a *analysis) before(x, y point) bool {
	i, j, sure, ok := a.meet(x, y)
	return ok && sure && a.dominates(i, j)
}

// together reports whether u surely happens when p does, before or
// after it: u comes before p, or is on every path to a return.
func (a *analysis) together(u, p point) bool {
	i, j, sure, ok := a.meet(u, p)
	return ok && sure && (a.dominates(i, j) || dominatesExits(i))
}

// dominates reports whether i comes before j on every path to j.
func (a *analysis) dominates(i, j ssa.Instruction) bool {
	bi, bj := i.Block(), j.Block()
	if bi == nil || bj == nil {
		return false
	}
	if bi == bj {
		return a.indexOf(i) < a.indexOf(j)
	}
	return bi.Dominates(bj)
}

func (a *analysis) indexOf(instr ssa.Instruction) int {
	if i, ok := a.index[instr]; ok {
		return i
	}
	for i, x := range instr.Block().Instrs {
		a.index[x] = i
	}
	return a.index[instr]
}

// dominatesExits reports whether every normal return of i's function
// passes through i.
func dominatesExits(i ssa.Instruction) bool {
	b := i.Block()
	if b == nil {
		return false
	}
	for _, x := range b.Parent().Blocks {
		if len(x.Instrs) == 0 {
			continue
		}
		if _, ok := x.Instrs[len(x.Instrs)-1].(*ssa.Return); ok && !b.Dominates(x) {
			return false
		}
	}
	return true
}

// registrations puts together each registration found with what its
// router gives it.
func (a *analysis) registrations() []Registration {
	var out []Registration
	for _, ev := range a.events {
		chains := []chain{{openParam: -1}}
		if ev.node != nil {
			chains = a.chains(ev.node, ev.at, ev, 0)
		}
		for _, ch := range chains {
			r := Registration{
				Pos:          ev.at.instr.Pos(),
				Framework:    ev.fw,
				Method:       ev.method,
				Path:         fullPath(ev.fw, joinIn(ev.fw, ch.prefix, ev.path)),
				Handler:      ev.handler,
				HandlerValue: ev.value,
				Middleware:   append(slices.Clip(ch.mw), ev.mw...),
				Open:         ch.open,
				OpenFunc:     ch.openFunc,
				OpenParam:    ch.openParam,
				Via:          via(ev.at.ctx),
			}
			if r.Method == "" {
				r.Method = ch.method
			}
			if !r.Open {
				r.OpenParam = 0
			}
			out = append(out, r)
		}
	}
	sortByPos(out, func(r Registration) token.Pos { return r.Pos })
	return out
}

// via returns the calls through which c was entered, outermost first.
func via(c *context) []token.Pos {
	var out []token.Pos
	for ; c != nil && c.parent != nil; c = c.parent {
		if c.call {
			out = append(out, c.anchor.Pos())
		}
	}
	slices.Reverse(out)
	return out
}
