package flow

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/internal/objfacts"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Analyzer computes the flows of personal data to sinks in a package and
// exports the summaries of its functions as facts. It reports nothing
// itself: the consent and logleak analyzers turn its Result into
// diagnostics.
var Analyzer = &analysis.Analyzer{
	Name:     "pdflow",
	Doc:      "compute flows of personal data to sinks (the engine of consent and logleak)",
	URL:      "https://pkg.go.dev/github.com/hrvet/hrvet/internal/flow",
	Requires: []*analysis.Analyzer{pdfields.Analyzer},
	// packageFlows carries the summaries; the two object facts are
	// exported only in tests (see objectFactsForTests).
	FactTypes:  []analysis.Fact{new(packageFlows), new(Summary), new(noReturn)},
	ResultType: reflect.TypeFor[*Result](),
	Run:        run,
}

// pkgCtx is the state of one run over a package.
type pkgCtx struct {
	pass *analysis.Pass
	cat  *pdfields.Catalog
	prog *ssa.Program

	local    map[*types.Func]*Summary  // summaries computed in this run
	imported *objfacts.Table[imported] // what imported packages' facts say
	fields   map[*types.Var]fieldInfo
	bearings map[types.Type]bool
	roles    map[*types.Func]int       // for the candidate scan
	stops    map[*types.Func]*stopScan // filled by the candidate scan, for noReturns

	callExprs map[token.Pos]*ast.CallExpr // calls found by callAt, by Lparen
	bases     []basisRange                // statements with a basis, built on first use
	basesDone bool

	impls     map[string][]implFlows            // implementations the imports' facts list, by interface method
	types     map[*types.Package][]*types.Named // concrete named types, by package
	implFuncs map[*types.Func][]*types.Func     // implementing methods the types show, by interface method
	copied    map[*types.Var]copiedField        // unexported fields set to a personal field (see copiedFields)
	open      []openCall                        // the package's own open calls (see openCall)
	openIn    map[string][]openCall             // open calls the imports' facts list, by interface method
	dynamic   map[*types.Func]string            // methods reached only through another package's interface (see dynamicOnly)
	ifaces    []*types.TypeName                 // the module's interfaces the package sees (moduleInterfaces)
	modPkgs   []*types.Package                  // this package and its module's packages below it

	authChecks map[*ssa.Function][]*check // authorization checks, by function (see routes.go)
	anonAuth   map[*ssa.Function]string   // closures that check authorization, with the role

	result Result
}

type basisRange struct {
	pos, end token.Pos
	citation string
}

// strict makes a panic in the analysis of a function fatal. Tests set
// it; in production a function the engine cannot handle is skipped, so
// that one odd function does not stop a whole run.
var strict = false

func run(pass *analysis.Pass) (any, error) {
	p := &pkgCtx{
		pass:     pass,
		cat:      pass.ResultOf[pdfields.Analyzer].(*pdfields.Catalog),
		local:    make(map[*types.Func]*Summary),
		fields:   make(map[*types.Var]fieldInfo),
		bearings: make(map[types.Type]bool),
		roles:    make(map[*types.Func]int),
		stops:    make(map[*types.Func]*stopScan),
	}
	var reexports map[string][]*packageFlows
	p.imported = objfacts.NewTable(func(pkg *types.Package) map[types.Object]imported {
		return importFlows(pass, pkg, &reexports)
	})
	hasData := p.hasData()
	// The standard library's summaries are not exported, so there only
	// functions whose flows can start there matter: with no personal data
	// and no consent check in the package, none can. Most of the standard
	// library is not even scanned: nothing in it or below it marks data.
	std := p.standard()
	var sel selection
	if !std || hasData {
		sel = p.candidates()
	}
	never, noReturn := computeNoReturn(pass, p.imported, p.stops)
	if (len(sel.funcs) > 0 || sel.init) && (!std || sel.personal) {
		tops, err := p.buildSSA(sel, noReturn)
		if err != nil {
			return nil, err
		}
		for _, top := range p.order(tops) {
			p.analyze(top)
		}
		p.accessOf(tops)
	}
	if !std {
		p.result.Flows = append(p.result.Flows, p.conversionFlows()...)
	}
	p.exportFacts(hasData, std, never)
	p.result.summaries = p.collectSummaries()
	p.result.sort()
	// A copy: a pointer into p would keep the whole context, the package's
	// SSA included, alive as long as the checker keeps the result, which
	// is to the end of the run.
	res := p.result
	return &res, nil
}

