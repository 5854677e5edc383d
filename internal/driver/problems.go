package driver

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// problemList gathers the error lines for stderr, each line once: the same
// failure met in many packages (a bad .hrvet.yaml every analyzer reads, a
// broken package many import) is one line.
type problemList struct {
	lines []string
	seen  map[string]bool
}

func (p *problemList) add(line string) {
	if p.seen == nil {
		p.seen = make(map[string]bool)
	}
	if !p.seen[line] {
		p.seen[line] = true
		p.lines = append(p.lines, line)
	}
}

func (p *problemList) len() int { return len(p.lines) }

func (p *problemList) print(w io.Writer) {
	for _, line := range p.lines {
		fmt.Fprintln(w, line)
	}
}

// addPackageErrors adds the load, parse and type errors of the packages
// and all their dependencies, dependencies first, in go/packages' stable
// order. Positioned errors read "file:line:col: message", the rest
// "hrvet: message".
func (p *problemList) addPackageErrors(initial []*packages.Package, dir string) {
	packages.Visit(initial, nil, func(pkg *packages.Package) {
		for _, line := range packageErrorLines(pkg, dir) {
			p.add(line)
		}
	})
}

// packageErrorLines formats pkg's errors. The go command's copy of the
// compiler's output ("# pkg" and its lines) is dropped when go/packages
// found the same errors itself, and only a file's first syntax error is
// kept: the ones after it are the parser losing its footing.
func packageErrorLines(pkg *packages.Package, dir string) []string {
	hasSourceErrors := slices.ContainsFunc(pkg.Errors, func(e packages.Error) bool {
		return e.Kind == packages.ParseError || e.Kind == packages.TypeError
	})
	var lines []string
	syntaxErrorIn := make(map[string]bool)
	for _, e := range pkg.Errors {
		msg := e.Msg
		if e.Kind == packages.ListError && strings.HasPrefix(msg, "# ") {
			if hasSourceErrors {
				continue
			}
			_, msg, _ = strings.Cut(msg, "\n") // the "# pkg" header
		}
		if e.Pos == "" || e.Pos == "-" {
			lines = append(lines, "hrvet: "+oneLine(msg))
			continue
		}
		file, _ := splitPos(e.Pos)
		if e.Kind == packages.ParseError {
			if syntaxErrorIn[file] {
				continue
			}
			syntaxErrorIn[file] = true
		}
		lines = append(lines, relPos(e.Pos, dir)+": "+oneLine(msg))
	}
	return lines
}

// addAnalyzerErrors adds the errors analyzers returned, anywhere in the
// action graph, as "hrvet: analyzer: message", and the problems of config
// files as "file:line: key: message" (see configErrorLines), file names
// relative to dir. An action that failed only because a prerequisite did
// says nothing new and is skipped. The same message from several
// analyzers is one line naming them all.
func (p *problemList) addAnalyzerErrors(graph *checker.Graph, dir string) {
	byMessage := make(map[string][]string) // message -> analyzer names
	var configLines []string
	for act := range graph.All() {
		if act.Err == nil || slices.ContainsFunc(act.Deps, func(dep *checker.Action) bool { return dep.Err != nil }) {
			continue
		}
		if lines, ok := configErrorLines(act.Err, dir); ok {
			configLines = append(configLines, lines...)
			continue
		}
		msg := oneLine(act.Err.Error())
		if !slices.Contains(byMessage[msg], act.Analyzer.Name) {
			byMessage[msg] = append(byMessage[msg], act.Analyzer.Name)
		}
	}
	lines := configLines
	for msg, names := range byMessage {
		slices.Sort(names)
		lines = append(lines, fmt.Sprintf("hrvet: %s: %s", strings.Join(names, ", "), msg))
	}
	slices.Sort(lines)
	for _, line := range lines {
		p.add(line)
	}
}

// loadErrorText makes one line of an error from packages.Load, which
// wraps the go command's stderr in a prefix of its own.
func loadErrorText(err error) string {
	msg := err.Error()
	if _, stderr, ok := strings.Cut(msg, "stderr: "); ok && strings.TrimSpace(stderr) != "" {
		msg = stderr
	}
	return oneLine(msg)
}

// oneLine joins the lines of s with spaces, trimming each, so that every
// problem is one line of output.
func oneLine(s string) string {
	var parts []string
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			parts = append(parts, line)
		}
	}
	return strings.Join(parts, " ")
}
