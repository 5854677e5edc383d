// Package report is the single place where hrvet's analyzers hand
// diagnostics to the driver, so that policies shared by every analyzer
// live in one spot: findings in _test.go files stay quiet unless -tests,
// and findings in generated files (a "// Code generated ... DO NOT
// EDIT." comment before the package clause) are never reported, though
// the files are analysed and their facts exported like any other's.
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
	// Rare (a finding made without a Reporter), so the generated files
	// are found anew each time.
	if Wanted(pass.Fset, d.Pos) && !newGeneratedFiles(pass).contains(pass.Fset, d.Pos) {
		pass.Report(d)
	}
}

// Wanted reports whether a finding at pos is to be shown as far as the
// -tests policy goes; generated files are the caller's to check, since
// they are known from the syntax, not the position.
func Wanted(fset *token.FileSet, pos token.Pos) bool {
	if Tests || !pos.IsValid() {
		return true
	}
	return !strings.HasSuffix(fset.Position(pos).Filename, "_test.go")
}
