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

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// calls stands for a flow analyzer: it reports calls to leak through a
// Reporter and calls to slip through report.Report, so that both ways are
// seen to obey the policies. It is named consent so that ignores naming
// consent apply to it.
var calls = &analysis.Analyzer{
	Name: "consent",
	Doc:  "report calls to leak and slip",
	Run: func(pass *analysis.Pass) (any, error) {
		dirs := make(map[*ast.File]*directive.File)
		for _, f := range pass.Files {
			dirs[f] = directive.Scan(pass.Fset, f)
		}
		r := report.New(pass, func(f *ast.File) *directive.File { return dirs[f] })
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				switch {
				case !ok:
				case fn.Name() == "leak":
					r.Reportf(call.Pos(), "leak called")
				case fn.Name() == "slip":
					report.Report(pass, analysis.Diagnostic{Pos: call.Pos(), Message: "slip called"})
				}
				return true
			})
		}
		r.Finish()
		return nil, nil
	},
}

// TestGeneratedFilesAreNotReported checks that findings in a file marked
// generated before its package clause are dropped, whichever way they
// are reported, stale ignores in it included; and that a marker after
// the package clause, or in other words, does not count.
func TestGeneratedFilesAreNotReported(t *testing.T) {
	log := new(report.SuppressionLog)
	report.Suppressions = log
	defer func() { report.Suppressions = nil }()

	analysistest.Run(t, analysistest.TestData(), calls, "gen")

	if entries := log.Entries(); len(entries) != 0 {
		t.Errorf("suppressed findings recorded in a generated file: %+v", entries)
	}
}
