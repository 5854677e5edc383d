package flow

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A unit is one top-level function analysed together with the function
// literals nested in it. A literal shares its parent's memory (a captured
// variable is the parent's) and sees the parent's values through its free
// variables; what enters it through its parameters is followed back to
// the unit's calls of it, and what it returns to those calls.
type unit struct {
	*pkgCtx
	top    *ssa.Function
	fns    []*ssa.Function // top first, then the literals, parents before children
	inUnit map[*ssa.Function]bool

	sources []source
	srcMemo map[srcKey]int32

	vals      map[ssa.Value]labelSet
	tuples    map[ssa.Value][]labelSet
	mem       map[ssa.Value]*memObject
	written   map[ssa.Value][]string     // paths the unit's stores write, by root
	stores    map[ssa.Value][]ssa.Value  // values stored into each root, for consent subjects
	whole     map[ssa.Value][]ssa.Value  // values stored into each root as a whole
	bindings  map[*ssa.FreeVar]ssa.Value // what each closure's free variables are bound to
	varargs   map[*ssa.Alloc][]ssa.Value // the elements of compiler-built variadic arrays
	sinkTo    map[ssa.Value]sinkTarget   // roots whose writes and sends are sinks
	built     map[ssa.Value]bool         // call results their callee built (Summary.Built): known, not found
	filled    map[ssa.Value][]fill       // roots a call the unit cannot see may have written into, and where
	anonRet   map[*ssa.Function][]labelSet
	calls     map[*ssa.CallCommon]*callee             // resolved callees
	checks    map[*ssa.Function][]*check              // consent checks, by function
	sites     map[*ssa.Function][]ssa.Instruction     // where each literal is made or called, for its guards
	anonCalls map[*ssa.Function][]ssa.CallInstruction // the unit's calls of each literal
	encodedBy map[int32]string                        // parameters encoded as an interface, by source: the encoder's tag (see encodedArgs)

	changed  bool
	final    bool // the last round, which records sink events
	events   []event
	open     []openCall                   // interface calls given personal data, recorded in the last round (see openCall)
	nonZero  map[*ssa.BasicBlock][]string // fields of the parameters a block needs non-zero (see requiredNonZero)
	unknowns []UnknownCall                // calls of other modules hrvet does not know, recorded in the last round

	decided []decisionSite                 // decision calls, recorded in the last round (see decisionCall)
	cdeps   map[*ssa.Function]*controlDeps // control dependences, made when a decision call needs them
	// allocStores lists the stores into each local variable, made when
	// the decision rule first asks (see storedUnder).
	allocStores map[ssa.Value][]*ssa.Store

	cur     point                      // the instruction being transferred; memory reads see the stores before it
	reachOf map[*ssa.Function][][]bool // per function, per block, the blocks reachable from it (see reaches)
}

// memObject is what the unit stored into one memory root, by field path.
type memObject struct {
	entries []memEntry // sorted by path

	// version counts the changes to entries; loads keeps what memLoad
	// returned for a path read at a point at a version, since a big
	// function loads the same paths again in every fixpoint round while
	// its memory stays the same.
	version uint32
	loads   map[loadKey]memLoaded
}

type loadKey struct {
	path string
	at   point
}

type memLoaded struct {
	version uint32
	labels  labelSet
}

// memEntry is what was stored at one path, by the place of the store: a
// read sees only the stores that can come before it (see reaches), so
// that data stored after a sink call do not count at it.
type memEntry struct {
	path   string
	labels labelSet // all of the sites' labels: what the function leaves behind
	sites  []memSite
}

// memSite is what the stores at one place put at a path.
type memSite struct {
	at     point
	labels labelSet
}

// maxSites bounds the places an entry tells apart; the stores of any
// further places are kept together as made anywhere, seen by every read.
const maxSites = 8

