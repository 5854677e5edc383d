package flow

import (
	"go/types"
	"strings"

	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/ssa"
)

// callee is a call's target as the engine sees it.
type callee struct {
	obj     *types.Func   // the function or method (its generic origin); nil when not known
	anon    *ssa.Function // a function literal of the unit
	builtin *ssa.Builtin
	args    []ssa.Value // the receiver first, for methods
	recv    bool        // args[0] is a receiver
	// astOffset is how many of args do not appear in the call's
	// ast.CallExpr.Args (the receiver of x.M(...)).
	astOffset int
	variadic  bool // the last of args is the variadic slice
	fullName  string
}

// name is the callee as types.Func.FullName prints it. It is built once:
// the fixpoint visits each call several times.
func (c *callee) name() string {
	if c.obj == nil {
		return ""
	}
	if c.fullName == "" {
		c.fullName = c.obj.FullName()
	}
	return c.fullName
}

// resolve finds a call's target: a static function or method (through
// bound-method closures, method expressions and generic instantiations),
// an interface method, a function literal of the unit or a builtin.
func (u *unit) resolve(cc *ssa.CallCommon) *callee {
	if c, ok := u.calls[cc]; ok {
		return c
	}
	c := &callee{variadic: cc.Signature().Variadic()}
	u.calls[cc] = c
	if cc.IsInvoke() {
		c.obj = cc.Method.Origin()
		c.args = append([]ssa.Value{cc.Value}, cc.Args...)
		c.recv, c.astOffset = true, 1
		return c
	}
	var fn *ssa.Function
	var bindings []ssa.Value
	switch v := cc.Value.(type) {
	case *ssa.Builtin:
		c.builtin = v
		c.args = cc.Args
		return c
	case *ssa.Function:
		fn = v
	case *ssa.MakeClosure:
		fn, _ = v.Fn.(*ssa.Function)
		bindings = v.Bindings
	}
	if fn == nil {
		c.args = cc.Args
		return c // a call of a function value
	}
	if fn != u.top && u.inUnit[fn] {
		c.anon = fn
		c.args = cc.Args
		return c
	}
	obj, _ := fn.Object().(*types.Func)
	switch {
	case strings.HasPrefix(fn.Synthetic, "bound method wrapper"):
		if obj == nil || len(bindings) == 0 {
			c.args = cc.Args
			return c
		}
		c.args = append([]ssa.Value{bindings[0]}, cc.Args...)
		c.recv, c.astOffset = true, 1
	case strings.HasPrefix(fn.Synthetic, "thunk"):
		c.args = cc.Args
		c.recv = obj != nil && obj.Signature().Recv() != nil
	default:
		c.args = cc.Args
		if obj != nil && obj.Signature().Recv() != nil {
			c.recv, c.astOffset = true, 1
		}
	}
	if obj != nil {
		c.obj = obj.Origin()
	}
	return c
}

