package flow

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/ssa"
)

// sinkSpec describes the sink data reach at a call: directly, or through
// the wrappers in via.
type sinkSpec struct {
	kind     sinks.Kind
	purpose  string
	sink     string
	via      []string
	consents []string // purposes of checks inside the wrappers that did not cover the sink
	basis    string   // the sink itself rests on a basis
	role     string   // expose: the role of an authorization inside the wrappers that guards the sink
}

// sinkTarget is a writer or channel a sink call returned: what is written
// to or sent on it leaves the program.
type sinkTarget struct {
	entry sinkSpec
	name  string
}

// event is data reaching a sink at an instruction of the unit.
type event struct {
	instr    ssa.Instruction
	spec     sinkSpec
	callee   string
	args     []argData
	requires []string // fields of the unit's parameters the flow needs non-zero (see nonzero.go)
}

func (u *unit) sinkEvent(instr ssa.Instruction, spec sinkSpec, callee string, args []argData) {
	u.sinkEventIf(instr, spec, callee, args, nil)
}

// sinkEventIf is sinkEvent for a flow that happens only if the fields
// requires of the unit's parameters are non-zero.
func (u *unit) sinkEventIf(instr ssa.Instruction, spec sinkSpec, callee string, args []argData, requires []string) {
	for _, a := range args {
		if len(a.labels) > 0 {
			u.events = append(u.events, event{instr: instr, spec: spec, callee: callee, args: args, requires: requires})
			return
		}
	}
}

// maxEvents bounds the sink events of a unit, with those carried to the
// calls of function literals.
const maxEvents = 4096

// datum is one piece of personal data at an event, with where it came
// from.
type datum struct {
	origin Origin
	root   ssa.Value
	ast    int
}

// emit turns the unit's events into flows for the result and into the
// parameter flows of the function's summary. Data that enter a function
// literal through its parameters are followed back to the literal's calls
// in the unit, where they are reported like a wrapper's.
func (u *unit) emit() ([]*Flow, []ParamFlow) {
	var flows []*Flow
	var pflows []ParamFlow
	index := make(map[string]*Flow)
	queue := slices.Clone(u.events)
	for qi := 0; qi < len(queue); qi++ {
		ev := queue[qi]
		fn := ev.instr.Parent()
		checks := u.guards(fn, ev.instr.Block(), 0)
		basis := ev.spec.basis
		if basis == "" {
			basis = u.basisAt(ev.instr)
		}

		var groups []*group
		for _, a := range ev.args {
			for _, l := range a.labels {
				src := &u.sources[l.src]
				switch {
				case src.param >= 0 && src.fn == u.top:
					if data := u.dynamicParamData(ev, l); len(data) > 0 {
						root := u.top.Params[src.param]
						g, p := evaluate(ev.spec, subjectChecks(checks, root), checks, basis)
						grp := groupFor(&groups, g, p)
						for _, c := range data {
							grp.data = append(grp.data, datum{
								origin: Origin{Name: c.name, Category: c.cat, Pos: root.Pos(), Note: u.dynamicParamNote(root)},
								root:   root,
								ast:    a.ast,
							})
						}
						continue
					}
					if pf, ok := u.paramFlow(ev, l, checks, basis); ok {
						pflows = append(pflows, pf)
					}
					continue
				case src.param >= 0:
					if len(queue) < maxEvents {
						queue = append(queue, u.literalCalls(ev, l, basis)...)
					}
					continue
				}
				g, p := evaluate(ev.spec, subjectChecks(checks, src.root), checks, basis)
				grp := groupFor(&groups, g, p)
				for _, c := range u.dataOf(l) {
					grp.data = append(grp.data, datum{
						origin: Origin{Name: c.name, Category: c.cat, Pos: src.pos, Note: c.note},
						root:   src.root,
						ast:    a.ast,
					})
				}
			}
		}
		for _, g := range groups {
			if len(g.data) == 0 {
				continue
			}
			f := u.newFlow(ev, g.guard, g.problem)
			if f == nil {
				continue
			}
			key := flowKey(f)
			if old, ok := index[key]; ok {
				f = old
			} else {
				index[key] = f
				flows = append(flows, f)
			}
			for _, d := range g.data {
				f.Data = append(f.Data, d.origin)
				if d.ast >= 0 && !slices.Contains(f.Args, d.ast) {
					f.Args = append(f.Args, d.ast)
				}
			}
		}
	}
	for _, f := range flows {
		slices.SortFunc(f.Data, compareOrigins)
		f.Data = slices.Compact(f.Data)
		slices.Sort(f.Args)
	}
	return flows, compactParamFlows(pflows)
}

