package driver

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

func TestPackageErrorLines(t *testing.T) {
	pkg := &packages.Package{Errors: []packages.Error{
		{Kind: packages.ListError, Msg: "# example.com/p\np/s.go:3:6: syntax error: unexpected {"},
		{Kind: packages.ParseError, Pos: "/w/p/s.go:3:6", Msg: "expected 'IDENT', found '{'"},
		{Kind: packages.ParseError, Pos: "/w/p/s.go:3:8", Msg: "expected '(', found 'EOF'"},
		{Kind: packages.ParseError, Pos: "/w/p/t.go:1:1", Msg: "expected 'package', found 'EOF'"},
		{Kind: packages.TypeError, Pos: "/w/p/u.go:4:2", Msg: "undefined: x"},
		{Kind: packages.TypeError, Pos: "/w/p/u.go:5:2", Msg: "undefined: y"},
		{Kind: packages.ListError, Msg: "no required module provides package example.com/q; to add it:\n\tgo get example.com/q"},
	}}
	got := packageErrorLines(pkg, "/w")
	want := []string{
		"p/s.go:3:6: expected 'IDENT', found '{'",
		"p/t.go:1:1: expected 'package', found 'EOF'",
		"p/u.go:4:2: undefined: x",
		"p/u.go:5:2: undefined: y",
		"hrvet: no required module provides package example.com/q; to add it: go get example.com/q",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("packageErrorLines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Without errors of its own, the compiler's output is all there is.
	pkg = &packages.Package{Errors: []packages.Error{
		{Kind: packages.ListError, Msg: "# example.com/p\ncgo: C compiler not found"},
	}}
	if got := packageErrorLines(pkg, "/w"); len(got) != 1 || got[0] != "hrvet: cgo: C compiler not found" {
		t.Errorf("packageErrorLines = %q, want the compiler's message", got)
	}
}

func TestAddAnalyzerErrors(t *testing.T) {
	config := &analysis.Analyzer{Name: "config"}
	settings := &analysis.Analyzer{Name: "settings"}
	user := &analysis.Analyzer{Name: "user"}
	bad := errors.New(`.hrvet.yaml:3: unknown key "colour"`)
	p1, p2 := &packages.Package{ID: "p1"}, &packages.Package{ID: "p2"}

	cfg1 := &checker.Action{Analyzer: config, Package: p1, Err: bad}
	cfg2 := &checker.Action{Analyzer: config, Package: p2, Err: bad}
	graph := &checker.Graph{Roots: []*checker.Action{
		cfg1, cfg2,
		{Analyzer: settings, Package: p2, Err: bad},
		{Analyzer: user, Package: p1, Deps: []*checker.Action{cfg1}, Err: errors.New("failed prerequisites: config@p1")},
		{Analyzer: user, Package: p2, Err: errors.New("multi\nline")},
		{Analyzer: user, Package: p2},
	}}
	var problems problemList
	problems.addAnalyzerErrors(graph, "")
	want := []string{
		`hrvet: config, settings: .hrvet.yaml:3: unknown key "colour"`,
		"hrvet: user: multi line",
	}
	if strings.Join(problems.lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(problems.lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoadErrorText(t *testing.T) {
	err := errors.New("err: exit status 1: stderr: go: errors parsing go.mod:\ngo.mod:4: unknown directive: bogus\n")
	if got, want := loadErrorText(err), "go: errors parsing go.mod: go.mod:4: unknown directive: bogus"; got != want {
		t.Errorf("loadErrorText = %q, want %q", got, want)
	}
	err = errors.New("plain failure")
	if got := loadErrorText(err); got != "plain failure" {
		t.Errorf("loadErrorText = %q, want the message unchanged", got)
	}
}
