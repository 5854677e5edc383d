package driver

import (
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
)

// writeText writes one line per new finding, "file:line:col: analyzer:
// message", in the order of all (see collectFindings), each followed by
// its related information, one tab-indented line each. It returns the
// number of findings written.
func writeText(w io.Writer, all []finding, dir string) (int, error) {
	var b strings.Builder
	n := 0
	for i := range all {
		f := &all[i]
		if !f.isNew() {
			continue
		}
		n++
		posn := token.Position{Filename: f.file, Line: f.posn.Line, Column: f.posn.Column}
		fmt.Fprintf(&b, "%s: %s: %s\n", formatPosition(posn, ""), f.analyzer, f.message)
		for _, r := range f.related {
			fmt.Fprintf(&b, "\t%s: %s\n", formatPosition(r.posn, dir), r.message)
		}
	}
	_, err := io.WriteString(w, b.String())
	return n, err
}

// printJSON writes the go/analysis JSON tree, {"pkg":{"analyzer":[...]}},
// with checker's own printer, so its shape is exactly go vet -json's. Only
// new findings appear: dropBaselined has taken the others out of the graph.
func printJSON(w io.Writer, graph *checker.Graph) error {
	return graph.PrintJSON(w)
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