// group gathers the data of one sink event that share a guard and a
// problem: one flow.
type group struct {
	guard   Guard
	problem Problem
	data    []datum
}

// groupFor returns the group of groups with guard g and problem p,
// adding it if there is none.
func groupFor(groups *[]*group, g Guard, p Problem) *group {
	for _, x := range *groups {
		if x.problem == p && sameGuard(x.guard, g) {
			return x
		}
	}
	grp := &group{guard: g, problem: p}
	*groups = append(*groups, grp)
	return grp
}

// literalCalls carries data that reach a sink through parameter l of a
// function literal to the literal's calls in the unit, unless a check in
// the literal covers them.
func (u *unit) literalCalls(ev event, l label, basis string) []event {
	src := &u.sources[l.src]
	anon := src.fn
	var inner []*check
	if ev.instr.Parent() == anon {
		for _, c := range u.checks[anon] {
			for _, e := range c.edges {
				if e.dominates(ev.instr.Block()) {
					inner = append(inner, c)
					break
				}
			}
		}
	}
	var root ssa.Value
	if src.param < len(anon.Params) {
		root = anon.Params[src.param]
	}
	g, p := evaluate(ev.spec, subjectChecks(inner, root), inner, basis)
	keepRole := ev.spec.kind == exposeKind && g.Role != ""
	if p == OK && ev.spec.kind != sinks.Store && !keepRole {
		return nil
	}
	spec := ev.spec
	if keepRole {
		spec.role = g.Role
	}
	if p == PurposeMismatch || p == NeedsCommercialConsent {
		spec.consents = g.Purposes
	}
	var out []event
	for _, ci := range u.anonCalls[anon] {
		c := u.resolve(ci.Common())
		if src.param >= len(c.args) {
			continue
		}
		u.at(ci)
		s := u.selectPath(u.deep(c.args[src.param]), l.sel)
		if len(s) == 0 {
			continue
		}
		out = append(out, event{
			instr:  ci,
			spec:   spec,
			callee: ev.callee,
			args:   []argData{{arg: src.param, ast: src.param - c.astOffset, labels: s}},
		})
	}
	return out
}

func flowKey(f *Flow) string {
	return strings.Join([]string{
		strconv.Itoa(int(f.Pos)), f.Callee, f.Sink, strings.Join(f.Via, ","), f.Problem.String(),
		strings.Join(f.Guard.Purposes, ","), f.Guard.Citation, f.Guard.Role,
	}, "\x00")
}

func sameGuard(a, b Guard) bool {
	return a.Kind == b.Kind && a.Pos == b.Pos && a.Citation == b.Citation && a.Role == b.Role && slices.Equal(a.Purposes, b.Purposes)
}

// newFlow makes the flow of an event, positioned at its call.
func (u *unit) newFlow(ev event, g Guard, p Problem) *Flow {
	f := &Flow{
		Callee:  ev.callee,
		Sink:    ev.spec.sink,
		Via:     ev.spec.via,
		Kind:    ev.spec.kind,
		Purpose: ev.spec.purpose,
		Guard:   g,
		Problem: p,
	}
	if ev.spec.kind == exposeKind {
		f.fn = ev.instr.Parent()
	}
	pos := ev.instr.Pos()
	if cc := commonOf(ev.instr); cc != nil {
		pos = cc.Pos()
		if call := u.callAt(pos); call != nil {
			f.Call = call
			f.Pos, f.End = call.Pos(), call.End()
		}
	}
	if f.Call == nil {
		if !pos.IsValid() {
			pos = ev.instr.Parent().Pos()
		}
		if !pos.IsValid() {
			return nil
		}
		f.Pos, f.End = pos, pos
	}
	return f
}

