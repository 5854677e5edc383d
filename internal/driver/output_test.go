package driver

import (
	"errors"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// testFile adds a file of ten lines of 40 columns to fset and returns a
// function giving the position of line:col in it.
func testFile(fset *token.FileSet, name string) func(line, col int) token.Pos {
	f := fset.AddFile(name, -1, 400)
	content := []byte(strings.Repeat(strings.Repeat(" ", 39)+"\n", 10))
	f.SetLinesForContent(content)
	return func(line, col int) token.Pos { return f.LineStart(line) + token.Pos(col-1) }
}

func TestWriteTextSortsAndDeduplicates(t *testing.T) {
	fset := token.NewFileSet()
	a := testFile(fset, "/w/p/a.go")
	b := testFile(fset, "/w/p/b.go")
	outside := testFile(fset, "/elsewhere/c.go")
	alpha := &analysis.Analyzer{Name: "alpha"}
	beta := &analysis.Analyzer{Name: "beta"}
	pkg := &packages.Package{Fset: fset}
	diag := func(pos token.Pos, msg string) analysis.Diagnostic {
		return analysis.Diagnostic{Pos: pos, Message: msg}
	}

	graph := &checker.Graph{Roots: []*checker.Action{
		{Analyzer: beta, Package: pkg, IsRoot: true, Diagnostics: []analysis.Diagnostic{
			diag(b(1, 1), "b first"),
			diag(a(10, 2), "a ten"),
			diag(a(2, 5), "same place"),
			{Pos: a(3, 1), Message: "with related", Related: []analysis.RelatedInformation{{Pos: b(4, 2), Message: "origin"}}},
		}},
		{Analyzer: alpha, Package: pkg, IsRoot: true, Diagnostics: []analysis.Diagnostic{
			diag(a(2, 5), "same place"),
			diag(a(2, 5), "same place"), // repeated by the analyzer
			diag(outside(1, 1), "outside"),
			diag(token.NoPos, "nowhere"),
		}},
		// The same file seen again through another package (a test variant).
		{Analyzer: beta, Package: pkg, IsRoot: true, Diagnostics: []analysis.Diagnostic{
			diag(a(10, 2), "a ten"),
		}},
		{Analyzer: alpha, Package: pkg, IsRoot: true, Err: errors.New("failed"), Diagnostics: []analysis.Diagnostic{
			diag(a(1, 1), "from a failed action"),
		}},
	}}

	var out strings.Builder
	n, err := writeText(&out, collectFindings(graph, "/w"), "/w")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"-: alpha: nowhere",
		"/elsewhere/c.go:1:1: alpha: outside",
		"p/a.go:2:5: alpha: same place",
		"p/a.go:2:5: beta: same place",
		"p/a.go:3:1: beta: with related",
		"\tp/b.go:4:2: origin",
		"p/a.go:10:2: beta: a ten",
		"p/b.go:1:1: beta: b first",
	}, "\n") + "\n"
	if out.String() != want {
		t.Errorf("writeText wrote:\n%s\nwant:\n%s", out.String(), want)
	}
	if n != 7 {
		t.Errorf("writeText counted %d findings, want 7", n)
	}
}

func TestRelPath(t *testing.T) {
	for _, tc := range []struct{ file, dir, want string }{
		{"/w/p/a.go", "/w", "p/a.go"},
		{"/w/a.go", "/w", "a.go"},
		{"/wx/a.go", "/w", "/wx/a.go"},
		{"/a.go", "/w", "/a.go"},
		{"/w/..x/a.go", "/w", "..x/a.go"},
		{"rel/a.go", "/w", "rel/a.go"},
		{"", "/w", ""},
		{"/w/a.go", "", "/w/a.go"},
	} {
		if got := relPath(tc.file, tc.dir); got != tc.want {
			t.Errorf("relPath(%q, %q) = %q, want %q", tc.file, tc.dir, got, tc.want)
		}
	}
}

func TestRelPos(t *testing.T) {
	for _, tc := range []struct{ pos, want string }{
		{"/w/p/a.go:3:7", "p/a.go:3:7"},
		{"/w/p/a.go:3", "p/a.go:3"},
		{"/w/p/a.go", "p/a.go"},
		{"/w/p:x/a.go:3:7", "p:x/a.go:3:7"},
		{"/other/a.go:1:2", "/other/a.go:1:2"},
	} {
		if got := relPos(tc.pos, "/w"); got != tc.want {
			t.Errorf("relPos(%q) = %q, want %q", tc.pos, got, tc.want)
		}
	}
}