// call applies a call's effect. result is the call's value, nil for go
// and defer.
func (u *unit) call(cc *ssa.CallCommon, instr ssa.Instruction, result ssa.Value) {
	c := u.resolve(cc)
	switch {
	case c.builtin != nil:
		u.builtinCall(c, result)
		return
	case c.anon != nil:
		if result != nil {
			rets := u.anonRet[c.anon]
			if _, ok := result.Type().(*types.Tuple); ok {
				for i, s := range rets {
					u.setTuple(result, i, u.substitute(s, c))
				}
			} else if len(rets) > 0 {
				u.set(result, u.substitute(rets[0], c))
			}
		}
		return
	case c.obj == nil:
		u.unknownCall(c, instr, result)
		return
	}
	ff, declared := u.cat.Func(c.obj)
	if ff.Redact || ff.Consent || ff.Authorize {
		return // a redactor's result carries nothing; a check's says yes or no (or is a middleware)
	}
	// A review says yes or no too, but may also record the case it
	// approves (a store, a mail to the officer): its summary applies.
	sum := u.summaryOf(c.obj)
	if u.final {
		if ff.Decision {
			u.decisionCall(c, cc, instr, sinkSpec{kind: decisionKind, sink: c.name()}, true)
		} else if sum != nil {
			for _, d := range sum.Decides {
				u.decisionCall(c, cc, instr, sinkSpec{kind: decisionKind, sink: d.Sink, via: chainVia(c.name(), d.Via)}, false)
			}
		}
	}
	if ff.Sink != "" {
		spec := sinkSpec{kind: sinks.Kind(ff.Sink), purpose: ff.SinkPurpose, sink: c.name(), basis: ff.Basis}
		if ff.Sink == string(sinks.Commercial) && spec.purpose == "" {
			spec.purpose = "commercial"
		}
		if u.final {
			u.sinkEvent(instr, spec, c.name(), u.argData(c, cc, c.dataArgs()))
		}
		if sum != nil {
			u.applyReturns(c, sum, instr, result)
			u.applyWrites(c, sum, instr)
		}
		return
	}
	// The catalogue comes before a summary: a library's sink is where
	// the data leave, whatever its body (analysed from source, or a
	// stub) does with them: a scope setter of an error tracker only
	// stores what a later event ships.
	if e, ok := sinks.LookupFunc(c.obj); ok {
		u.builtinSink(c, cc, e, instr, result)
		return
	}
	if sf, ok := sourceFuncs[c.name()]; ok {
		u.sourceCall(sf, instr, result)
		return
	}
	// A decision or a review says nothing of where the data it is given
	// go: another module's TerminateEmployee may well send them out.
	sendsKnown := declared && (ff.Sink != "" || ff.Consent || ff.Authorize || ff.Redact || ff.Basis != "" || ff.Anonymize)
	if u.final && !sendsKnown {
		u.noteUnknown(c, cc, instr, sum) // before the call's writes
	}
	if sum != nil {
		u.applySummary(c, cc, sum, instr, result)
		return
	}
	if cc.IsInvoke() {
		// An interface call reaches the sinks its implementations
		// reach, of those the analysis sees; what it returns is not
		// known.
		impls := u.implementations(c.obj)
		for _, impl := range impls {
			u.summaryFlows(c, cc, impl.flows, instr, impl.name)
			if !u.final || ff.Decision {
				continue // a declared interface method was a decision call above
			}
			if impl.decision {
				u.decisionCall(c, cc, instr, sinkSpec{kind: decisionKind, sink: impl.name}, true)
			}
			for _, d := range impl.decides {
				u.decisionCall(c, cc, instr, sinkSpec{kind: decisionKind, sink: d.Sink, via: chainVia(impl.name, d.Via)}, false)
			}
		}
		if u.final {
			u.recordOpen(c, cc, instr, impls)
		}
	}
	u.unknownCall(c, instr, result)
}

// substitute replaces, in what a function literal returns, the labels of
// its parameters by what the call passes.
func (u *unit) substitute(s labelSet, c *callee) labelSet {
	var out labelSet
	for _, l := range s {
		src := &u.sources[l.src]
		if src.param < 0 || src.fn != c.anon {
			out = out.add(l)
			continue
		}
		if src.param < len(c.args) {
			out = union(out, rebase(u.selectPath(u.deep(c.args[src.param]), l.sel), l.at))
		}
	}
	return out
}

// dataArgs lists the indexes of the arguments whose data a sink with
// sinks.DataArgs receives: all but the receiver.
func (c *callee) dataArgs() []int {
	var out []int
	for i := range c.args {
		if i == 0 && c.recv {
			continue
		}
		out = append(out, i)
	}
	return out
}

// builtinSink handles a call of the built-in sink catalogue.
func (u *unit) builtinSink(c *callee, cc *ssa.CallCommon, e sinks.Entry, instr ssa.Instruction, result ssa.Value) {
	spec := sinkSpec{kind: e.Kind, purpose: e.Purpose, sink: c.name()}
	switch e.Data {
	case sinks.DataAttr:
		u.unknownCall(c, instr, result) // an attribute carries its arguments to the log call
		return
	case sinks.DataResultWriter, sinks.DataResultChan:
		if result == nil {
			return
		}
		target := sinkTarget{entry: spec, name: c.name()}
		if _, ok := result.Type().(*types.Tuple); ok {
			for _, ref := range *result.Referrers() {
				if ex, ok := ref.(*ssa.Extract); ok && ex.Index == 0 {
					u.sinkTo[ex] = target
				}
			}
		} else {
			u.sinkTo[result] = target
		}
		return
	case sinks.DataStdio:
		first := 0
		if c.recv {
			first = 1
		}
		if first >= len(c.args) || !isStdio(c.args[first]) {
			u.unknownCall(c, instr, result)
			return
		}
		if u.final {
			var idx []int
			for i := first + 1; i < len(c.args); i++ {
				idx = append(idx, i)
			}
			u.sinkEvent(instr, spec, c.name(), u.argData(c, cc, idx))
		}
		return
	case sinks.DataRequest:
		if u.final {
			var idx []int
			for i, a := range c.args {
				if i == 0 && c.recv {
					continue
				}
				if isHTTPRequest(a.Type()) {
					idx = append(idx, i)
				}
			}
			u.sinkEvent(instr, spec, c.name(), u.argData(c, cc, idx))
		}
		return
	}
	if e.Library == "os" && c.recv && len(c.args) > 0 && isStdio(c.args[0]) {
		spec.kind = sinks.Log // (*os.File).Write on os.Stdout is log output
	}
	if u.final {
		data := u.argData(c, cc, c.dataArgs())
		u.encodedArgs(c, data) // c.JSON(200, e) shows what encoding e shows
		u.sinkEvent(instr, spec, c.name(), data)
	}
}

