package flow

import (
	"fmt"
	"go/token"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/ssa"
)

// decisionKind is the kind of the events at the call of an HR decision
// (see decisionCall): not a sink data leave by, but a place where what
// the data say must not decide alone (Labour Code art. 86 p.6).
const decisionKind = sinks.Decision

// decisionSite is a call of a decision the unit makes, directly or
// through a function whose summary decides.
type decisionSite struct {
	instr ssa.Instruction
	spec  sinkSpec
}

// decisionCall records, in the last round, a call of an HR decision: an
// event with what the decision rests on. That is what decides whether
// the call happens (the conditions it is control-dependent on in its
// function, see control.go) and, with args, what the decision is given
// besides the person it is about: the first person-bearing argument is
// the subject, which counts only by what was written into it (see
// subjectData), not as the record of whom the decision is about. For a
// function whose summary decides (Summary.Decides), what its parameters
// bring is in its parameter flows, and only the conditions here are
// added.
func (u *unit) decisionCall(c *callee, cc *ssa.CallCommon, instr ssa.Instruction, spec sinkSpec, withArgs bool) {
	u.decided = append(u.decided, decisionSite{instr: instr, spec: spec})
	var data []argData
	if withArgs {
		var idx []int
		subject := -1
		for _, i := range c.dataArgs() {
			if isContext(c.args[i].Type()) {
				continue
			}
			if subject < 0 && u.bearing(c.args[i].Type()) {
				subject = i
				continue
			}
			idx = append(idx, i)
		}
		data = u.argData(c, cc, idx)
		for k := range data {
			if a := data[k].arg; a >= 0 && a < len(c.args) {
				data[k].labels = union(data[k].labels, u.decisionData(c.args[a]))
			}
		}
		if subject >= 0 {
			sd := u.argData(c, cc, []int{subject})
			for k := range sd {
				sd[k].labels = u.subjectData(union(sd[k].labels, u.decisionData(c.args[subject])))
			}
			subjectSpec := spec
			subjectSpec.subject = true
			u.sinkEvent(instr, subjectSpec, c.name(), sd)
		}
	}
	if s := u.controlData(instr); len(s) > 0 {
		data = append(data, argData{arg: -1, ast: -1, labels: s})
	}
	u.sinkEvent(instr, spec, c.name(), data)
}

// subjectData keeps, of what the subject of a decision carries, the data
// written into it: a payroll record built here with a late-arrival
// deduction computed from attendance rests on the attendance; the
// employee's record loaded and passed whole is whom the decision is
// about, not its reason; so is what names the person in it (the name,
// a passport number written into the record: identifying categories but
// location, which a decision may well rest on). A parameter passed whole
// is kept, for the callers to judge the same way (ParamFlow.Subject).
func (u *unit) subjectData(s labelSet) labelSet {
	var out labelSet
	for _, l := range s {
		src := &u.sources[l.src]
		switch {
		case src.param >= 0:
			if l.sel == "" && l.at == "" || l.at != "" {
				out = append(out, l)
			}
		case l.at != "" && !u.namesOnly(l):
			out = append(out, l)
		}
	}
	return out
}

// namesOnly reports whether all the data of origin label l single a
// person out, location aside.
func (u *unit) namesOnly(l label) bool {
	data := u.dataOf(l)
	for _, c := range data {
		if !c.cat.Identifying() || c.cat == annotations.Location {
			return false
		}
	}
	return len(data) > 0
}

// controlData returns what the conditions deciding whether instr runs
// carry, as decisionData reads them.
func (u *unit) controlData(instr ssa.Instruction) labelSet {
	return u.controlledBy(instr, make(map[ssa.Value]bool), 0)
}

