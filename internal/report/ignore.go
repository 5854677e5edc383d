package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"sort"

	"github.com/hrvet/hrvet/internal/directive"
	"golang.org/x/tools/go/analysis"
)

// Reporter reports one analyzer's findings in one package, honouring
// //hrvet:ignore: a finding on a line an ignore covers for this analyzer
// is dropped, and Finish reports the ignores for this analyzer that
// dropped nothing, since a stale ignore would hide the next real finding.
// A finding in a generated file is dropped before any ignore is
// consulted, so it is neither reported nor recorded as suppressed.
type Reporter struct {
	pass      *analysis.Pass
	analyzer  string
	files     map[*token.File]*directive.File
	used      map[token.Pos]bool
	generated generatedFiles
}

// New returns a Reporter for pass. directives gives the directives of one
// of the package's files (the pdfields catalogue has them).
func New(pass *analysis.Pass, directives func(*ast.File) *directive.File) *Reporter {
	r := &Reporter{
		pass:      pass,
		analyzer:  pass.Analyzer.Name,
		files:     make(map[*token.File]*directive.File, len(pass.Files)),
		used:      make(map[token.Pos]bool),
		generated: newGeneratedFiles(pass),
	}
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.FileStart); tf != nil {
			r.files[tf] = directives(f)
		}
	}
	return r
}

// Report reports d unless an ignore covers it; a suppressed d goes to
// Suppressions, when set.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if r.generated.contains(r.pass.Fset, d.Pos) {
		return
	}
	if df := r.files[r.pass.Fset.File(d.Pos)]; df != nil {
		if ig, ok := df.Suppressor(d.Pos, r.analyzer); ok {
			r.used[ig.Pos] = true
			recordSuppressed(r.pass, r.analyzer, d, ig)
			return
		}
	}
	if Wanted(r.pass.Fset, d.Pos) {
		r.pass.Report(d)
	}
}

// Reportf reports a finding at pos unless an ignore covers it.
func (r *Reporter) Reportf(pos token.Pos, format string, args ...any) {
	r.Report(analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)})
}

// Finish reports every ignore naming this analyzer that suppressed
// nothing. Call it once, after the last Report.
func (r *Reporter) Finish() {
	var stale []directive.Directive
	for _, df := range r.files {
		if df == nil {
			continue
		}
		for _, ig := range df.Ignores {
			if ig.Names(r.analyzer) && !r.used[ig.Pos] {
				stale = append(stale, ig)
			}
		}
	}
	sort.Slice(stale, func(i, j int) bool { return stale[i].Pos < stale[j].Pos })
	for _, ig := range stale {
		if r.generated.contains(r.pass.Fset, ig.Pos) || !Wanted(r.pass.Fset, ig.Pos) {
			continue
		}
		r.pass.Report(analysis.Diagnostic{
			Pos:     ig.Pos,
			End:     ig.End,
			Message: fmt.Sprintf("//hrvet:ignore suppresses no %s finding; remove %s from it (or the whole directive)", r.analyzer, r.analyzer),
		})
	}
}