// applySummary applies a callee's summary at a call: its parameters'
// flows to sinks become sink events here, and its results carry what it
// says they carry.
func (u *unit) applySummary(c *callee, cc *ssa.CallCommon, sum *Summary, instr ssa.Instruction, result ssa.Value) {
	u.summaryFlows(c, cc, sum.Flows, instr, c.name())
	u.applyReturns(c, sum, instr, result)
	u.applyWrites(c, sum, instr)
}

// summaryFlows makes a summary's parameter flows sink events at a call
// (in the last round), naming first as the outermost wrapper.
func (u *unit) summaryFlows(c *callee, cc *ssa.CallCommon, flows []ParamFlow, instr ssa.Instruction, first string) {
	if u.final {
		for _, pf := range flows {
			if pf.Param < 0 || pf.Param >= len(c.args) || u.libraryLog(pf, first) {
				continue
			}
			requires, dead := u.mapRequires(c, instr, pf.Requires)
			if dead {
				continue // the caller built the record without the field the flow needs
			}
			spec := sinkSpec{
				kind:     sinks.Kind(pf.Kind),
				purpose:  pf.Purpose,
				sink:     pf.Sink,
				via:      chainVia(first, pf.Via),
				consents: pf.Consents,
				role:     pf.Role,
				subject:  pf.Subject,
			}
			data := u.argData(c, cc, []int{pf.Param})
			path := strings.Join(pf.Path, ".")
			enc, encoded := encoderByTag(pf.Encoding)
			for i := range data {
				if spec.kind == decisionKind {
					// A decision rests on what its reason is computed
					// from (fireIf(id, absences > 10)).
					data[i].labels = union(data[i].labels, u.decisionData(c.args[pf.Param]))
					if pf.Subject {
						data[i].labels = u.subjectData(data[i].labels)
					}
				}
				if encoded {
					data[i].labels = u.encoded(data[i].labels, concreteType(c.args[pf.Param]), enc, 0)
				}
				data[i].labels = u.selectPath(data[i].labels, path)
			}
			u.sinkEventIf(instr, spec, c.name(), data, requires)
		}
	}
}

// libraryLog reports whether flow pf, through the function named first,
// is a log call made by another module's code: an SDK that dumps its
// requests when its debug switch is on (Adyen's client, Alibaba Cloud's
// runtime logger). Those are the library's diagnostics, off unless the
// application turns them on, which the analysis cannot tell; counting them
// would report every payment or identity call as a log leak. A logger
// library the catalogue or the config names is a sink at the call into
// it, so this drops only the logging inside other modules' bodies. (A
// company's own logging module wrapping the log package is not seen;
// declare its functions as log sinks in .hrvet.yaml.)
func (u *unit) libraryLog(pf ParamFlow, first string) bool {
	if sinks.Kind(pf.Kind) != sinks.Log {
		return false
	}
	caller := first
	if len(pf.Via) > 0 {
		caller = pf.Via[len(pf.Via)-1]
	}
	// Not the standard library: a log.Logger's Printf calls Output.
	path := funcPackage(caller)
	return path != "" && u.otherModuleNotStdPath(path)
}

// funcPackage returns the package path in a function's full name, as
// types.Func.FullName prints it: "(*example.com/crm.Client).Push" and
// "example.com/crm.Push" give "example.com/crm".
func funcPackage(name string) string {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "("), "*")
	if i := strings.Index(name, ")"); i >= 0 {
		name = name[:i]
	}
	slash := strings.LastIndex(name, "/")
	dot := strings.LastIndex(name, ".")
	if dot <= slash {
		return ""
	}
	return name[:dot]
}

