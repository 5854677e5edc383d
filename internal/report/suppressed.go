package report

import (
	"cmp"
	"go/token"
	"slices"
	"sync"

	"github.com/hrvet/hrvet/internal/directive"
	"golang.org/x/tools/go/analysis"
)

// Suppressed is a finding an //hrvet:ignore kept from the driver: what the
// analyzer said, and the ignore that silenced it.
type Suppressed struct {
	Analyzer string
	Posn     token.Position // the finding's start
	End      token.Position // its end; invalid when the analyzer gave none
	Message  string
	Related  []Related

	Reason string         // the ignore's reason
	Ignore token.Position // where the ignore comment starts
	// IgnoreEnd is where it ends.
	IgnoreEnd token.Position
}

// Related is a finding's related information, its positions resolved.
type Related struct {
	Posn, End token.Position // End is invalid when the analyzer gave none
	Message   string
}

// SuppressionLog collects the findings ignores suppress, from passes that
// run in parallel. The zero value is ready to use.
type SuppressionLog struct {
	mu      sync.Mutex
	entries []Suppressed
}

// Suppressions, when not nil, receives every finding a Reporter drops
// because of an ignore, provided policy would have shown it (a finding in
// a _test.go file without Tests is not recorded). The standalone driver
// sets it for a run that writes SARIF, which lists suppressed findings
// with their reasons; like Tests it is process-wide, and it must be set
// before the analyzers start and read after they end.
var Suppressions *SuppressionLog

func (l *SuppressionLog) add(s Suppressed) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, s)
}

// Entries returns the findings recorded so far, sorted by file, position,
// analyzer and message, each once however many packages share its
// file (a package and its test variant both hold the package's files).
func (l *SuppressionLog) Entries() []Suppressed {
	l.mu.Lock()
	out := slices.Clone(l.entries)
	l.mu.Unlock()
	slices.SortStableFunc(out, compareSuppressed)
	return slices.CompactFunc(out, func(a, b Suppressed) bool { return compareSuppressed(a, b) == 0 })
}

func compareSuppressed(a, b Suppressed) int {
	return cmp.Or(
		cmp.Compare(a.Posn.Filename, b.Posn.Filename),
		cmp.Compare(a.Posn.Offset, b.Posn.Offset),
		cmp.Compare(a.Analyzer, b.Analyzer),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.Ignore.Offset, b.Ignore.Offset),
	)
}

// recordSuppressed logs d, which ignore suppressed, if anyone is listening
// and policy would have shown d.
func recordSuppressed(pass *analysis.Pass, analyzer string, d analysis.Diagnostic, ignore directive.Directive) {
	log := Suppressions
	if log == nil || !Wanted(pass.Fset, d.Pos) {
		return
	}
	s := Suppressed{
		Analyzer:  analyzer,
		Posn:      pass.Fset.Position(d.Pos),
		Message:   d.Message,
		Reason:    ignore.Reason,
		Ignore:    pass.Fset.Position(ignore.Pos),
		IgnoreEnd: pass.Fset.Position(ignore.End),
	}
	if d.End.IsValid() {
		s.End = pass.Fset.Position(d.End)
	}
	for _, r := range d.Related {
		rel := Related{Posn: pass.Fset.Position(r.Pos), Message: r.Message}
		if r.End.IsValid() {
			rel.End = pass.Fset.Position(r.End)
		}
		s.Related = append(s.Related, rel)
	}
	log.add(s)
}