func newUnit(p *pkgCtx, top *ssa.Function) *unit {
	u := &unit{
		pkgCtx:    p,
		top:       top,
		inUnit:    make(map[*ssa.Function]bool),
		srcMemo:   make(map[srcKey]int32),
		vals:      make(map[ssa.Value]labelSet),
		tuples:    make(map[ssa.Value][]labelSet),
		mem:       make(map[ssa.Value]*memObject),
		written:   make(map[ssa.Value][]string),
		stores:    make(map[ssa.Value][]ssa.Value),
		whole:     make(map[ssa.Value][]ssa.Value),
		bindings:  make(map[*ssa.FreeVar]ssa.Value),
		varargs:   make(map[*ssa.Alloc][]ssa.Value),
		sinkTo:    make(map[ssa.Value]sinkTarget),
		built:     make(map[ssa.Value]bool),
		filled:    make(map[ssa.Value][]fill),
		anonRet:   make(map[*ssa.Function][]labelSet),
		calls:     make(map[*ssa.CallCommon]*callee),
		checks:    make(map[*ssa.Function][]*check),
		sites:     make(map[*ssa.Function][]ssa.Instruction),
		anonCalls: make(map[*ssa.Function][]ssa.CallInstruction),
	}
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if u.inUnit[fn] {
			return
		}
		u.inUnit[fn] = true
		u.fns = append(u.fns, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	add(top)
	return u
}

// size is the number of instructions in the unit.
func (u *unit) size() int {
	n := 0
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			n += len(b.Instrs)
		}
	}
	return n
}

// prepare records what does not depend on labels: parameters, closure
// bindings, the paths stores write, variadic arrays, where closures are
// created, and the consent checks.
func (u *unit) prepare() {
	// Parameters, of the function and of its literals, stand for what the
	// callers pass. A literal's callers are in the unit: its flows are
	// carried to the calls that pass the data (see emit).
	for _, fn := range u.fns {
		for i, p := range fn.Params {
			u.vals[p] = labelSet{{src: int32(len(u.sources)), param: true}}
			u.sources = append(u.sources, source{param: i, fn: fn})
		}
	}
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok {
					if anon, ok := mc.Fn.(*ssa.Function); ok && u.inUnit[anon] {
						for i, fv := range anon.FreeVars {
							if i < len(mc.Bindings) {
								u.bindings[fv] = mc.Bindings[i]
							}
						}
					}
				}
				if ci, ok := instr.(ssa.CallInstruction); ok {
					if c := u.resolve(ci.Common()); c.anon != nil {
						u.anonCalls[c.anon] = append(u.anonCalls[c.anon], ci)
					}
				}
				for _, op := range instr.Operands(nil) {
					if anon, ok := (*op).(*ssa.Function); ok && u.inUnit[anon] && anon != u.top {
						u.sites[anon] = append(u.sites[anon], instr)
					}
				}
			}
		}
	}
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case *ssa.Store:
					r, p := u.root(x.Addr)
					u.noteWrite(r, p, x.Val)
					if ia, ok := x.Addr.(*ssa.IndexAddr); ok {
						if a, ok := ia.X.(*ssa.Alloc); ok && a.Comment == "varargs" {
							if k, ok := constIndex(ia.Index); ok {
								elems := u.varargs[a]
								for len(elems) <= k && k < 256 {
									elems = append(elems, nil)
								}
								if k < len(elems) {
									elems[k] = x.Val
								}
								u.varargs[a] = elems
							}
						}
					}
				case *ssa.MapUpdate:
					r, p := u.root(x.Map)
					u.noteWrite(r, p, x.Value)
				}
			}
		}
	}
	for _, fn := range u.fns {
		u.findChecks(fn)
	}
	for anon, sites := range u.closureSites() {
		u.sites[anon] = sites
	}
}

// closureSites maps each closure created with MakeClosure to the
// instructions that stand for its creation: the calls, go and defer
// statements that use it directly, or else the MakeClosure itself.
func (u *unit) closureSites() map[*ssa.Function][]ssa.Instruction {
	out := make(map[*ssa.Function][]ssa.Instruction)
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				mc, ok := instr.(*ssa.MakeClosure)
				if !ok {
					continue
				}
				anon, ok := mc.Fn.(*ssa.Function)
				if !ok || !u.inUnit[anon] {
					continue
				}
				var calls []ssa.Instruction
				onlyCalled := true
				for _, ref := range *mc.Referrers() {
					if cc := commonOf(ref); cc != nil && cc.Value == mc {
						calls = append(calls, ref)
						continue
					}
					if _, ok := ref.(*ssa.DebugRef); ok {
						continue
					}
					onlyCalled = false
				}
				if onlyCalled && len(calls) > 0 {
					out[anon] = calls
				} else {
					out[anon] = []ssa.Instruction{mc}
				}
			}
		}
	}
	return out
}

