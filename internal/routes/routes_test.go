package routes_test

import (
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/routes"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// probe reports each registration Find returns, at its position, as
//
//	<framework> route <METHOD|ANY> <path|?> -> <handler|nil[=value]> behind [<middleware>] [open F#i] [via L<line>,...]
//
// and each unfollowed handler as "unfollowed <handler>: <why>". It
// gives Find the package's top-level functions, and checks that Find
// given every function, anonymous ones too, or functions without bodies
// besides, or run a second time, returns the same.
var probe = &analysis.Analyzer{
	Name:     "routesprobe",
	Doc:      "reports the routes routes.Find finds",
	Requires: []*analysis.Analyzer{buildssa.Analyzer},
	Run:      runProbe,
}

func runProbe(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	var tops []*ssa.Function
	for _, fn := range info.SrcFuncs {
		if fn.Parent() == nil {
			tops = append(tops, fn)
		}
	}
	res := routes.Find(tops)
	lines := describe(pass.Fset, res)
	// Functions without bodies (those of the imports) change nothing.
	withBodiless := slices.Clone(tops)
	for _, fn := range info.SrcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if c, ok := instr.(ssa.CallInstruction); ok {
					if callee := c.Common().StaticCallee(); callee != nil && len(callee.Blocks) == 0 {
						withBodiless = append(withBodiless, callee)
					}
				}
			}
		}
	}
	for _, other := range []*routes.Result{routes.Find(info.SrcFuncs), routes.Find(tops), routes.Find(withBodiless)} {
		if got := describe(pass.Fset, other); !slices.Equal(got, lines) {
			pass.Reportf(pass.Files[0].Package, "Find differs between runs:\n%s\n---\n%s", strings.Join(lines, "\n"), strings.Join(got, "\n"))
		}
	}
	for _, r := range res.Registrations {
		pass.Reportf(r.Pos, "%s", describeReg(pass.Fset, r))
	}
	for _, u := range res.Unfollowed {
		pass.Reportf(u.Pos, "unfollowed %s: %s", funcName(u.Handler), u.Why)
	}
	for _, ra := range res.RouterArgs {
		pass.Reportf(ra.Pos, "%s", describeArg(pass.Fset, ra))
	}
	return nil, nil
}

func describe(fset *token.FileSet, res *routes.Result) []string {
	var out []string
	for _, r := range res.Registrations {
		out = append(out, fmt.Sprint(fset.Position(r.Pos).Line, " ", describeReg(fset, r)))
	}
	for _, u := range res.Unfollowed {
		out = append(out, fmt.Sprint(fset.Position(u.Pos).Line, " ", funcName(u.Handler), u.Why))
	}
	for _, ra := range res.RouterArgs {
		out = append(out, fmt.Sprint(fset.Position(ra.Pos).Line, " ", describeArg(fset, ra)))
	}
	return out
}

func describeReg(fset *token.FileSet, r routes.Registration) string {
	method, path := r.Method, r.Path
	if method == "" {
		method = "ANY"
	}
	if path == "" {
		path = "?"
	}
	var mw []string
	for _, m := range r.Middleware {
		mw = append(mw, mwName(m.Value))
	}
	handler := funcName(r.Handler)
	if r.Handler == nil && r.HandlerValue != nil {
		handler += "=" + mwName(r.HandlerValue)
	}
	s := fmt.Sprintf("%s route %s %s -> %s behind [%s]", r.Framework, method, path, handler, strings.Join(mw, ", "))
	return s + describeOpen(fset, r.Open, r.OpenFunc, r.OpenParam, r.Via)
}

// describeArg describes a router passed to another package as
//
//	<framework> router arg <callee>#<arg> [<METHOD>] prefix <prefix|""> behind [<middleware>] [open F#i] [via L<line>,...]
func describeArg(fset *token.FileSet, ra routes.RouterArg) string {
	var mw []string
	for _, m := range ra.Middleware {
		mw = append(mw, mwName(m.Value))
	}
	s := fmt.Sprintf("%s router arg %s#%d", ra.Framework, ra.Callee.Name(), ra.Arg)
	if ra.Method != "" {
		s += " " + ra.Method
	}
	s += fmt.Sprintf(" prefix %q behind [%s]", ra.Prefix, strings.Join(mw, ", "))
	return s + describeOpen(fset, ra.Open, ra.OpenFunc, ra.OpenParam, ra.Via)
}

// describeOpen describes where a router is open and the calls a
// registration or router argument was reached through.
func describeOpen(fset *token.FileSet, open bool, fn *ssa.Function, param int, calls []token.Pos) string {
	var s string
	if open {
		s += fmt.Sprintf(" open %s#%d", funcName(fn), param)
	}
	if len(calls) > 0 {
		var via []string
		for _, p := range calls {
			via = append(via, fmt.Sprint("L", fset.Position(p).Line))
		}
		s += " via " + strings.Join(via, ",")
	}
	return s
}

func funcName(fn *ssa.Function) string {
	if fn == nil {
		return "nil"
	}
	return fn.Name()
}

func mwName(v ssa.Value) string {
	switch x := v.(type) {
	case *ssa.Function:
		return x.Name()
	case *ssa.MakeClosure:
		return "closure"
	case *ssa.Call:
		if fn := x.Call.StaticCallee(); fn != nil {
			return fn.Name() + "()"
		}
		return "call()"
	case *ssa.Global:
		return x.Name()
	case *ssa.Parameter:
		return "param " + x.Name()
	case nil:
		return "nil"
	}
	return fmt.Sprintf("%T", v)
}

func testdata(t *testing.T) string {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// frameworks are the test packages of TestFrameworks, one a framework.
var frameworks = []string{"nethttp", "ginapp", "echoapp", "chiapp", "fiberapp", "gorillaapp"}

// TestFrameworks checks the forms of each framework.
func TestFrameworks(t *testing.T) {
	analysistest.Run(t, testdata(t), probe, frameworks...)
}

// TestAcrossFunctions checks routers passed to and returned from the
// package's functions, and Open.
func TestAcrossFunctions(t *testing.T) {
	analysistest.Run(t, testdata(t), probe, "crossfn")
}

// TestRouterArgs checks the routers passed to another package's
// functions, with their prefix and middleware at the call.
func TestRouterArgs(t *testing.T) {
	analysistest.Run(t, testdata(t), probe, "routerargs")
}

// TestUnfollowed checks the handlers reported as not followed.
func TestUnfollowed(t *testing.T) {
	analysistest.Run(t, testdata(t), probe, "unfollowed")
}

// TestQuiet checks look-alikes that register nothing.
func TestQuiet(t *testing.T) {
	analysistest.Run(t, testdata(t), probe, "lookalike")
}

// TestOdd checks that odd code neither panics nor finds what is not
// there.
func TestOdd(t *testing.T) {
	analysistest.Run(t, testdata(t), probe, "odd")
}

// TestEmpty checks that Find given nothing finds nothing.
func TestEmpty(t *testing.T) {
	res := routes.Find(nil)
	if len(res.Registrations) != 0 || len(res.Unfollowed) != 0 {
		t.Errorf("Find(nil) = %+v", res)
	}
}