// chainVia returns the wrappers of a flow through the callee first, then
// those its summary names. Past maxVia the middle of the chain is dropped
// for "...", so that a summary stays small however deep a chain of
// wrappers runs (otherwise each level would repeat all those below it,
// and facts would grow with the square of the chain's depth); the last
// wrapper, the one that calls the sink, is kept, since it is where a fix
// goes.
func chainVia(first string, rest []string) []string {
	if len(rest) < maxVia {
		return append([]string{first}, rest...)
	}
	out := make([]string, 0, maxVia)
	out = append(out, first)
	out = append(out, rest[:maxVia-3]...)
	if rest[maxVia-3] != "..." {
		out = append(out, "...")
	} else {
		out = append(out, rest[maxVia-3])
	}
	return append(out, rest[len(rest)-1])
}

// applyWrites performs, at a call, the writes the callee's summary says
// it makes into what its arguments point to.
func (u *unit) applyWrites(c *callee, sum *Summary, instr ssa.Instruction) {
	for k, wf := range sum.Writes {
		if wf.Into < 0 || wf.Into >= len(c.args) {
			continue
		}
		var s labelSet
		if wf.Param >= 0 {
			if wf.Param >= len(c.args) {
				continue
			}
			s = u.selectPath(u.deep(c.args[wf.Param]), strings.Join(wf.Path, "."))
		} else {
			id, ok := u.origin(srcKey{at: instr, kind: keyWrite, n: k}, func() source {
				data := make([]carried, 0, len(wf.Data))
				for _, d := range wf.Data {
					data = append(data, carried{name: d.Name, cat: d.Category, path: strings.Join(d.Path, ".")})
				}
				r, _ := u.root(c.args[wf.Into])
				return source{pos: instr.Pos(), data: data, root: u.canonical(r)}
			})
			if ok {
				s = labelSet{{src: id}}
			}
		}
		r, p := u.root(c.args[wf.Into])
		if u.final && len(s) > 0 {
			target, isSink := u.sinkTo[r]
			if !isSink {
				target, isSink = responseTarget(c.args[wf.Into], r, c)
			}
			if isSink {
				// A helper that writes into the writer it is given writes
				// into a sink's: writeCard(w, e) with w a ResponseWriter.
				spec := target.entry
				spec.via = chainVia(c.name(), spec.via)
				u.sinkEvent(instr, spec, c.name(), []argData{{arg: max(wf.Param, -1), ast: -1, labels: s}})
			}
		}
		u.store(r, joinPath(p, strings.Join(wf.At, ".")), s)
	}
}

// applyReturns sets the labels of a call's results from the callee's
// summary.
func (u *unit) applyReturns(c *callee, sum *Summary, instr ssa.Instruction, result ssa.Value) {
	if result == nil {
		return
	}
	tuple, isTuple := result.Type().(*types.Tuple)
	fromParams := make(map[int]bool)
	for _, i := range sum.Built {
		// A value the callee built carries what Returns says, no more:
		// not an origin, and known memory for the reads from it.
		fromParams[i] = true
		if isTuple {
			u.built[extractOf(result, i)] = true
		} else {
			u.built[result] = true
		}
	}
	for _, rf := range sum.Returns {
		if rf.Param >= 0 && rf.Param < len(c.args) && !isBasic(c.args[rf.Param].Type()) {
			// A record the callee was given; a string or a number it
			// was given (a query's argument) does not make the record
			// it returns known.
			fromParams[rf.Result] = true
		}
	}
	foreign := u.otherModule(c.obj)
	for k, rf := range sum.Returns {
		var s labelSet
		if foreign && isTupleError(result.Type(), rf.Result) {
			// Another module's error results carry nothing, as the
			// standard library's do: its summary is the analysis of code
			// nobody here reviews, and an error it says carries its
			// arguments is nearly always a guess through its memory (a
			// session's last SQL), not data formatted into a message.
			continue
		}
		if rf.Param >= 0 {
			if rf.Param >= len(c.args) {
				continue
			}
			if !fromParams[rf.Result] && u.keyOfLoaded(result, rf) {
				continue
			}
			s = u.selectPath(u.deep(c.args[rf.Param]), strings.Join(rf.Path, "."))
		} else {
			id, ok := u.origin(srcKey{at: instr, kind: keyReturn, n: k}, func() source {
				data := make([]carried, 0, len(rf.Data))
				for _, d := range rf.Data {
					data = append(data, carried{name: d.Name, cat: d.Category, path: strings.Join(d.Path, ".")})
				}
				return source{pos: instr.Pos(), data: data, root: result}
			})
			if ok {
				s = labelSet{{src: id}}
			}
		}
		s = rebase(s, strings.Join(rf.At, "."))
		if isTuple {
			u.setTuple(result, rf.Result, s)
		} else if rf.Result == 0 {
			u.set(result, s)
		}
	}
	// A person-bearing result that is not a parameter's is data the
	// callee found elsewhere: an origin at this call.
	if isTuple {
		for i := range tuple.Len() {
			if !fromParams[i] {
				u.resultOrigin(instr, result, i, tuple.At(i).Type(), true)
			}
		}
	} else if !fromParams[0] {
		u.resultOrigin(instr, result, 0, result.Type(), true)
	}
}