func commonOf(instr ssa.Instruction) *ssa.CallCommon {
	if ci, ok := instr.(ssa.CallInstruction); ok {
		return ci.Common()
	}
	return nil
}

func (u *unit) noteWrite(r ssa.Value, p string, v ssa.Value) {
	if ws := u.written[r]; !slices.Contains(ws, p) && len(ws) < maxMemEntries {
		u.written[r] = append(ws, p)
	}
	if st := u.stores[r]; len(st) < maxMemEntries {
		u.stores[r] = append(st, v)
	}
	if p == "" && len(u.whole[r]) < 2 {
		u.whole[r] = append(u.whole[r], v)
	}
}

// canonical returns the value a memory root stands for as a person: a
// local variable assigned once holds the value assigned to it, so that
// e := staff[i] and a closure's captured e name the same employee.
func (u *unit) canonical(r ssa.Value) ssa.Value {
	for range 8 {
		a, ok := r.(*ssa.Alloc)
		if !ok || len(u.whole[a]) != 1 {
			return r
		}
		r, _ = u.root(u.whole[a][0])
	}
	return r
}

// run iterates the transfer functions to a fixpoint (or the round limit),
// then runs one more round that records the sink events.
func (u *unit) run() {
	for round := 0; round < maxRounds; round++ {
		u.changed = false
		u.sweep()
		if !u.changed {
			break
		}
	}
	u.final = true
	u.sweep()
}

func (u *unit) sweep() {
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for i, instr := range b.Instrs {
				u.cur = point{fn, int32(b.Index), int32(i)}
				u.transfer(instr)
			}
		}
	}
	u.cur = anywhere
}

// at makes instr the current point, for what is read after the fixpoint
// (the arguments of a literal's calls, the results at a return).
func (u *unit) at(instr ssa.Instruction) {
	u.cur = pointOf(instr)
}

// get returns the labels of a value.
func (u *unit) get(v ssa.Value) labelSet {
	switch v.(type) {
	case *ssa.Const, *ssa.Function, *ssa.Builtin, *ssa.Global:
		return nil
	}
	return u.vals[v]
}

// set adds labels to a value.
func (u *unit) set(v ssa.Value, s labelSet) {
	if len(s) == 0 || v == nil {
		return
	}
	old := u.vals[v]
	n := union(old, s)
	if !equalSets(old, n) {
		u.vals[v] = n
		u.changed = true
	}
}

func (u *unit) tupleGet(v ssa.Value, i int) labelSet {
	t := u.tuples[v]
	if i < len(t) {
		return t[i]
	}
	return nil
}

func (u *unit) setTuple(v ssa.Value, i int, s labelSet) {
	if len(s) == 0 {
		return
	}
	t := u.tuples[v]
	if i >= len(t) {
		if i > 64 {
			return
		}
		t = append(t, make([]labelSet, i+1-len(t))...)
		u.tuples[v] = t
	}
	n := union(t[i], s)
	if !equalSets(t[i], n) {
		t[i] = n
		u.changed = true
	}
}

// deep returns what a value carries including, for a pointer, slice, map,
// channel or interface, the memory it refers to.
func (u *unit) deep(v ssa.Value) labelSet {
	s := u.get(v)
	if readsMemory(v) {
		return s // its labels already include the memory it was read from
	}
	r, p := u.root(v)
	if m := u.mem[r]; m != nil {
		s = union(s, u.memLoad(m, p))
	}
	return s
}

