package flow

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/hrvet/hrvet/internal/sinks"
)

// selection is what a package needs SSA for: the functions that may touch
// personal data, a sink, a consent check or a summarised callee, found on
// the syntax before any SSA is built.
//
// It is a superset of what (*unit).relevant accepts on SSA: every field
// selection, call, callee and parameter that test looks at shows in the
// syntax as a use of a field, function or variable, a call or a
// composite literal, and a function that refers to a candidate of the
// package is one too, since that candidate may get a summary. So building
// SSA for the candidates alone, and skipping the rest, changes no result.
type selection struct {
	funcs    map[*types.Func]bool // candidate functions and methods, declared in the package
	init     bool                 // the package initializer: a package-level variable's initializer is a candidate
	personal bool                 // a candidate touches personal data or a consent check, not only sinks
	// imports lists, by package, the package-level functions and
	// variables of other packages that the candidates name: the members
	// SSA construction needs of the imported packages.
	imports map[*types.Package][]types.Object
}

// analyseAll makes every function a candidate and every import created,
// as when the engine required buildssa. Tests set it to check that the
// candidate scan changes no result.
var analyseAll = false

// declScan is what the syntax of one function (or of the package's
// variable initializers) says.
type declScan struct {
	direct   bool                 // it touches something relevant itself
	personal bool                 // personal data, a person-bearing value or a consent check
	refs     []*types.Func        // the package's own functions it refers to
	imported []types.Object       // package-level functions and variables of other packages it names
	seen     map[*types.Func]bool // refs, as a set
}

// candidates scans the package's syntax for the functions the engine may
// need to analyse.
func (p *pkgCtx) candidates() selection {
	sel := selection{funcs: make(map[*types.Func]bool), imports: make(map[*types.Package][]types.Object)}
	scans := make(map[*types.Func]*declScan)
	var order []*types.Func
	var inits []*types.Func // the package's init functions, which the initializer calls
	for _, f := range p.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := p.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			s := &declScan{seen: make(map[*types.Func]bool)}
			sig := fn.Signature()
			if r := sig.Recv(); r != nil && p.bearing(r.Type()) {
				s.direct, s.personal = true, true
			}
			for v := range sig.Params().Variables() {
				if p.bearing(v.Type()) {
					s.direct, s.personal = true, true
				}
			}
			// A function returning a person-bearing value gets a summary
			// that says whether it built the value or found it (a
			// request builder's empty request is no loader's record).
			for v := range sig.Results().Variables() {
				if p.bearing(v.Type()) {
					s.direct, s.personal = true, true
				}
			}
			stop := new(stopScan)
			ast.Inspect(fd.Body, func(n ast.Node) bool { return p.scanNode(n, s, stop) })
			p.stops[fn] = stop
			scans[fn] = s
			order = append(order, fn)
			if fd.Recv == nil && fd.Name.Name == "init" {
				inits = append(inits, fn)
			}
		}
	}
	initScan := &declScan{seen: make(map[*types.Func]bool)}
	for _, vi := range p.pass.TypesInfo.InitOrder {
		ast.Inspect(vi.Rhs, func(n ast.Node) bool { return p.scanNode(n, initScan, nil) })
	}

	// Candidates: the functions that are relevant by themselves, and
	// those that refer to a candidate, found walking the references back.
	referrers := make(map[*types.Func][]*types.Func)
	var work []*types.Func
	for _, fn := range order {
		s := scans[fn]
		for _, r := range s.refs {
			referrers[r] = append(referrers[r], fn)
		}
		if s.direct {
			sel.funcs[fn] = true
			work = append(work, fn)
		}
	}
	for len(work) > 0 {
		fn := work[len(work)-1]
		work = work[:len(work)-1]
		for _, caller := range referrers[fn] {
			if !sel.funcs[caller] {
				sel.funcs[caller] = true
				work = append(work, caller)
			}
		}
	}
	sel.init = initScan.direct
	for _, r := range initScan.refs {
		sel.init = sel.init || sel.funcs[r]
	}
	for _, fn := range inits {
		sel.init = sel.init || sel.funcs[fn]
	}

	if analyseAll {
		for _, fn := range order {
			sel.funcs[fn] = true
		}
		sel.init, sel.personal = true, true
	}

	named := make(map[types.Object]bool)
	add := func(s *declScan) {
		sel.personal = sel.personal || s.personal
		for _, obj := range s.imported {
			if !named[obj] {
				named[obj] = true
				sel.imports[obj.Pkg()] = append(sel.imports[obj.Pkg()], obj)
			}
		}
	}
	for fn := range sel.funcs {
		add(scans[fn])
	}
	if sel.init {
		add(initScan)
	}
	return sel
}