// keyOfLoaded reports whether what return rf of a loader's summary
// says (a string or a number the caller passed, in a personal field of
// the record returned) is the key the record was found by: the
// record's origin at the call names that field already, so the key
// given to getUser(owner, name), written into User{Owner: owner, Name:
// name} for the query, is not data the caller's own value hands on
// through the record. Without this a caller's name, used to find the
// user, "reaches" every sink the loaded user reaches, once more for
// each caller, where the loader's caller already reports User.Name.
func (u *unit) keyOfLoaded(result ssa.Value, rf ReturnFlow) bool {
	t := result.Type()
	if tuple, ok := t.(*types.Tuple); ok {
		if rf.Result >= tuple.Len() {
			return false
		}
		t = tuple.At(rf.Result).Type()
	} else if rf.Result != 0 {
		return false
	}
	if len(rf.At) == 0 || !u.bearing(t) {
		return false
	}
	at := strings.Join(rf.At, ".")
	for _, d := range u.typeData(t) {
		if _, ok := underPath(at, d.path); ok {
			return true
		}
	}
	return false
}

// isBasic reports whether t is a string, number or boolean type.
func isBasic(t types.Type) bool {
	_, ok := t.Underlying().(*types.Basic)
	return ok
}

// isTupleError reports whether result i of a call of type t is an error.
func isTupleError(t types.Type, i int) bool {
	if tuple, ok := t.(*types.Tuple); ok {
		return i < tuple.Len() && isError(tuple.At(i).Type())
	}
	return i == 0 && isError(t)
}

// otherModule reports whether fn belongs to a module other than the
// analysed package's. Without module information (GOPATH mode), every
// package counts as the same module.
func (p *pkgCtx) otherModule(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	return p.otherModulePath(fn.Pkg().Path())
}

// otherModulePath is otherModule for a package path.
func (p *pkgCtx) otherModulePath(path string) bool {
	mod := p.pass.Module
	if mod == nil || mod.Path == "" {
		return false
	}
	return path != mod.Path && !strings.HasPrefix(path, mod.Path+"/")
}

// resultOrigin gives result component i of a call, of type t, an origin
// if t is person-bearing and the component carries nothing yet, or
// (summarised calls, passed set) nothing but strings and numbers the
// caller passed (the arguments of the query that found the record).
func (u *unit) resultOrigin(instr ssa.Instruction, result ssa.Value, i int, t types.Type, passed bool) {
	_, isTuple := result.Type().(*types.Tuple)
	var have labelSet
	if isTuple {
		have = u.tupleGet(result, i)
	} else {
		have = u.get(result)
	}
	if !u.bearing(t) || len(have) > 0 && !passed {
		return
	}
	root := result
	if isTuple {
		root = extractOf(result, i)
	}
	id, ok := u.origin(srcKey{at: instr, kind: keyType, n: i}, func() source {
		return source{pos: instr.Pos(), data: u.typeData(t), root: root, typeBased: true}
	})
	if !ok {
		return
	}
	if isTuple {
		u.setTuple(result, i, have.add(label{src: id}))
	} else {
		u.set(result, have.add(label{src: id}))
	}
}

