package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/hrvet/hrvet/internal/objfacts"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// A function that never returns normally (it always panics, exits or
// loops forever) is recorded in the package fact (packageFlows.NoReturn),
// so that SSA built for callers in other packages ends the block at its
// calls: a consent check whose failure branch calls log.Fatal leaves only
// the success branch.
//
// pdflow decides it itself rather than requiring ctrlflow, which builds a
// control-flow graph of every function of every package and an inspector
// for each; here a cheap walk picks the few functions that can fail to
// return, and only those get a graph.

// noReturns decides which of a package's functions never return.
type noReturns struct {
	pass     *analysis.Pass
	imported *objfacts.Table[imported]
	decls    map[*types.Func]*ast.FuncDecl
	stops    map[*types.Func]*stopScan // bodies the candidate scan walked
	state    map[*types.Func]int8      // 1 deciding, 2 returns, 3 never returns
}

// computeNoReturn decides, for every function of the package, whether it
// never returns, and returns those that do not, for the package fact, and
// the predicate SSA construction needs, which asks imports their facts.
func computeNoReturn(pass *analysis.Pass, imports *objfacts.Table[imported], stops map[*types.Func]*stopScan) (never []*types.Func, isNoReturn func(*types.Func) bool) {
	nr := &noReturns{
		pass:     pass,
		imported: imports,
		stops:    stops,
		decls:    make(map[*types.Func]*ast.FuncDecl),
		state:    make(map[*types.Func]int8),
	}
	var fns []*types.Func
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					nr.decls[fn] = fd
					fns = append(fns, fn)
				}
			}
		}
	}
	for _, fn := range fns {
		if nr.never(fn) {
			never = append(never, fn)
		}
	}
	return never, nr.isNoReturn
}

// isNoReturn answers for any function: this package's, from its own
// analysis; another's, from its fact, or by name where the fact may be
// missing: Bazel's nogo gives the standard library no facts, so without
// the names os.Exit and log.Fatal would seem to return there, and a
// consent check that ends the program on failure would guard nothing.
func (nr *noReturns) isNoReturn(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if fn.Pkg() == nr.pass.Pkg {
		return nr.never(fn.Origin())
	}
	if intrinsic(fn.Origin()) == intrinsicNever {
		return true
	}
	e, _ := nr.imported.Lookup(fn.Origin())
	return e.noReturn
}

// never reports whether a function of this package never returns. In a
// cycle of calls, a function still being decided is taken to return.
func (nr *noReturns) never(fn *types.Func) bool {
	switch nr.state[fn] {
	case 1, 2:
		return false
	case 3:
		return true
	}
	switch intrinsic(fn) {
	case intrinsicNever:
		nr.state[fn] = 3
		return true
	case intrinsicReturns:
		nr.state[fn] = 2
		return false
	}
	decl := nr.decls[fn]
	if decl == nil || decl.Body == nil {
		nr.state[fn] = 2
		return false
	}
	nr.state[fn] = 1
	result := nr.mayStop(fn, decl.Body) && cfg.New(decl.Body, nr.mayReturn).NoReturn()
	nr.state[fn] = 2
	if result {
		nr.state[fn] = 3
	}
	return result
}

// mayStop reports whether the body of fn holds anything that can keep it
// from returning: a call of panic or of a function that never returns, a
// loop with no condition, a select or a goto. A body with none of them
// returns on every path, and needs no control-flow graph to tell. The
// candidate scan, when it ran, has already walked the body (see stopScan).
func (nr *noReturns) mayStop(fn *types.Func, body *ast.BlockStmt) bool {
	stop := nr.stops[fn]
	if stop == nil {
		stop = new(stopScan)
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // its body is not this function's
			case *ast.CallExpr:
				stop.calls = append(stop.calls, n)
			default:
				stop.loops = stop.loops || endless(n)
			}
			return true
		})
	}
	return stop.loops || slices.ContainsFunc(stop.calls, func(c *ast.CallExpr) bool { return !nr.mayReturn(c) })
}

