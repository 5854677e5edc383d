// Package report is the single place where hrvet's analyzers hand
// diagnostics to the driver, so that policies shared by every analyzer
// (findings in _test.go files stay quiet unless -tests) live in one spot.
package report

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Tests, when true, lets findings in _test.go files through. The command
// line's -tests flag sets it; it is false by default, as SPEC section 7 says.
var Tests bool

// Report hands d to the driver unless policy drops it.
func Report(pass *analysis.Pass, d analysis.Diagnostic) {
	if Wanted(pass.Fset, d.Pos) {
		pass.Report(d)
	}
}

// Wanted reports whether a finding at pos is to be shown.
func Wanted(fset *token.FileSet, pos token.Pos) bool {
	if Tests || !pos.IsValid() {
		return true
	}
	return !strings.HasSuffix(fset.Position(pos).Filename, "_test.go")
}