// extractOf returns the Extract of component i of a tuple-valued call, or
// the call itself if there is none.
func extractOf(tuple ssa.Value, i int) ssa.Value {
	if refs := tuple.Referrers(); refs != nil {
		for _, ref := range *refs {
			if ex, ok := ref.(*ssa.Extract); ok && ex.Index == i {
				return ex
			}
		}
	}
	return tuple
}

// errorCtors are the functions whose error result carries their
// arguments' data. Other calls' error results are taken to carry none:
// an error from w.Write(phone) does not quote the phone.
var errorCtors = map[string]bool{
	"fmt.Errorf":                                true,
	"errors.New":                                true,
	"errors.Join":                               true,
	"github.com/pkg/errors.New":                 true,
	"github.com/pkg/errors.Errorf":              true,
	"github.com/pkg/errors.Wrap":                true,
	"github.com/pkg/errors.Wrapf":               true,
	"github.com/pkg/errors.WithMessage":         true,
	"github.com/pkg/errors.WithMessagef":        true,
	"golang.org/x/xerrors.Errorf":               true,
	"golang.org/x/xerrors.New":                  true,
	"github.com/cockroachdb/errors.Newf":        true,
	"github.com/cockroachdb/errors.Wrapf":       true,
	"github.com/cockroachdb/errors.Errorf":      true,
	"github.com/cockroachdb/errors.New":         true,
	"github.com/cockroachdb/errors.Wrap":        true,
	"github.com/hashicorp/go-multierror.Append": true,
}

// unknownCall handles a call the engine knows nothing about: its results
// carry its arguments' data (fmt.Sprint, strings, strconv, encoders,
// readers, http.NewRequest all behave so), and the data of each argument
// flow into the memory the other, reference, arguments point to
// (buf.WriteString(s), json.NewEncoder(w).Encode(v)).
func (u *unit) unknownCall(c *callee, instr ssa.Instruction, result ssa.Value) {
	cc := commonOf(instr)
	data := u.argData(c, cc, allArgs(c))
	u.encodedArgs(c, data)
	var all, bearing, plain labelSet
	for _, d := range data {
		all = union(all, d.labels)
		if d.arg >= 0 && u.bearing(c.args[d.arg].Type()) {
			bearing = union(bearing, d.labels)
		} else {
			plain = union(plain, d.labels)
		}
	}
	// A person-bearing result takes the data of person-bearing arguments
	// only (a copy, a conversion); one looked up by an ID or decoded from
	// bytes is an origin at this call. A result of the same structured
	// type as some arguments is taken from those (a filter of a list, a
	// clone), not built from the rest. A number or a bool is not made
	// from a whole record: the ID a store gives a saved record, a count,
	// a flag; it takes the data of the other arguments (strconv.Atoi of a
	// phone number).
	carry := func(t types.Type) labelSet {
		switch {
		case u.bearing(t):
			return bearing
		case isError(t) && (c.obj == nil || !errorCtors[c.name()]):
			return nil
		case isNumberOrBool(t):
			return plain
		}
		if same, ok := sameTypeArgs(c, data, t, u.writtenArgs(c)); ok {
			return same
		}
		return all
	}
	if result != nil {
		if tuple, ok := result.Type().(*types.Tuple); ok {
			for i := range tuple.Len() {
				u.setTuple(result, i, carry(tuple.At(i).Type()))
				u.resultOrigin(instr, result, i, tuple.At(i).Type(), false)
			}
		} else {
			u.set(result, carry(result.Type()))
			u.resultOrigin(instr, result, 0, result.Type(), false)
		}
	}
	// Writes into reference arguments.
	var wrapped *sinkTarget // a sink's writer this call is given (see wrapsWriter)
	for i, a := range c.args {
		r, p := u.root(a)
		target, isSink := u.sinkTo[r]
		if !isSink {
			target, isSink = responseTarget(a, r, c)
		}
		if isSink && wrapped == nil {
			wrapped = &target
		}
		if !isSink && (!u.writable(a, r) || !c.mayWriteInto(i)) {
			continue
		}
		var others labelSet
		var otherData []argData
		record := u.bearing(derefType(throughInterfaces(a).Type()))
		for _, d := range data {
			if d.arg == i {
				continue
			}
			otherData = append(otherData, d)
			if record && d.plain {
				// A string or a number given beside a record a call
				// fills is the key it is looked up by, not what it is
				// filled with: db.Get(&user, "SELECT ...", email).
				continue
			}
			others = union(others, d.labels)
		}
		if isSink {
			if u.final {
				u.sinkEvent(instr, target.entry, target.name, otherData)
			}
			continue
		}
		u.fill(r, instr)
		if c.variadic && i == len(c.args)-1 {
			if elems, ok := u.elements(a); ok {
				for _, e := range elems {
					if e != nil {
						er, _ := u.root(e)
						u.fill(er, instr) // rows.Scan(&u.Name), fmt.Sscan(s, &x)
					}
				}
			}
		}
		u.store(r, p, others)
	}
	if wrapped != nil && result != nil && wrapsWriter(result.Type()) {
		u.sinkTo[result] = *wrapped // json.NewEncoder(w), bufio.NewWriter(w)
	}
}