// controlledBy is controlData within a walk of derivedFrom, sharing its
// visited values and depth so that a store decided by a condition that
// reads what the store wrote ends.
func (u *unit) controlledBy(instr ssa.Instruction, seen map[ssa.Value]bool, depth int) labelSet {
	if depth > 24 {
		return nil
	}
	fn := instr.Parent()
	if u.cdeps == nil {
		u.cdeps = make(map[*ssa.Function]*controlDeps)
	}
	cd := u.cdeps[fn]
	if cd == nil {
		cd = newControlDeps(fn)
		u.cdeps[fn] = cd
	}
	var out labelSet
	for _, cond := range cd.conditions(instr.Block()) {
		out = union(out, u.derivedFrom(cond.Cond, seen, depth+1))
	}
	return out
}

// decisionData returns the personal data a value is computed from, for
// the decision rule. It is the value's labels and, where the flow rules
// let data go, more: a comparison is computed from its operands (it
// carries none of them to a sink, but a threshold on absences decides on
// absences), a value chosen by a branch from what decides the branch
// (bonus := 0; if score > 9 { bonus = 100 }), and the result of a
// function from what its summary says it is computed from
// (Summary.Derives). What says only that a value exists is no reason to
// decide: a comparison with nil, the ok of a map lookup, a type
// assertion or a receive, and the length of anything but a personal
// field.
func (u *unit) decisionData(v ssa.Value) labelSet {
	return u.derivedFrom(v, make(map[ssa.Value]bool), 0)
}

func (u *unit) derivedFrom(v ssa.Value, seen map[ssa.Value]bool, depth int) labelSet {
	if v == nil || seen[v] || depth > 24 {
		return nil
	}
	seen[v] = true
	s := u.get(v)
	more := func(x ssa.Value) { s = union(s, u.derivedFrom(x, seen, depth+1)) }
	switch x := v.(type) {
	case *ssa.BinOp:
		if isComparison(x.Op) && (isNilConst(x.X) || isNilConst(x.Y)) {
			return nil // whether it exists, not what it says
		}
		more(x.X)
		more(x.Y)
	case *ssa.UnOp:
		switch x.Op {
		case token.NOT, token.SUB, token.XOR:
			more(x.X)
		case token.MUL:
			s = union(s, u.storedUnder(x.X, seen, depth))
		}
	case *ssa.Field:
		s = union(s, u.selectField(u.derivedFrom(x.X, seen, depth+1), fieldName(x.X.Type(), x.Field), true))
	case *ssa.Convert:
		more(x.X)
	case *ssa.ChangeType:
		more(x.X)
	case *ssa.Phi:
		for _, e := range x.Edges {
			more(e)
		}
		// Which edge is taken is decided by the branch that splits the
		// paths merged here.
		if idom := x.Block().Idom(); idom != nil && len(idom.Instrs) > 0 {
			if cond, ok := idom.Instrs[len(idom.Instrs)-1].(*ssa.If); ok {
				more(cond.Cond)
			}
		}
	case *ssa.Extract:
		switch t := x.Tuple.(type) {
		case *ssa.Lookup, *ssa.TypeAssert, *ssa.UnOp:
			if x.Index == 1 {
				return nil // ok: whether the key, type or message was there
			}
		case *ssa.Next:
			return nil
		case *ssa.Call:
			s = union(s, u.derivedResult(t, x.Index, seen, depth))
		}
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok {
			if (b.Name() == "len" || b.Name() == "cap") && len(x.Call.Args) == 1 && personalFieldRead(x.Call.Args[0]) {
				more(x.Call.Args[0])
			}
			break
		}
		s = union(s, u.derivedResult(x, 0, seen, depth))
	}
	return s
}

