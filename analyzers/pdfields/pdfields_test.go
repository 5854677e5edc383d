package pdfields_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/types/typeutil"
)

func TestTagsDirectivesAndFacts(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), pdfields.Analyzer, "hr")
}

// probe reports what the pdfields catalogue says about the expressions of
// `_ = x` assignments and call statements, so the tests can see the
// catalogue through facts of imported packages.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report what the pdfields catalogue knows",
	Requires: []*analysis.Analyzer{pdfields.Analyzer},
	Run:      runProbe,
}

func runProbe(pass *analysis.Pass) (any, error) {
	cat := pass.ResultOf[pdfields.Analyzer].(*pdfields.Catalog)
	describe := func(e ast.Expr) {
		switch e := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			describeField(pass, cat, e)
		case *ast.Ident:
			if v, ok := pass.TypesInfo.Uses[e].(*types.Var); ok {
				var paths []string
				for _, pf := range cat.PersonalFields(v.Type()) {
					paths = append(paths, pf.Path)
				}
				if len(paths) == 0 {
					pass.Reportf(e.Pos(), "value %s carries nothing", v.Name())
				} else {
					pass.Reportf(e.Pos(), "value %s carries %s", v.Name(), strings.Join(paths, ", "))
				}
			}
		case *ast.CallExpr:
			if fn, ok := typeutil.Callee(pass.TypesInfo, e).(*types.Func); ok {
				if f, ok := cat.Func(fn); ok {
					pass.Reportf(e.Pos(), "func %s: %s", fn.Name(), &f)
				}
			}
			for _, arg := range e.Args {
				if _, ok := ast.Unparen(arg).(*ast.SelectorExpr); ok {
					describeField(pass, cat, arg)
				}
			}
		}
	}
	for _, f := range pass.Files {
		describeRoles(pass, cat, f)
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if id, ok := n.Lhs[0].(*ast.Ident); ok && id.Name == "_" && len(n.Rhs) == 1 {
					describe(n.Rhs[0])
				}
			case *ast.ExprStmt:
				describe(n.X)
			}
			if s, ok := n.(ast.Stmt); ok {
				if b, ok := cat.StmtBasis(s); ok {
					pass.Reportf(s.Pos(), "statement basis %q", b)
				}
			}
			return true
		})
	}
	return nil, nil
}

// describeRoles reports, at the package clause, the roles: of the config
// in force as the catalogue gives them, and that a role without an entry
// has none.
func describeRoles(pass *analysis.Pass, cat *pdfields.Catalog, f *ast.File) {
	if len(cat.Roles()) == 0 {
		return
	}
	var names, parts []string
	for _, r := range cat.Roles() {
		names = append(names, r.Name)
	}
	for _, name := range append(names, "nobody") {
		cats, all, ok := cat.Role(name)
		switch {
		case !ok:
			parts = append(parts, name+": no entry")
		case all:
			parts = append(parts, name+": all")
		default:
			var ids []string
			for _, c := range cats {
				ids = append(ids, string(c))
			}
			parts = append(parts, name+": "+strings.Join(ids, ", "))
		}
	}
	pass.Reportf(f.Name.Pos(), "roles %s", strings.Join(parts, "; "))
}

func describeField(pass *analysis.Pass, cat *pdfields.Catalog, e ast.Expr) {
	sel, ok := pass.TypesInfo.Selections[ast.Unparen(e).(*ast.SelectorExpr)]
	if !ok || sel.Kind() != types.FieldVal {
		return
	}
	v := sel.Obj().(*types.Var)
	if f, ok := cat.Field(v); ok {
		pass.Reportf(e.Pos(), "field %s: %s", v.Name(), &f)
	} else {
		pass.Reportf(e.Pos(), "field %s: none", v.Name())
	}
}

func TestCatalogAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "app")
}

func TestConfigMarks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "cfg/use")
	analysistest.Run(t, analysistest.TestData(), pdfields.Analyzer, "cfg/decl")
}

// errorRecorder is an analysistest.Testing that keeps the errors.
type errorRecorder struct{ errs []string }

func (r *errorRecorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestBadConfigIsAnError(t *testing.T) {
	var rec errorRecorder
	analysistest.Run(&rec, analysistest.TestData(), pdfields.Analyzer, "badcfg")
	got := strings.Join(rec.errs, "\n")
	for _, want := range []string{".hrvet.yaml:3", "colour"} {
		if !strings.Contains(got, want) {
			t.Errorf("errors do not mention %q:\n%s", want, got)
		}
	}
}

func TestBadAuthorizeConfigIsAnError(t *testing.T) {
	var rec errorRecorder
	analysistest.Run(&rec, analysistest.TestData(), pdfields.Analyzer, "badauth")
	got := strings.Join(rec.errs, "\n")
	want := ".hrvet.yaml:3: authorize[0].func: authorize function badauth.RoleOf, which neither returns error or bool as its last result nor is or returns a middleware; an authorization check must say whether the caller may proceed"
	if !strings.Contains(got, want) {
		t.Errorf("errors do not say %q:\n%s", want, got)
	}
}

func TestBadReviewConfigIsAnError(t *testing.T) {
	var rec errorRecorder
	analysistest.Run(&rec, analysistest.TestData(), pdfields.Analyzer, "badreview")
	got := strings.Join(rec.errs, "\n")
	want := ".hrvet.yaml:3: reviews[0].func: review function badreview.Score, which does not return error or bool as its last result; a review must say whether the decision was approved"
	if !strings.Contains(got, want) {
		t.Errorf("errors do not say %q:\n%s", want, got)
	}
}

// TestStructContexts shows which structs inference reads as a person's:
// by a person noun, by the identifying categories of their own fields,
// or as a request body's sender; and which look like people but are not.
func TestStructContexts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pdfields.Analyzer, "people")
}

// TestAuthorizeShapes checks which functions //hrvet:authorize accepts,
// and how each says whether the caller may proceed.
func TestAuthorizeShapes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pdfields.Analyzer, "authz")
}

// TestDecisionsAndReviews checks //hrvet:decision and //hrvet:review, the
// result a review answers with, and the decisions inferred from names,
// with their look-alikes; and that importers see them through facts.
func TestDecisionsAndReviews(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pdfields.Analyzer, "decide", "staff")
	analysistest.Run(t, analysistest.TestData(), probe, "decide/use")
}