// subjectChecks keeps the checks that may concern the person data rooted
// at root belong to: checks naming nobody in particular, and checks
// naming that root.
func subjectChecks(checks []*check, root ssa.Value) []*check {
	var out []*check
	for _, c := range checks {
		if c.subject == nil || root == nil || c.subject == root {
			out = append(out, c)
		}
	}
	return out
}

// evaluate decides whether the checks that dominate a sink (for the data's
// subject; all of them, for telling a subject mismatch apart) and a basis
// cover it.
func evaluate(spec sinkSpec, checks, all []*check, basis string) (Guard, Problem) {
	if spec.kind == exposeKind {
		return evaluateExpose(spec, checksOfKind(all, true))
	}
	if spec.kind == decisionKind {
		return evaluateDecision(all)
	}
	checks, all = checksOfKind(checks, false), checksOfKind(all, false)
	switch spec.kind {
	case sinks.Log:
		return Guard{}, Unguarded
	case sinks.Store:
		if basis != "" {
			return Guard{Kind: ByBasis, Citation: basis}, OK
		}
		return Guard{}, OK
	}
	covers := func(c *check) bool {
		if spec.kind == sinks.Commercial {
			return c.purpose == "commercial"
		}
		return c.purpose == "" || spec.purpose == "" || c.purpose == spec.purpose
	}
	for _, c := range checks {
		if covers(c) {
			return Guard{Kind: ByConsent, Purposes: []string{c.purpose}, Pos: c.instr.Pos(), Check: c.name}, OK
		}
	}
	if spec.kind != sinks.Commercial && basis != "" {
		return Guard{Kind: ByBasis, Citation: basis}, OK
	}
	var purposes []string
	for _, c := range checks {
		purposes = append(purposes, c.purpose)
	}
	purposes = append(purposes, spec.consents...)
	slices.Sort(purposes)
	purposes = slices.Compact(purposes)
	g := Guard{Purposes: purposes}
	if spec.kind == sinks.Commercial {
		return g, NeedsCommercialConsent
	}
	if len(purposes) > 0 {
		return g, PurposeMismatch
	}
	for _, c := range all {
		if covers(c) {
			return Guard{Pos: c.instr.Pos(), Check: c.name, Purposes: []string{c.purpose}}, OtherSubject
		}
	}
	return g, Unguarded
}

// paramFlow turns a parameter's data reaching a sink into a row of the
// summary, unless a check or basis in this function covers it.
func (u *unit) paramFlow(ev event, l label, checks []*check, basis string) (ParamFlow, bool) {
	src := &u.sources[l.src]
	var root ssa.Value
	if src.param < len(u.top.Params) {
		root = u.top.Params[src.param]
	}
	g, p := evaluate(ev.spec, subjectChecks(checks, root), checks, basis)
	keepRole := ev.spec.kind == exposeKind && g.Role != ""
	if p == OK && ev.spec.kind != sinks.Store && !keepRole {
		return ParamFlow{}, false
	}
	if ev.spec.kind == sinks.Store && g.Kind == ByBasis {
		return ParamFlow{}, false
	}
	pf := ParamFlow{
		Param:   src.param,
		Path:    splitPath(l.sel),
		Kind:    string(ev.spec.kind),
		Sink:    ev.spec.sink,
		Purpose: ev.spec.purpose,
		Via:     ev.spec.via,
	}
	if keepRole {
		pf.Role = g.Role
	}
	if len(pf.Path) == 0 {
		// Only the whole of a parameter of interface type is encoded; a
		// row down a path (param 2.Name) reached the sink another way.
		pf.Encoding = u.encodedBy[l.src]
	}
	if p == PurposeMismatch || p == NeedsCommercialConsent {
		pf.Consents = g.Purposes
	}
	if reqs := append(slices.Clone(ev.requires), u.requiredNonZero(ev.instr)...); len(reqs) > 0 {
		slices.Sort(reqs)
		pf.Requires = slices.Compact(reqs)
	}
	return pf, true
}