// scanNode records in s what node n says, and in stop, if not nil, what
// noReturns needs of a function's own body (not of the function literals
// in it); it is an ast.Inspect visitor. The one walk serves both, since
// both must see every node of every function.
func (p *pkgCtx) scanNode(n ast.Node, s *declScan, stop *stopScan) bool {
	if stop != nil {
		switch n := n.(type) {
		case *ast.FuncLit:
			ast.Inspect(n, func(m ast.Node) bool { return p.scanNode(m, s, nil) })
			return false
		case *ast.CallExpr:
			stop.calls = append(stop.calls, n)
		default:
			stop.loops = stop.loops || endless(n)
		}
	}
	info := p.pass.TypesInfo
	switch n := n.(type) {
	case *ast.Ident:
		switch obj := info.Uses[n].(type) {
		case *types.Var:
			if obj.IsField() {
				if fi := p.field(obj); fi.personal || fi.bearing {
					s.direct, s.personal = true, true
				}
				return true
			}
			if p.bearing(obj.Type()) {
				s.direct, s.personal = true, true
			}
			if obj.Pkg() != nil && obj.Pkg() != p.pass.Pkg && obj.Parent() == obj.Pkg().Scope() {
				s.addImport(obj)
			}
		case *types.Func:
			fn := obj.Origin()
			switch p.funcRole(fn) {
			case rolePersonal:
				s.direct, s.personal = true, true
			case roleSink:
				s.direct = true
			}
			if fn.Pkg() == p.pass.Pkg {
				if !s.seen[fn] {
					s.seen[fn] = true
					s.refs = append(s.refs, fn)
				}
			} else if fn.Pkg() != nil && fn.Signature().Recv() == nil {
				s.addImport(fn)
			}
		}
	case *ast.SelectorExpr:
		// Fields an embedded selection passes through (d.Phone through an
		// embedded Employee) are fields SSA reads too.
		if sl := info.Selections[n]; sl != nil && len(sl.Index()) > 1 {
			t := sl.Recv()
			for _, i := range sl.Index()[:len(sl.Index())-1] {
				st, ok := derefStruct(t)
				if !ok || i >= st.NumFields() {
					break
				}
				f := st.Field(i)
				if fi := p.field(f); fi.personal || fi.bearing {
					s.direct, s.personal = true, true
				}
				t = f.Type()
			}
		}
	case *ast.CallExpr:
		if p.bearingResult(info.TypeOf(n)) {
			s.direct, s.personal = true, true
		}
	case *ast.CompositeLit:
		if p.bearing(info.TypeOf(n)) {
			s.direct, s.personal = true, true
		}
	}
	return true
}

func (s *declScan) addImport(obj types.Object) {
	if !slices.Contains(s.imported, obj) {
		s.imported = append(s.imported, obj)
	}
}

// bearingResult reports whether a call's type, or one of its results,
// carries personal fields.
func (p *pkgCtx) bearingResult(t types.Type) bool {
	if tu, ok := t.(*types.Tuple); ok {
		for v := range tu.Variables() {
			if p.bearing(v.Type()) {
				return true
			}
		}
		return false
	}
	return p.bearing(t)
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if ptr, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	return st, ok
}

// Roles a callee plays for the candidate scan.
const (
	roleNone     = iota
	roleSink     // a sink, declared or built in, or a callee whose summary has flows or writes
	rolePersonal // a consent or authorization check, or a callee whose summary makes one or returns personal data
)

// funcRole says what a function referred to means for the candidate
// scan, as (*unit).relevantInstr judges a call of it. It is memoized:
// the built-in catalogue's lookup builds the function's full name.
func (p *pkgCtx) funcRole(fn *types.Func) int {
	if r, ok := p.roles[fn]; ok {
		return r
	}
	r := p.importedRole(fn)
	if ff, ok := p.cat.Func(fn); ok && (ff.Consent || ff.Authorize || ff.Review) {
		r = rolePersonal
	} else if ok && (ff.Sink != "" || ff.Decision) {
		r = max(r, roleSink)
	} else if e, ok := sinks.LookupFunc(fn); ok && e.Data != sinks.DataAttr {
		r = max(r, roleSink)
	} else if r == roleNone && p.mayImplement(fn) {
		r = roleSink
	} else if r == roleNone && grpcSetup(fn) {
		r = roleSink // its registrations are routes (see grpc.go)
	}
	if _, ok := sourceFuncs[fn.FullName()]; ok {
		r = rolePersonal // its result is personal data (see sourceFuncs)
	}
	p.roles[fn] = r
	return r
}

// importedRole judges an imported function by its summary, as
// (*unit).relevantInstr does.
func (p *pkgCtx) importedRole(fn *types.Func) int {
	if fn.Pkg() == nil || fn.Pkg() == p.pass.Pkg {
		return roleNone
	}
	s := p.summaryOf(fn)
	switch {
	case s == nil:
		return roleNone
	case s.touchesData():
		return rolePersonal
	case s.reachesSink() || len(s.Exposes) > 0 || len(s.OpenRoutes) > 0:
		return roleSink // a handler that exposes, or a function registering one on the router passed: judged here
	}
	return roleNone
}

// touchesData reports whether a call of the summarised function checks
// consent or yields personal data of its own, through a result or a
// pointer argument.
func (s *Summary) touchesData() bool {
	return len(s.Consent) > 0 || len(s.Authorize) > 0 ||
		slices.ContainsFunc(s.Returns, func(r ReturnFlow) bool { return r.Param < 0 }) ||
		slices.ContainsFunc(s.Writes, func(w WriteFlow) bool { return w.Param < 0 }) ||
		slices.ContainsFunc(s.Derives, func(r ReturnFlow) bool { return r.Param < 0 })
}

// reachesSink reports whether data passed to the summarised function can
// reach a sink, or be written where the caller can see it.
func (s *Summary) reachesSink() bool {
	return len(s.Flows) > 0 || len(s.Writes) > 0 || len(s.Decides) > 0
}