// storedUnder returns what the stores into a local variable at addr
// were computed from, and what decided them: a verdict kept in a struct
// (p.Action = Dismissal under a threshold) rests on the threshold. Each
// store's data sit at its path below addr's.
func (u *unit) storedUnder(addr ssa.Value, seen map[ssa.Value]bool, depth int) labelSet {
	r, p := u.root(addr)
	if _, ok := r.(*ssa.Alloc); !ok {
		return nil
	}
	if u.allocStores == nil {
		u.allocStores = make(map[ssa.Value][]*ssa.Store)
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if st, ok := instr.(*ssa.Store); ok {
						if sr, _ := u.root(st.Addr); sr != nil {
							if _, ok := sr.(*ssa.Alloc); ok {
								u.allocStores[sr] = append(u.allocStores[sr], st)
							}
						}
					}
				}
			}
		}
	}
	var out labelSet
	for _, st := range u.allocStores[r] {
		_, sp := u.root(st.Addr)
		var here labelSet
		switch {
		case sp == p:
			here = union(u.derivedFrom(st.Val, seen, depth+1), u.controlledBy(st, seen, depth+1))
		case p == "" || strings.HasPrefix(sp, p+"."):
			rel := sp
			if p != "" {
				rel = sp[len(p)+1:]
			}
			here = rebase(union(u.derivedFrom(st.Val, seen, depth+1), u.controlledBy(st, seen, depth+1)), rel)
		case sp == "" || strings.HasPrefix(p, sp+"."):
			rest := p
			if sp != "" {
				rest = p[len(sp)+1:]
			}
			here = union(u.selectPath(u.derivedFrom(st.Val, seen, depth+1), rest), u.controlledBy(st, seen, depth+1))
		}
		out = union(out, here)
	}
	return out
}

// derivedResult returns what result i of call is computed from, by its
// callee's Summary.Derives.
func (u *unit) derivedResult(call *ssa.Call, i int, seen map[ssa.Value]bool, depth int) labelSet {
	c := u.resolve(&call.Call)
	if c.obj == nil {
		return nil
	}
	sum := u.summaryOf(c.obj)
	if sum == nil {
		return nil
	}
	var s labelSet
	for k, rf := range sum.Derives {
		if rf.Result != i {
			continue
		}
		if rf.Param >= 0 {
			if rf.Param < len(c.args) {
				a := c.args[rf.Param]
				from := union(u.deep(a), u.derivedFrom(a, seen, depth+1))
				s = union(s, u.selectPath(from, strings.Join(rf.Path, ".")))
			}
			continue
		}
		id, ok := u.origin(srcKey{at: call, kind: keyDerived, n: k}, func() source {
			data := make([]carried, 0, len(rf.Data))
			for _, d := range rf.Data {
				data = append(data, carried{name: d.Name, cat: d.Category, path: strings.Join(d.Path, ".")})
			}
			return source{pos: call.Pos(), data: data, root: call}
		})
		if ok {
			s = s.add(label{src: id})
		}
	}
	return s
}

// personalFieldRead reports whether v is read from a field of a struct
// (e.Absences, or *&e.Absences): the length of a list of absences says
// something about the person; the length of a list of employees does
// not.
func personalFieldRead(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.Field:
		return true
	case *ssa.UnOp:
		if x.Op == token.MUL {
			_, ok := x.X.(*ssa.FieldAddr)
			return ok
		}
	}
	return false
}

func isComparison(op token.Token) bool {
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}

func isNilConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value == nil
}

// decides returns the decisions the unit's function makes with no
// review on the path: its callers' calls of it are decision calls too,
// whose own conditions count (Summary.Decides).
func (u *unit) decides() []Decides {
	var out []Decides
	for _, d := range u.decided {
		if u.reviewed(d.instr) != nil {
			continue
		}
		out = append(out, Decides{Sink: d.spec.sink, Via: d.spec.via})
	}
	slices.SortFunc(out, func(a, b Decides) int { return strings.Compare(a.String(), b.String()) })
	out = slices.CompactFunc(out, func(a, b Decides) bool { return a.String() == b.String() })
	if len(out) > maxDecides {
		out = out[:maxDecides]
	}
	return out
}

