package flow

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/types/typeutil"
)

// summaryProbe reports, at each call, the summary Result.Summary gives
// for the callee.
var summaryProbe = &analysis.Analyzer{
	Name:     "summaryprobe",
	Doc:      "report Result.Summary at each call",
	Requires: []*analysis.Analyzer{Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[Analyzer].(*Result)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				if !ok {
					return true
				}
				if s := res.Summary(fn); s != nil {
					name := fn.Name()
					if fn.Pkg() != pass.Pkg {
						name = fn.Pkg().Name() + "." + name
					}
					pass.Reportf(call.Pos(), "%s: %s", name, s)
				}
				return true
			})
		}
		return nil, nil
	},
}

// TestSummaryQuery checks that Result.Summary answers for the package's
// own functions and, through facts, for another package's.
func TestSummaryQuery(t *testing.T) {
	strict = true
	defer func() { strict = false }()
	analysistest.Run(t, testdataDir(t), summaryProbe, "engine/query")
}
