package report_test

import (
	"go/ast"
	"go/types"

	"testing"

	"github.com/hrvet/hrvet/internal/directive"
	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/types/typeutil"
)

// leaky stands for a flow analyzer: it is named consent so that ignores
// naming consent apply to it.
var leaky = &analysis.Analyzer{
	Name: "consent",
	Doc:  "report calls to leak",
	Run: func(pass *analysis.Pass) (any, error) {
		dirs := make(map[*ast.File]*directive.File)
		for _, f := range pass.Files {
			dirs[f] = directive.Scan(pass.Fset, f)
		}
		r := report.New(pass, func(f *ast.File) *directive.File { return dirs[f] })
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok && fn.Name() == "leak" {
						r.Reportf(call.Pos(), "leak called")
					}
				}
				return true
			})
		}
		r.Finish()
		return nil, nil
	},
}

func TestIgnores(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), leaky, "ign")
}
