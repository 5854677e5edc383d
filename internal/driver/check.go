package driver

import (
	"cmp"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/internal/inventory"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// Checked is what a Session run found: the diagnostics, with absolute positions,
// the problems that kept parts of the code from being analysed, and the
// files the analysed packages hold, so that a caller can tell a file that
// is clean now from one nobody looked at.
type Checked struct {
	Diagnostics []Diagnostic
	Problems    []Problem
	Files       []string // absolute, sorted: the Go files of the packages loaded
	// Records are the records of processing of the packages analysed,
	// with absolute positions, when the analyzers include
	// inventory.Analyzer.
	Records []*inventory.Record
}

// Diagnostic is one finding of a Session run.
type Diagnostic struct {
	Posn, End token.Position // End is invalid when the analyzer gave none
	Analyzer  string
	Message   string
	Related   []Related
	Fixes     []Fix
}

// Related is one item of a Diagnostic's related information: where the
// data came from, a step of its path.
type Related struct {
	Posn, End token.Position
	Message   string
}

// Fix is a suggested fix of a Diagnostic.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces the bytes from Posn to End (offsets included) by NewText.
type Edit struct {
	Posn, End token.Position
	NewText   string
}

// Problem is an error of the run: a package that does not load or
// type-check, a bad config file, an analyzer that failed. Posn.Filename is
// empty when the problem has no place; Posn.Column is 0 when only the line
// is known.
type Problem struct {
	Posn    token.Position
	Message string
}

// packageProblems turns pkg's load, parse and type errors into problems,
// placed when go/packages gave a "file:line:col" position.
func packageProblems(pkg *packages.Package) []Problem {
	var out []Problem
	for _, e := range pkg.Errors {
		p := Problem{Message: oneLine(e.Msg)}
		if e.Pos != "" && e.Pos != "-" {
			p.Posn = parsePos(e.Pos)
		}
		out = append(out, p)
	}
	return out
}

// parsePos reads go/packages' "file:line:col" or "file:line".
func parsePos(pos string) token.Position {
	var p token.Position
	rest := pos
	for range 2 {
		i := strings.LastIndexByte(rest, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(rest[i+1:])
		if err != nil {
			break
		}
		p.Column, p.Line = p.Line, n
		rest = rest[:i]
	}
	p.Filename = rest
	return p
}

// errorProblems turns the error the analyzer named name returned into
// problems: a config file's on its line, one per config error, the rest
// without a place.
func errorProblems(name string, err error) []Problem {
	list, ok := configErrors(err)
	if !ok {
		return []Problem{{Message: name + ": " + oneLine(err.Error())}}
	}
	var out []Problem
	for _, e := range list {
		msg := e.Msg
		if e.Key != "" {
			msg = e.Key + ": " + msg
		}
		out = append(out, Problem{Posn: token.Position{Filename: e.File, Line: e.Line}, Message: oneLine(msg)})
	}
	return out
}

// sortProblems orders problems by place, then message.
func sortProblems(problems []Problem) {
	slices.SortFunc(problems, func(a, b Problem) int {
		return cmp.Or(
			cmp.Compare(a.Posn.Filename, b.Posn.Filename),
			cmp.Compare(a.Posn.Line, b.Posn.Line),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// toDiagnostic converts d, reported by the analyzer named name, with
// absolute positions.
func toDiagnostic(fset *token.FileSet, name string, d analysis.Diagnostic) Diagnostic {
	pos := func(p token.Pos) token.Position {
		if !p.IsValid() {
			return token.Position{}
		}
		return fset.Position(p)
	}
	diag := Diagnostic{Posn: pos(d.Pos), End: pos(d.End), Analyzer: name, Message: d.Message}
	for _, r := range d.Related {
		diag.Related = append(diag.Related, Related{Posn: pos(r.Pos), End: pos(r.End), Message: r.Message})
	}
	for _, f := range d.SuggestedFixes {
		fix := Fix{Message: f.Message}
		for _, e := range f.TextEdits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos // an insertion
			}
			fix.Edits = append(fix.Edits, Edit{Posn: pos(e.Pos), End: pos(end), NewText: string(e.NewText)})
		}
		diag.Fixes = append(diag.Fixes, fix)
	}
	return diag
}

// sortDiagnostics orders diagnostics by place, analyzer and message and
// drops repeats.
func sortDiagnostics(out []Diagnostic) []Diagnostic {
	compare := func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Posn.Filename, b.Posn.Filename),
			cmp.Compare(a.Posn.Offset, b.Posn.Offset),
			cmp.Compare(a.Analyzer, b.Analyzer),
			cmp.Compare(a.Message, b.Message),
		)
	}
	slices.SortStableFunc(out, compare)
	return slices.CompactFunc(out, func(a, b Diagnostic) bool { return compare(a, b) == 0 })
}

// Version returns the version of the running binary's main module, or ""
// for a development build.
func Version() string { return toolVersion() }