// mayWriteInto reports whether a call the engine knows nothing about
// can leave the other arguments' data in what argument i refers to. It
// can where that is what the callee is for: the receiver of a method
// that writes, sets, adds or encodes (a buffer, a builder, an encoder, a
// header, url.Values), an argument of interface type (the io.Writer of
// fmt.Fprintf and io.Copy, the any that json.Unmarshal and a decoder
// fill), a byte slice (the dst of hex.Encode), a slice of interfaces
// (the pointers rows.Scan fills), a map or a channel. A slice of anything
// else is a list the callee reads (the fields a filter keeps), not one it
// fills. A pointer
// to a struct or to a plain value is not written, nor the receiver of
// any other method: a call given a pointer into a record (the company ID
// of a user, a service's receiver) would otherwise fill that record with
// everything else the call was given, and every later use of the record
// would carry it.
func (c *callee) mayWriteInto(i int) bool {
	if i >= len(c.args) {
		return false
	}
	if i == 0 && c.recv {
		return c.obj == nil || writesReceiver(c.obj.Name()) || writerType(c.args[0].Type())
	}
	switch t := c.args[i].Type().Underlying().(type) {
	case *types.Interface, *types.Map, *types.Chan:
		return true
	case *types.Slice:
		// A buffer to fill (hex.Encode, io.ReadFull), or the pointers a
		// scanner fills (rows.Scan(&a, &b), fmt.Sscan).
		return isByte(t.Elem()) || types.IsInterface(t.Elem())
	}
	return false
}

// isNumberOrBool reports whether t is a number or a bool.
func isNumberOrBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsNumeric|types.IsBoolean) != 0
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// receiverWriters are the prefixes of the names of methods that write
// what they are given into their receiver.
var receiverWriters = []string{"Write", "Set", "Add", "Append", "Encode", "Put", "Store", "Push", "Insert", "Merge", "Print", "Fill", "Copy"}

// messageFields are the names of the setters of a message builder
// (go-mail's m.To(addr), m.Subject(s)): they write what they are given
// into the message though no writer prefix says so.
var messageFields = map[string]bool{"To": true, "Cc": true, "Bcc": true, "From": true, "ReplyTo": true, "Subject": true}

// writerTypes are the endings of the names of types whose methods all
// write what they are given into the value: a generated encoder's
// (*jwriter.Writer).String(s), a buffer's or builder's Byte(b), Int(n).
var writerTypes = []string{"Writer", "Buffer", "Builder", "Encoder"}