// decisionCalls lists the unit's decision calls for Result.Decisions,
// once each.
func (u *unit) decisionCalls() []DecisionCall {
	var out []DecisionCall
	seen := make(map[string]bool)
	for _, d := range u.decided {
		pos, end := d.instr.Pos(), d.instr.Pos()
		callee := d.spec.sink
		if len(d.spec.via) > 0 {
			callee = d.spec.via[0]
		}
		if cc := commonOf(d.instr); cc != nil {
			if call := u.callAt(cc.Pos()); call != nil {
				pos, end = call.Pos(), call.End()
			}
		}
		if !pos.IsValid() {
			continue
		}
		dc := DecisionCall{Pos: pos, End: end, Callee: callee, Decision: d.spec.sink}
		if len(d.spec.via) > 0 {
			dc.Via = d.spec.via
		}
		if r := u.reviewed(d.instr); r != nil {
			dc.Review, dc.ReviewPos = r.name, r.instr.Pos()
		}
		key := fmt.Sprint(dc.Pos, dc.Decision, dc.Via)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, dc)
	}
	return out
}

// maxDecides bounds the decisions a summary names.
const maxDecides = 8

// reviewed returns the review whose approval dominates instr, if any.
func (u *unit) reviewed(instr ssa.Instruction) *check {
	for _, c := range u.guards(instr.Parent(), instr.Block(), 0) {
		if c.review && c.used {
			return c
		}
	}
	return nil
}

// evaluateDecision judges a decision call by the reviews that dominate
// it: one approving review covers it.
func evaluateDecision(all []*check) (Guard, Problem) {
	for _, c := range all {
		if c.review && c.used {
			return Guard{Kind: ByReview, Pos: c.instr.Pos(), Check: c.name}, OK
		}
	}
	return Guard{}, Unguarded
}

// derives describes what the unit's function's results (but records of
// persons) are computed from beyond what they carry (Summary.Derives):
// func overLimit(e *Employee) bool { return e.Absences > 10 } carries
// nothing to a sink, but a dismissal decided by it rests on absences.
func (u *unit) derives(returns []ReturnFlow) []ReturnFlow {
	results := u.top.Signature.Results()
	var out []ReturnFlow
	have := make(map[string]bool)
	for _, r := range returns {
		have[r.String()] = true
	}
	// One walk per result, whatever the number of returns: a value seen
	// for one return has given its rows for that result already.
	seen := make([]map[ssa.Value]bool, results.Len())
	for j := range seen {
		seen[j] = make(map[ssa.Value]bool)
	}
	for _, b := range u.top.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != results.Len() {
			continue
		}
		u.at(ret)
		for j, v := range ret.Results {
			if u.bearing(results.At(j).Type()) {
				continue // a record of a person: its data are its Returns
			}
			carried := u.deep(v)
			for _, l := range u.derivedFrom(v, seen[j], 0) {
				if slices.Contains(carried, l) {
					continue // what it carries anyway, in Returns
				}
				src := &u.sources[l.src]
				var rf ReturnFlow
				switch {
				case src.param >= 0 && src.fn == u.top:
					rf = ReturnFlow{Result: j, Param: src.param, Path: splitPath(l.sel), At: splitPath(l.at)}
				case src.param >= 0:
					continue // a literal's parameter: the unit's own business
				default:
					rf = ReturnFlow{Result: j, Param: -1, At: splitPath(l.at)}
					for _, c := range u.dataOf(l) {
						rf.Data = append(rf.Data, Datum{Name: c.name, Category: c.cat, Path: splitPath(c.path)})
					}
					if len(rf.Data) == 0 {
						continue
					}
				}
				if key := rf.String(); !have[key] {
					have[key] = true
					out = append(out, rf)
				}
			}
		}
	}
	u.cur = anywhere
	out = compactReturns(out)
	if len(out) > maxSummaryRows {
		out = out[:maxSummaryRows]
	}
	return out
}
