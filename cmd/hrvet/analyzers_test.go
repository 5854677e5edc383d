package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/types"

	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// The suite's analyzers do not yet report anything on the fixtures, so the
// driver is tested with these small ones. They report through
// report.Report, as hrvet's analyzers do, so -tests reaches them the same
// way.

// fixtureAnalyzers is what the tests run, in process and as a vet tool.
func fixtureAnalyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{newPhoneAnalyzer(), newEmailAnalyzer()}
}

// hasPhone marks a struct type with a phone field, for importing packages.
type hasPhone struct{}

func (*hasPhone) AFact()         {}
func (*hasPhone) String() string { return "hasPhone" }

// newPhoneAnalyzer reports struct fields named as its -field flag says
// (Phone by default) and, through a fact, composite literals of such
// struct types declared in another package.
func newPhoneAnalyzer() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:      "phone",
		Doc:       "report struct fields holding phone numbers\n\nA test analyzer.",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(hasPhone)},
	}
	field := a.Flags.String("field", "Phone", "report struct fields with this `name`")
	a.Run = func(pass *analysis.Pass) (any, error) {
		insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		insp.Preorder([]ast.Node{(*ast.TypeSpec)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
			switch n := n.(type) {
			case *ast.TypeSpec:
				for _, name := range structFieldNames(n) {
					if name.Name != *field {
						continue
					}
					report.Report(pass, analysis.Diagnostic{
						Pos:     name.Pos(),
						Message: fmt.Sprintf("field %s.%s holds a phone number", n.Name.Name, name.Name),
					})
					pass.ExportObjectFact(pass.TypesInfo.Defs[n.Name], new(hasPhone))
				}
			case *ast.CompositeLit:
				named, ok := types.Unalias(pass.TypesInfo.TypeOf(n)).(*types.Named)
				if !ok || named.Obj().Pkg() == pass.Pkg {
					return
				}
				if pass.ImportObjectFact(named.Obj(), new(hasPhone)) {
					report.Report(pass, analysis.Diagnostic{
						Pos:     n.Pos(),
						Message: fmt.Sprintf("%s value carries a phone number (fact from %s)", named.Obj().Name(), named.Obj().Pkg().Path()),
					})
				}
			}
		})
		return nil, nil
	}
	return a
}

// newEmailAnalyzer reports struct fields named Email, with the struct as
// related information.
func newEmailAnalyzer() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "email",
		Doc:  "report struct fields holding email addresses",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, file := range pass.Files {
				ast.Inspect(file, func(n ast.Node) bool {
					spec, ok := n.(*ast.TypeSpec)
					if !ok {
						return true
					}
					for _, name := range structFieldNames(spec) {
						if name.Name == "Email" {
							report.Report(pass, analysis.Diagnostic{
								Pos:     name.Pos(),
								Message: "field Email holds an email address",
								Related: []analysis.RelatedInformation{{Pos: spec.Name.Pos(), Message: "in struct " + spec.Name.Name}},
							})
						}
					}
					return true
				})
			}
			return nil, nil
		},
	}
}

// structFieldNames returns the names of spec's fields if it declares a
// struct type.
func structFieldNames(spec *ast.TypeSpec) []*ast.Ident {
	st, ok := spec.Type.(*ast.StructType)
	if !ok {
		return nil
	}
	var names []*ast.Ident
	for _, f := range st.Fields.List {
		names = append(names, f.Names...)
	}
	return names
}

// errBadConfig is what a bad .hrvet.yaml looks like to the driver: the same
// error from every package.
var errBadConfig = errors.New(`.hrvet.yaml:3: unknown key "colour"`)

// newFailingAnalyzer fails on every package with errBadConfig.
func newFailingAnalyzer(name string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: name,
		Doc:  "fail like an analyzer reading a bad config file",
		Run:  func(*analysis.Pass) (any, error) { return nil, errBadConfig },
	}
}

// newDependentAnalyzer needs req, so it fails wherever req does.
func newDependentAnalyzer(req *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "dependent",
		Doc:      "depend on another analyzer",
		Requires: []*analysis.Analyzer{req},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	}
}

// newPanickyAnalyzer panics on the package named payroll.
func newPanickyAnalyzer() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "panicky",
		Doc:  "panic on package payroll",
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.Pkg.Name() == "payroll" {
				panic("boom")
			}
			return nil, nil
		},
	}
}