// analyze runs the engine on one top-level function and its literals.
func (p *pkgCtx) analyze(top *ssa.Function) {
	defer func() {
		if r := recover(); r != nil && strict {
			panic(r)
		}
		// Otherwise the function is skipped; see strict.
	}()
	u := newUnit(p, top)
	if u.size() > maxUnitInstrs || !u.relevant() {
		return
	}
	u.prepare()
	u.run()
	flows, pflows := u.emit()
	p.result.Flows = append(p.result.Flows, flows...)
	p.open = append(p.open, u.open...)
	p.noteAuth(u)
	p.result.Unchecked = append(p.result.Unchecked, u.unchecked()...)
	p.result.Unknown = append(p.result.Unknown, compactUnknown(u.unknowns)...)
	p.result.Decisions = append(p.result.Decisions, u.decisionCalls()...)
	if obj, ok := top.Object().(*types.Func); ok && top.Synthetic == "" {
		returns, built := u.returns()
		p.local[obj] = &Summary{Flows: pflows, Returns: returns, Writes: u.writes(), Consent: u.consentWrapper(), Authorize: u.authorizer(), Built: built,
			Decides: u.decides(), Derives: u.derives(returns)}
	}
}

// relevant reports whether the unit touches personal data, a sink, a
// consent check or a summarised callee. Other functions are skipped and
// get no summary: their callers take their results to carry their
// arguments.
func (u *unit) relevant() bool {
	for _, prm := range u.top.Params {
		if u.bearing(prm.Type()) {
			return true
		}
	}
	for v := range u.top.Signature.Results().Variables() {
		if u.bearing(v.Type()) {
			return true // see Summary.Built
		}
	}
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if u.relevantInstr(instr) {
					return true
				}
			}
		}
	}
	return false
}

func (u *unit) relevantInstr(instr ssa.Instruction) bool {
	switch x := instr.(type) {
	case *ssa.FieldAddr:
		if f := fieldVar(x.X.Type(), x.Field); f != nil {
			fi := u.field(f)
			return fi.personal || fi.bearing
		}
	case *ssa.Field:
		if f := fieldVar(x.X.Type(), x.Field); f != nil {
			fi := u.field(f)
			return fi.personal || fi.bearing
		}
	case ssa.CallInstruction:
		if call, ok := x.(*ssa.Call); ok {
			if t, ok := call.Type().(*types.Tuple); ok {
				for i := range t.Len() {
					if u.bearing(t.At(i).Type()) {
						return true
					}
				}
			} else if u.bearing(call.Type()) {
				return true
			}
		}
		c := u.resolve(x.Common())
		if c.obj == nil {
			return false
		}
		// The candidate scan judges callees the same way (funcRole); a
		// function of this package counts by its summary, ready by now.
		if u.funcRole(c.obj) != roleNone {
			return true
		}
		if x.Common().IsInvoke() && c.obj.Pkg() != nil && !u.otherModulePkg(c.obj.Pkg()) {
			// A person-bearing value given to a module interface's method
			// may be an open call (see openCall).
			for _, a := range x.Common().Args {
				if u.bearing(a.Type()) {
					return true
				}
			}
		}
		s := u.local[c.obj.Origin()]
		return s != nil && (s.reachesSink() || s.touchesData())
	}
	return false
}

// order returns the package's top-level functions callees first, so that
// a function's summary is ready before its callers are analysed. In a
// cycle of recursive calls, the first function reached sees the others
// without summaries.
func (p *pkgCtx) order(tops []*ssa.Function) []*ssa.Function {
	isTop := make(map[*ssa.Function]bool, len(tops))
	for _, t := range tops {
		isTop[t] = true
	}
	state := make(map[*ssa.Function]int) // 1 visiting, 2 done
	var out []*ssa.Function
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		if state[fn] != 0 {
			return
		}
		state[fn] = 1
		for _, callee := range p.callees(fn) {
			if isTop[callee] {
				visit(callee)
			}
		}
		state[fn] = 2
		out = append(out, fn)
	}
	for _, t := range tops {
		visit(t)
	}
	return out
}

// callees lists the top-level functions of the package a top-level
// function and its literals call statically, in order of appearance.
func (p *pkgCtx) callees(top *ssa.Function) []*ssa.Function {
	var out []*ssa.Function
	seen := make(map[*ssa.Function]bool)
	var walk func(fn *ssa.Function)
	walk = func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ci, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				callee := p.staticTop(ci.Common())
				if callee != nil && !seen[callee] {
					seen[callee] = true
					out = append(out, callee)
				}
			}
		}
		for _, anon := range fn.AnonFuncs {
			walk(anon)
		}
	}
	walk(top)
	return out
}

