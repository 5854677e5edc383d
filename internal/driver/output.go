package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
)

// finding is one diagnostic, ready to print.
type finding struct {
	file      string
	line, col int
	analyzer  string
	message   string
	related   []string // "file:line:col: message" of each Diagnostic.Related
}

// printText writes one line per finding, "file:line:col: analyzer:
// message", sorted by file, line, column, analyzer and message, and each
// once, however many packages share the file or times the analyzer said
// it. The related information follows, one tab-indented line each. It
// returns the number of findings printed.
func printText(w io.Writer, graph *checker.Graph, dir string) (int, error) {
	var all []finding
	for _, act := range graph.Roots {
		if act.Err != nil {
			continue // reported as an error
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			posn := fset.Position(d.Pos)
			f := finding{
				file:     relPath(posn.Filename, dir),
				line:     posn.Line,
				col:      posn.Column,
				analyzer: act.Analyzer.Name,
				message:  d.Message,
			}
			for _, r := range d.Related {
				f.related = append(f.related, formatPosition(fset.Position(r.Pos), dir)+": "+r.Message)
			}
			all = append(all, f)
		}
	}
	slices.SortStableFunc(all, compareFindings)
	all = slices.CompactFunc(all, func(a, b finding) bool { return compareFindings(a, b) == 0 })

	var b strings.Builder
	for _, f := range all {
		posn := token.Position{Filename: f.file, Line: f.line, Column: f.col}
		fmt.Fprintf(&b, "%s: %s: %s\n", formatPosition(posn, ""), f.analyzer, f.message)
		for _, r := range f.related {
			fmt.Fprintf(&b, "\t%s\n", r)
		}
	}
	_, err := io.WriteString(w, b.String())
	return len(all), err
}

func compareFindings(a, b finding) int {
	return cmp.Or(
		cmp.Compare(a.file, b.file),
		cmp.Compare(a.line, b.line),
		cmp.Compare(a.col, b.col),
		cmp.Compare(a.analyzer, b.analyzer),
		cmp.Compare(a.message, b.message),
	)
}

// printJSON writes the go/analysis JSON tree, {"pkg":{"analyzer":[...]}},
// with checker's own printer, so its shape is exactly go vet -json's. It
// returns the number of findings in it.
func printJSON(w io.Writer, graph *checker.Graph) (int, error) {
	var n int
	for _, act := range graph.Roots {
		if act.Err == nil {
			n += len(act.Diagnostics)
		}
	}
	return n, graph.PrintJSON(w)
}

// formatPosition prints posn as token.Position does, with the file name
// relative to dir when the file is under it.
func formatPosition(posn token.Position, dir string) string {
	name := relPath(posn.Filename, dir)
	if name == "" {
		name = "-"
	}
	if posn.Line > 0 {
		name += ":" + strconv.Itoa(posn.Line)
		if posn.Column > 0 {
			name += ":" + strconv.Itoa(posn.Column)
		}
	}
	return name
}

// relPath returns file relative to dir when it lies under dir, like go
// vet's file names, else file unchanged.
func relPath(file, dir string) string {
	if dir == "" || !filepath.IsAbs(file) {
		return file
	}
	rel, err := filepath.Rel(dir, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return file
	}
	return rel
}

// relPos rewrites the file name in a "file:line:col" position from
// go/packages the way relPath does.
func relPos(pos, dir string) string {
	file, rest := splitPos(pos)
	return relPath(file, dir) + rest
}

// splitPos splits "file:line:col" (or "file:line", or "file") into the
// file name and the rest.
func splitPos(pos string) (file, rest string) {
	file = pos
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 || !isNumber(file[i+1:]) {
			break
		}
		file = file[:i]
	}
	return file, pos[len(file):]
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