// stopScan is what a function's own body (not its function literals')
// holds that could keep it from returning.
type stopScan struct {
	loops bool            // a loop with no condition, a select or a goto
	calls []*ast.CallExpr // every call
}

// endless reports whether n is a loop with no condition, a select or a
// goto, which can keep a function from returning.
func endless(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.ForStmt:
		return n.Cond == nil
	case *ast.SelectStmt:
		return true
	case *ast.BranchStmt:
		return n.Tok == token.GOTO
	}
	return false
}

// mayReturn reports whether a call may return, as go/cfg asks.
func (nr *noReturns) mayReturn(call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && nr.pass.TypesInfo.Uses[id] == panicBuiltin {
		return false
	}
	fn := typeutil.StaticCallee(nr.pass.TypesInfo, call)
	if fn == nil {
		return true
	}
	return !nr.isNoReturn(fn)
}

var panicBuiltin = types.Universe.Lookup("panic")

// What is known of a function by its name.
const (
	intrinsicUnknown = iota
	intrinsicNever   // it never returns, whatever its body says
	intrinsicReturns // it returns, whatever its body says
)

// intrinsic says what is known of a function by its name: some never
// return but their bodies do not show it (assembly, runtime internals) or
// are better known by name than by their bodies (loggers' Fatal and Panic
// methods, which end in calls through function values); a few return
// although their bodies seem not to.
func intrinsic(fn *types.Func) int {
	if fn.Pkg() == nil {
		return intrinsicUnknown
	}
	var recv string
	if r := fn.Signature().Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			recv = n.Obj().Name()
		}
	}
	key := intrinsicKey{fn.Pkg().Path(), recv}
	if slices.Contains(noReturnIntrinsics[key], fn.Name()) {
		return intrinsicNever
	}
	if slices.Contains(returnIntrinsics[key], fn.Name()) {
		return intrinsicReturns
	}
	return intrinsicUnknown
}

type intrinsicKey struct{ pkg, recv string }

// noReturnIntrinsics are, by package and receiver type ("" for functions),
// the names of functions known never to return.
var noReturnIntrinsics = map[intrinsicKey][]string{
	{"os", ""}:                               {"Exit"},
	{"log", ""}:                              {"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"},
	{"log", "Logger"}:                        {"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"},
	{"testing", "common"}:                    {"FailNow", "Fatal", "Fatalf", "SkipNow", "Skip", "Skipf"},
	{"syscall", ""}:                          {"Exit", "ExitProcess", "ExitThread"},
	{"runtime", ""}:                          {"Goexit", "fatalthrow", "fatalpanic", "exit"},
	{"go.uber.org/zap", "Logger"}:            {"Fatal", "Panic"},
	{"go.uber.org/zap", "SugaredLogger"}:     {"Fatal", "Fatalf", "Fatalw", "Panic", "Panicf", "Panicw"},
	{"github.com/sirupsen/logrus", "Logger"}: {"Exit", "Panic", "Panicf", "Panicln"},
	{"github.com/sirupsen/logrus", "Entry"}:  {"Panicf", "Panicln"},
	{"k8s.io/klog", ""}:                      {"Exit", "ExitDepth", "Exitf", "Exitln", "Fatal", "FatalDepth", "Fatalf", "Fatalln"},
	{"k8s.io/klog/v2", ""}:                   {"Exit", "ExitDepth", "Exitf", "Exitln", "Fatal", "FatalDepth", "Fatalf", "Fatalln"},
}

// returnIntrinsics are the functions known to return although their
// bodies look as if they did not (they only panic in code the compiler
// removes).
var returnIntrinsics = map[intrinsicKey][]string{
	{"internal/abi", ""}: {"EscapeNonString"},
	{"hash/maphash", ""}: {"Comparable"},
}