// staticTop returns the top-level function of this package a call
// statically reaches, if any.
func (p *pkgCtx) staticTop(cc *ssa.CallCommon) *ssa.Function {
	if cc.IsInvoke() {
		return nil
	}
	fn := cc.StaticCallee()
	if fn == nil {
		return nil
	}
	if fn.Synthetic != "" {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != p.pass.Pkg {
			return nil
		}
		if o := obj.Origin(); o.Signature().Recv() != nil && types.IsInterface(o.Signature().Recv().Type()) {
			return nil
		}
		fn = p.prog.FuncValue(obj.Origin())
		if fn == nil {
			return nil
		}
	}
	if o := fn.Origin(); o != nil {
		fn = o
	}
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	if fn.Pkg == nil || fn.Pkg.Pkg != p.pass.Pkg {
		return nil
	}
	return fn
}

// hasData reports whether the package, or a package it imports, marks
// personal data or roles (see packageFlows.Data).
func (p *pkgCtx) hasData() bool {
	if p.cat.Declares() {
		return true
	}
	for _, imp := range p.pass.Pkg.Imports() {
		var f packageFlows
		if p.pass.ImportPackageFact(imp, &f) && f.Data {
			return true
		}
	}
	return false
}

// standard reports whether the package is part of the standard library:
// its files lie in <root>/src/<import path> where <root>/src/runtime
// exists. Its summaries are not exported: calls into the standard library
// are modelled by the sink catalogue and by passing arguments through.
func (p *pkgCtx) standard() bool {
	if len(p.pass.Files) == 0 {
		return false
	}
	name := filepath.ToSlash(p.pass.Fset.File(p.pass.Files[0].FileStart).Name())
	suffix := "/src/" + p.pass.Pkg.Path() + "/"
	i := strings.LastIndex(name, suffix)
	if i < 0 {
		return false
	}
	return isGoroot(filepath.FromSlash(name[:i]))
}

var goroots sync.Map // directory -> bool

// isGoroot reports whether dir is a Go installation's root.
func isGoroot(dir string) bool {
	if v, ok := goroots.Load(dir); ok {
		return v.(bool)
	}
	fi, err := os.Stat(filepath.Join(dir, "src", "runtime"))
	ok := err == nil && fi.IsDir()
	goroots.Store(dir, ok)
	return ok
}

// callAt returns the call expression whose left parenthesis is at lparen.
// It walks down only the nodes that contain lparen: findings are few, the
// package's syntax large.
func (p *pkgCtx) callAt(lparen token.Pos) *ast.CallExpr {
	if call, ok := p.callExprs[lparen]; ok {
		return call
	}
	var found *ast.CallExpr
	for _, f := range p.pass.Files {
		if lparen < f.FileStart || lparen >= f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil || n == nil || lparen < n.Pos() || lparen >= n.End() {
				return false
			}
			if call, ok := n.(*ast.CallExpr); ok && call.Lparen == lparen {
				found = call
				return false
			}
			return true
		})
	}
	if p.callExprs == nil {
		p.callExprs = make(map[token.Pos]*ast.CallExpr)
	}
	p.callExprs[lparen] = found
	return found
}

// stmtBasisAt returns the citation of a //hrvet:basis on a statement
// around pos: the innermost one.
func (p *pkgCtx) stmtBasisAt(pos token.Pos) string {
	if !p.basesDone {
		p.basesDone = true
		for s, c := range p.cat.StmtBases {
			p.bases = append(p.bases, basisRange{s.Pos(), s.End(), c})
		}
		// Sorted, so that of two statements that begin together the
		// outer (longer) one comes first and the inner one wins below.
		slices.SortFunc(p.bases, func(a, b basisRange) int {
			return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(b.end, a.end))
		})
	}
	best := -1
	for i, r := range p.bases {
		if r.pos <= pos && pos < r.end && (best < 0 || r.pos >= p.bases[best].pos) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return p.bases[best].citation
}

// String describes a flow for tests and debugging.
func (f *Flow) String() string {
	return fmt.Sprintf("%s -> %s [%s, %s]", f.DataString(), f.SinkString(), f.Kind, f.Problem)
}