// writerType reports whether t, or what it points to, is a named type
// whose name ends in one of writerTypes.
func writerType(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	name := named.Obj().Name()
	for _, w := range writerTypes {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

func writesReceiver(name string) bool {
	if messageFields[name] {
		return true
	}
	for _, p := range receiverWriters {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// sameTypeArgs returns the data of the arguments whose type is t, when t
// is structured (a named type other than a basic one, or a pointer,
// slice, array or map of one) and some argument has it: then the result
// is a selection from those arguments, such as the webhooks a filter
// keeps of a list it is given beside an organization and an action. A
// string, a byte slice or an interface may be built from anything
// (fmt.Sprintf, json.Marshal), and a type no argument has (a constructor's)
// from all the arguments: ok is false for those.
//
// An argument the call writes the others into (written, see
// mayWriteInto) carries them out too: a setter of a builder returns its
// receiver with the value set ((&Params{}).SetTo(phone)).
func sameTypeArgs(c *callee, data []argData, t types.Type, written []bool) (labelSet, bool) {
	if !structured(t) {
		return nil, false
	}
	var out labelSet
	found := false
	for i, a := range c.args {
		if !types.Identical(a.Type(), t) {
			continue
		}
		found = true
		for _, d := range data {
			if d.arg == i || written[i] {
				out = union(out, d.labels)
			}
		}
	}
	return out, found
}

// writtenArgs reports, for each argument of an unknown call, whether the
// call may write the other arguments' data into what it refers to.
func (u *unit) writtenArgs(c *callee) []bool {
	out := make([]bool, len(c.args))
	for i, a := range c.args {
		r, _ := u.root(a)
		out[i] = u.writable(a, r) && c.mayWriteInto(i)
	}
	return out
}

// structured reports whether t is a named type whose underlying type is
// not basic or an interface, or a pointer, slice, array or map of one.
func structured(t types.Type) bool {
	for range 4 {
		switch x := types.Unalias(t).(type) {
		case *types.Named:
			switch x.Underlying().(type) {
			case *types.Basic, *types.Interface:
				return false
			}
			return true
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		case *types.Array:
			t = x.Elem()
		case *types.Map:
			t = x.Elem()
		default:
			return false
		}
	}
	return false
}

func allArgs(c *callee) []int {
	out := make([]int, len(c.args))
	for i := range out {
		out[i] = i
	}
	return out
}

// writable reports whether an unknown call may write into what argument
// a (with memory root r) refers to, as far as the unit can follow: a
// pointer, slice, map or channel the unit allocated, loaded or received
// as a parameter (the summary's Writes carry that to the callers).
// Globals and contexts are left alone.
func (u *unit) writable(a, r ssa.Value) bool {
	switch r.(type) {
	case *ssa.FreeVar, *ssa.Global, *ssa.Const, *ssa.Function, *ssa.Builtin:
		return false
	}
	for {
		switch x := a.(type) {
		case *ssa.MakeInterface:
			a = x.X
			continue
		case *ssa.ChangeInterface:
			a = x.X
			continue
		}
		break
	}
	if isContext(a.Type()) {
		return false
	}
	switch t := a.Type().Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan:
		return true
	case *types.Interface:
		// A writer held as an interface (an io.Writer, the hash.Hash of
		// md5.New) keeps what is written into it; another interface
		// value (a store, a client) is left alone.
		return hasWrite(t)
	}
	return false
}

// hasWrite reports whether the interface has a Write method, as
// io.Writer does.
func hasWrite(t *types.Interface) bool {
	for i := range t.NumMethods() {
		if t.Method(i).Name() == "Write" {
			return true
		}
	}
	return false
}

// builtinCall handles append, copy and the other builtins.
func (u *unit) builtinCall(c *callee, result ssa.Value) {
	switch c.builtin.Name() {
	case "append":
		if len(c.args) == 2 {
			elems := u.deep(c.args[1])
			if result != nil {
				u.set(result, union(u.deep(c.args[0]), elems))
			}
			r, p := u.root(c.args[0])
			if u.writable(c.args[0], r) {
				u.store(r, p, elems)
			}
		}
	case "copy":
		if len(c.args) == 2 {
			r, p := u.root(c.args[0])
			if u.writable(c.args[0], r) {
				u.store(r, p, u.deep(c.args[1]))
			}
		}
	case "min", "max", "complex", "real", "imag", "ssa:wrapnilchk":
		if result != nil {
			var s labelSet
			for _, a := range c.args {
				s = union(s, u.get(a))
			}
			u.set(result, s)
		}
	}
	// len, cap and the rest carry nothing.
}

// summaryOf returns the summary of a function of this package (computed
// earlier, callees first) or of another (imported as a fact).
func (p *pkgCtx) summaryOf(obj *types.Func) *Summary {
	obj = obj.Origin()
	if s, ok := p.local[obj]; ok {
		return s
	}
	if obj.Pkg() == nil || obj.Pkg() == p.pass.Pkg {
		return nil
	}
	e, _ := p.imported.Lookup(obj)
	return e.summary
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func isContext(t types.Type) bool {
	return isNamed(t, "context", "Context")
}

func isHTTPRequest(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	return ok && isNamed(p.Elem(), "net/http", "Request")
}

func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// isStdio reports whether v is os.Stdout or os.Stderr.
func isStdio(v ssa.Value) bool {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeInterface:
			v = x.X
			continue
		case *ssa.UnOp:
			g, ok := x.X.(*ssa.Global)
			return ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "os" && (g.Name() == "Stdout" || g.Name() == "Stderr")
		}
		return false
	}
}
