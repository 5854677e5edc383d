package driver

import (
	"cmp"
	"go/token"
	"slices"

	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis/checker"
)

// finding is one diagnostic of a run, or one an //hrvet:ignore suppressed,
// with everything the text, baseline and SARIF outputs need.
type finding struct {
	posn, end token.Position // as loaded, absolute; end is invalid when the analyzer gave none
	file      string         // posn.Filename as printed: relative to the run's directory when under it
	analyzer  string
	message   string
	related   []related

	fingerprint string       // set by fingerprinter.apply
	suppressed  *suppression // the ignore that silenced it, or nil for a reported finding
	baselined   bool         // listed in the baseline: known, not new
}

// related is one item of a finding's related information.
type related struct {
	posn, end token.Position
	message   string
}

// suppression is the //hrvet:ignore that kept a finding from the output.
type suppression struct {
	reason    string
	posn, end token.Position // the ignore comment
}

// isNew reports whether f is reported: neither suppressed in the source nor
// known from the baseline.
func (f *finding) isNew() bool { return f.suppressed == nil && !f.baselined }

// collectFindings gathers the diagnostics of the graph's root actions that
// did not fail, each once however many packages share its file or times the
// analyzer said it, sorted by file, line, column, analyzer and message.
// File names are shown relative to dir.
func collectFindings(graph *checker.Graph, dir string) []finding {
	var all []finding
	for _, act := range graph.Roots {
		if act.Err != nil {
			continue // reported as an error
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			f := finding{
				posn:     fset.Position(d.Pos),
				analyzer: act.Analyzer.Name,
				message:  d.Message,
			}
			if d.End.IsValid() {
				f.end = fset.Position(d.End)
			}
			f.file = relPath(f.posn.Filename, dir)
			for _, r := range d.Related {
				rel := related{posn: fset.Position(r.Pos), message: r.Message}
				if r.End.IsValid() {
					rel.end = fset.Position(r.End)
				}
				f.related = append(f.related, rel)
			}
			all = append(all, f)
		}
	}
	return sortFindings(all)
}

// suppressedFindings turns the findings ignores suppressed into findings.
func suppressedFindings(entries []report.Suppressed, dir string) []finding {
	var out []finding
	for _, s := range entries {
		f := finding{
			posn:       s.Posn,
			end:        s.End,
			file:       relPath(s.Posn.Filename, dir),
			analyzer:   s.Analyzer,
			message:    s.Message,
			suppressed: &suppression{reason: s.Reason, posn: s.Ignore, end: s.IgnoreEnd},
		}
		for _, r := range s.Related {
			f.related = append(f.related, related{posn: r.Posn, end: r.End, message: r.Message})
		}
		out = append(out, f)
	}
	return out
}

// sortFindings sorts findings and drops repeats: the same analyzer saying
// the same thing at the same place, reported or suppressed alike.
func sortFindings(all []finding) []finding {
	slices.SortStableFunc(all, compareFindings)
	return slices.CompactFunc(all, func(a, b finding) bool {
		return compareFindings(a, b) == 0 && (a.suppressed == nil) == (b.suppressed == nil)
	})
}

func compareFindings(a, b finding) int {
	return cmp.Or(
		cmp.Compare(a.file, b.file),
		cmp.Compare(a.posn.Line, b.posn.Line),
		cmp.Compare(a.posn.Column, b.posn.Column),
		cmp.Compare(a.analyzer, b.analyzer),
		cmp.Compare(a.message, b.message),
	)
}

// countNew returns the number of findings to report.
func countNew(all []finding) int {
	n := 0
	for i := range all {
		if all[i].isNew() {
			n++
		}
	}
	return n
}