// memLoad returns what a read of path p of a memory root yields at the
// current point.
func (u *unit) memLoad(m *memObject, p string) labelSet {
	key := loadKey{p, u.cur}
	if c, ok := m.loads[key]; ok && c.version == m.version {
		return c.labels
	}
	out := u.memLoadEntries(m, p)
	if m.loads == nil {
		m.loads = make(map[loadKey]memLoaded)
	}
	m.loads[key] = memLoaded{m.version, out}
	return out
}

// memLoadEntries computes memLoad from the entries.
func (u *unit) memLoadEntries(m *memObject, p string) labelSet {
	var out labelSet
	for _, e := range m.entries {
		if rest, ok := underPath(e.path, p); ok {
			out = union(out, rebase(u.seen(e), rest))
		} else if rest, ok := underPath(p, e.path); ok {
			out = union(out, u.selectPath(u.seen(e), rest))
		}
	}
	return out
}

// memLoadWithin is memLoad without the data stored into the whole of
// something that holds p: only stores into p or below it.
func (u *unit) memLoadWithin(m *memObject, p string) labelSet {
	var out labelSet
	for _, e := range m.entries {
		if rest, ok := underPath(e.path, p); ok {
			out = union(out, rebase(u.seen(e), rest))
		}
	}
	return out
}

// seen returns the labels of the entry's stores that can come before the
// current point.
func (u *unit) seen(e memEntry) labelSet {
	var out labelSet
	for _, st := range e.sites {
		if u.reaches(st.at, u.cur) {
			out = union(out, st.labels)
		}
	}
	return out
}

// store adds labels to path p of memory root r.
func (u *unit) store(r ssa.Value, p string, s labelSet) {
	if len(s) == 0 || r == nil {
		return
	}
	switch r.(type) {
	case *ssa.Const, *ssa.Function, *ssa.Builtin:
		return
	}
	m := u.mem[r]
	if m == nil {
		m = &memObject{}
		u.mem[r] = m
	}
	search := func(p string) (int, bool) {
		return slices.BinarySearchFunc(m.entries, p, func(e memEntry, p string) int { return strings.Compare(e.path, p) })
	}
	i, found := search(p)
	if !found && len(m.entries) >= maxMemEntries {
		// Full: keep the labels at the whole object, which every read
		// overlaps. The whole object's entry may exceed the bound by one.
		s, p = rebase(s, p), ""
		i, found = search(p)
	}
	if !found {
		m.entries = slices.Insert(m.entries, i, memEntry{path: p})
		m.version++
	}
	e := &m.entries[i]
	at := u.cur
	k := slices.IndexFunc(e.sites, func(st memSite) bool { return st.at == at })
	if k < 0 && len(e.sites) >= maxSites {
		at = anywhere
		k = slices.IndexFunc(e.sites, func(st memSite) bool { return st.at == at })
	}
	if k < 0 {
		e.sites = append(e.sites, memSite{at: at})
		k = len(e.sites) - 1
	}
	n := union(e.sites[k].labels, s)
	if !equalSets(e.sites[k].labels, n) {
		e.sites[k].labels = n
		e.labels = union(e.labels, s)
		m.version++
		u.changed = true
	}
}

// selectField narrows labels to field f of the value they describe.
// keepParams false drops parameter labels: the field is known not to hold
// personal data (reading e.ID is not reading e.Phone).
func (u *unit) selectField(s labelSet, f string, keepParams bool) labelSet {
	if len(s) == 0 {
		return nil
	}
	if f == domainSel {
		return u.domainOf(s) // a summary's "param 1.@domain", at a call
	}
	out := make(labelSet, 0, len(s))
	for _, l := range s {
		if l.at != "" {
			first, rest := firstField(l.at)
			if first == f {
				l.at = rest
				out = append(out, l)
			}
			continue
		}
		src := &u.sources[l.src]
		if src.param >= 0 {
			// A string or a number has no fields: data an unknown call
			// wrote into a record beside a parameter's string (the
			// arguments of a query whose row it scans) are not under
			// the record's fields.
			if keepParams && !basicParam(src) {
				l.sel = joinPath(l.sel, f)
				out = append(out, l)
			}
			continue
		}
		l.sel = joinPath(l.sel, f)
		if u.hasData(l) {
			out = append(out, l)
		}
	}
	return normalize(out)
}