// returns describes what the unit's function returns: its parameters'
// data, and personal data that originate inside it where the result's
// type does not already say so; and which person-bearing results it
// builds itself (see Summary.Built).
func (u *unit) returns() ([]ReturnFlow, []int) {
	var out []ReturnFlow
	seen := make(map[string]bool)
	results := u.top.Signature.Results()
	built := make([]bool, results.Len())
	for j := range built {
		built[j] = u.bearing(results.At(j).Type())
	}
	var rets []*ssa.Return
	for _, b := range u.top.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			rets = append(rets, ret)
			for j, v := range ret.Results {
				if j < len(built) && built[j] && !u.builtValue(v) {
					built[j] = false
				}
			}
		}
	}
	// A caller takes a person-bearing result that is not built for an
	// origin of every personal field its type holds, unless a row says
	// that the result carries (part of) a record it was given (see
	// applyReturns): then the origins inside are listed here, or nobody
	// would see them (a loader that fills the records it returns from a
	// directory's entries and puts a field of its configuration into
	// each).
	given := make([]bool, results.Len())
	for _, ret := range rets {
		u.at(ret)
		for j, v := range ret.Results {
			if j >= len(given) {
				break
			}
			for _, l := range u.deep(v) {
				if src := &u.sources[l.src]; src.param >= 0 && src.fn == u.top && givenRecord(u.top, src.param) {
					given[j] = true
				}
			}
		}
	}
	for _, ret := range rets {
		u.at(ret)
		for j, v := range ret.Results {
			if j >= results.Len() {
				break
			}
			bearing := u.bearing(results.At(j).Type())
			for _, l := range u.deep(v) {
				src := &u.sources[l.src]
				rf := ReturnFlow{Result: j, Param: src.param, At: splitPath(l.at)}
				if src.param >= 0 {
					rf.Path = splitPath(l.sel)
				} else {
					if bearing && !built[j] && !given[j] {
						continue // the caller sees a person-bearing result as an origin anyway
					}
					for _, c := range u.dataOf(l) {
						rf.Data = append(rf.Data, Datum{Name: c.name, Category: c.cat, Path: splitPath(c.path)})
					}
					if len(rf.Data) == 0 {
						continue
					}
				}
				key := rf.String()
				if seen[key] {
					continue
				}
				seen[key] = true
				out = append(out, rf)
			}
		}
	}
	var builtIdx []int
	if len(rets) > 0 {
		for j, b := range built {
			if b {
				builtIdx = append(builtIdx, j)
			}
		}
	}
	return compactReturns(out), builtIdx
}

// givenRecord reports whether parameter i of fn is one whose data in a
// result make a caller take the result for known, not found (see
// applyReturns): anything but a string, a number or a bool.
func givenRecord(fn *ssa.Function, i int) bool {
	return i < len(fn.Params) && !isBasic(fn.Params[i].Type())
}

// builtValue reports whether a returned value is one the function built
// itself: nil or a zero value, or memory it allocated (a literal, new,
// make) that no call it cannot see has filled (a decoder's target is
// data found elsewhere), or the built result of a call.
func (u *unit) builtValue(v ssa.Value) bool {
	if _, ok := v.(*ssa.Const); ok {
		return true
	}
	r, _ := u.root(v)
	if r == v && !isLoadOrAddr(v) {
		return u.built[r]
	}
	return (fresh(r) || u.built[r]) && len(u.filled[r]) == 0
}

// isLoadOrAddr reports whether v reads or addresses memory, so that its
// root is the memory and not v itself.
func isLoadOrAddr(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.UnOp:
		return x.Op == token.MUL
	case *ssa.Alloc:
		return true
	}
	return false
}

// writes describes what the unit's function writes into the memory its
// parameters point to.
func (u *unit) writes() []WriteFlow {
	var out []WriteFlow
	seen := make(map[string]bool)
	for j, prm := range u.top.Params {
		m := u.mem[prm]
		if m == nil {
			continue
		}
		for _, e := range m.entries {
			for _, l := range e.labels {
				src := &u.sources[l.src]
				if src.param >= 0 && (src.fn != u.top || src.param == j) {
					continue
				}
				wf := WriteFlow{Into: j, At: splitPath(joinPath(e.path, l.at)), Param: src.param}
				if src.param >= 0 {
					wf.Path = splitPath(l.sel)
				} else {
					for _, c := range u.dataOf(l) {
						wf.Data = append(wf.Data, Datum{Name: c.name, Category: c.cat, Path: splitPath(c.path)})
					}
					if len(wf.Data) == 0 {
						continue
					}
				}
				key := wf.String()
				if seen[key] || len(out) >= maxSummaryRows {
					continue
				}
				seen[key] = true
				out = append(out, wf)
			}
		}
	}
	return out
}