// basicParam reports whether a parameter source is a string, a number or
// a bool.
func basicParam(src *source) bool {
	if src.fn == nil || src.param >= len(src.fn.Params) {
		return false
	}
	_, ok := src.fn.Params[src.param].Type().Underlying().(*types.Basic)
	return ok
}

// hasData reports whether an origin label, as selected, still stands for
// any personal data.
func (u *unit) hasData(l label) bool {
	for _, c := range u.sources[l.src].data {
		if _, ok := underPath(c.path, l.sel); ok {
			return true
		}
		if _, ok := underPath(l.sel, c.path); ok {
			return true
		}
	}
	return false
}

// selectPath narrows labels to a field path.
func (u *unit) selectPath(s labelSet, p string) labelSet {
	for p != "" && len(s) > 0 {
		var f string
		f, p = firstField(p)
		s = u.selectField(s, f, true)
	}
	return s
}

// hasBearingParam reports whether any label stands for the data of a
// person-bearing parameter.
func (u *unit) hasBearingParam(s labelSet) bool {
	for _, l := range s {
		src := &u.sources[l.src]
		if src.param >= 0 && src.param < len(src.fn.Params) && u.bearing(src.fn.Params[src.param].Type()) {
			return true
		}
	}
	return false
}

// read sets the labels of v, a read of personal data or of a
// person-bearing value: field f of a struct of type st, or (f nil) a whole
// value. Data inferred from the type of the whole value read from (an
// employee returned by a call) are replaced by an origin here, at the
// read; and where the value read from is not known to the function (a
// call result, a global, a variable a decoder filled) the read is itself
// an origin.
func (u *unit) read(v ssa.Value, s labelSet, st types.Type, f *types.Var, r ssa.Value, p string) {
	interesting := false
	if f != nil {
		fi := u.field(f)
		interesting = fi.personal || fi.bearing
	} else {
		interesting = u.bearing(v.Type())
	}
	if !interesting {
		u.set(v, s)
		return
	}
	var kept labelSet
	replaced := false
	for _, l := range s {
		src := &u.sources[l.src]
		if src.param < 0 && src.typeBased && l.at == "" {
			replaced = true
			continue
		}
		kept = kept.add(l)
	}
	// Data a person-bearing parameter brings need no origin here, even
	// where the read goes through memory the unit cannot name (a list
	// walked in a loop).
	if replaced || (u.unknown(r) && !u.hasBearingParam(kept)) {
		id, ok := u.origin(srcKey{at: v, kind: keyRead}, func() source {
			var data []carried
			if f != nil {
				data = u.fieldData(st, f)
			} else {
				data = u.typeData(v.Type())
			}
			if !replaced {
				if a, ok := r.(*ssa.Alloc); ok {
					data = withoutWritten(data, u.written[a], p)
				}
			}
			// A whole value read stays type-based, so that a field read
			// from it later is the origin reported.
			return source{pos: readPos(v), data: data, root: u.canonical(r), typeBased: f == nil}
		})
		if ok {
			kept = kept.add(label{src: id})
		}
	}
	u.set(v, kept)
}

// unknown reports whether the function cannot know what memory root r
// holds at the current point: it is not a parameter (whose data come
// from the callers), nor memory the function allocated fresh or its
// callee built (Summary.Built) that no call it cannot see has filled
// before this point (json.Unmarshal(b, u) into u := &User{}).
func (u *unit) unknown(r ssa.Value) bool {
	switch r.(type) {
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Const, *ssa.Function, *ssa.Builtin:
		return false
	}
	return !fresh(r) && !u.built[r] || u.filledBefore(r) != nil
}

// readsMemory reports whether v, looked at through conversions, is a read
// from memory (a load, field, index or lookup): paths do not tell a
// pointer from what it points to, so the memory at its root and path is
// the memory the read already took.
func readsMemory(v ssa.Value) bool {
	switch x := throughInterfaces(v).(type) {
	case *ssa.UnOp:
		return x.Op == token.MUL
	case *ssa.Field, *ssa.Index, *ssa.Lookup:
		return true
	}
	return false
}