// compactReturns drops the rows another row subsumes: the same parameter
// reaching the same result at a shorter path.
func compactReturns(rfs []ReturnFlow) []ReturnFlow {
	slices.SortStableFunc(rfs, func(a, b ReturnFlow) int {
		return cmp.Or(cmp.Compare(a.Result, b.Result), cmp.Compare(a.Param, b.Param),
			cmp.Compare(len(a.At)+len(a.Path), len(b.At)+len(b.Path)))
	})
	var out []ReturnFlow
	for _, rf := range rfs {
		subsumed := false
		for _, k := range out {
			if rf.Param >= 0 && k.Result == rf.Result && k.Param == rf.Param && isPrefix(k.Path, rf.Path) && isPrefix(k.At, rf.At) {
				subsumed = true
				break
			}
		}
		if !subsumed && len(out) < maxSummaryRows {
			out = append(out, rf)
		}
	}
	return out
}

// unchecked lists the consent and authorization checks whose result
// nobody looks at.
func (u *unit) unchecked() []Unchecked {
	var out []Unchecked
	for _, fn := range u.fns {
		for _, c := range u.checks[fn] {
			if c.used {
				continue
			}
			pos := c.instr.Pos()
			end := pos
			if cc := commonOf(c.instr); cc != nil {
				if call := u.callAt(cc.Pos()); call != nil {
					pos, end = call.Pos(), call.End()
				}
			}
			if pos.IsValid() {
				out = append(out, Unchecked{Pos: pos, End: end, Check: c.name, Auth: c.auth, Review: c.review})
			}
		}
	}
	return out
}

// basisAt returns the citation of a //hrvet:basis covering an instruction:
// on the unit's function or on a statement around it.
func (u *unit) basisAt(instr ssa.Instruction) string {
	if obj, ok := u.top.Object().(*types.Func); ok {
		if ff, ok := u.cat.Func(obj); ok && ff.Basis != "" {
			return ff.Basis
		}
	}
	pos := instr.Pos()
	if cc := commonOf(instr); cc != nil {
		pos = cc.Pos()
	}
	return u.stmtBasisAt(pos)
}

// compactParamFlows keeps one row per parameter, sink and guard state,
// with the shortest path: a flow of all of e subsumes one of e.Phone.
// Past maxSummaryRows the rows with the shortest paths are kept: a
// parameter given whole to a sink (the recipient of a mail) matters
// more than the twentieth field of a configuration record (a provider's
// endpoint), which would otherwise crowd it out.
func compactParamFlows(pfs []ParamFlow) []ParamFlow {
	slices.SortStableFunc(pfs, func(a, b ParamFlow) int {
		return cmp.Or(cmp.Compare(len(a.Path), len(b.Path)), cmp.Compare(a.Param, b.Param))
	})
	var out []ParamFlow
	for _, pf := range pfs {
		subsumed := false
		for _, k := range out {
			if k.Param == pf.Param && k.Kind == pf.Kind && k.Sink == pf.Sink && k.Purpose == pf.Purpose &&
				k.Role == pf.Role && k.Encoding == pf.Encoding && slices.Equal(k.Consents, pf.Consents) && isPrefix(k.Path, pf.Path) && isSubset(k.Requires, pf.Requires) {
				subsumed = true
				break
			}
		}
		if !subsumed && len(out) < maxSummaryRows {
			out = append(out, pf)
		}
	}
	return out
}

// isSubset reports whether every element of sorted a is in sorted b.
func isSubset(a, b []string) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			return false
		}
	}
	return true
}

func isPrefix(prefix, path []string) bool {
	return len(prefix) <= len(path) && slices.Equal(prefix, path[:len(prefix)])
}
