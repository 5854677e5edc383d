package directive

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, is deterministic, keeps its
// errors and fixes inside the comment, and that a well-formed directive
// round-trips through String. The seed corpus is in testdata/fuzz.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, text string) {
		c := &ast.Comment{Slash: slash, Text: text}
		d, ok, err := Parse(c)
		d2, ok2, err2 := Parse(c)
		if ok != ok2 || !reflect.DeepEqual(d, d2) || !reflect.DeepEqual(err, err2) {
			t.Fatalf("Parse(%q) is not deterministic", text)
		}
		switch {
		case !ok:
			if err != nil || !reflect.DeepEqual(d, Directive{}) {
				t.Fatalf("Parse(%q): not a directive, yet %#v, %v", text, d, err)
			}
		case err != nil:
			checkError(t, c, err)
			if want := (Directive{Pos: c.Pos(), End: c.End(), Text: text}); !reflect.DeepEqual(d, want) {
				t.Fatalf("Parse(%q): malformed, yet %#v", text, d)
			}
		default:
			if !slices.Contains(Verbs, d.Verb) {
				t.Fatalf("Parse(%q): unknown verb %q accepted", text, d.Verb)
			}
			checkRoundTrip(t, d)
		}
	})
}

func checkError(t *testing.T, c *ast.Comment, e *Error) {
	t.Helper()
	if e.Msg == "" || strings.ContainsAny(e.Msg, "\n\r") {
		t.Fatalf("Parse(%q): message %q is not one line", c.Text, e.Msg)
	}
	if e.Pos < c.Pos() || e.End < e.Pos || e.End > c.End() {
		t.Fatalf("Parse(%q): error spans [%d,%d), outside the comment [%d,%d)", c.Text, e.Pos, e.End, c.Pos(), c.End())
	}
	if e.Fix == nil {
		return
	}
	for _, ed := range e.Fix.TextEdits {
		if ed.Pos < c.Pos() || ed.End < ed.Pos || ed.End > c.End() {
			t.Fatalf("Parse(%q): fix edits [%d,%d), outside the comment", c.Text, ed.Pos, ed.End)
		}
	}
}

func checkRoundTrip(t *testing.T, d Directive) {
	t.Helper()
	s := d.String()
	back, ok, err := parseText(s)
	if !ok || err != nil {
		t.Fatalf("%q parsed, but its canonical form %q does not: %v", d.Text, s, err)
	}
	back.Pos, back.End, back.Text = d.Pos, d.End, d.Text
	if !reflect.DeepEqual(back, d) {
		t.Fatalf("%q parsed as %#v, but its canonical form %q as %#v", d.Text, d, s, back)
	}
	if again := back.String(); again != s {
		t.Fatalf("canonical form %q is not stable: %q", s, again)
	}
}

// FuzzScan checks that Scan never panics on any file the parser returns,
// even a partial one, is deterministic, and places only what applies.
func FuzzScan(f *testing.F) {
	f.Fuzz(func(t *testing.T, src string) {
		fset := token.NewFileSet()
		file, _ := parser.ParseFile(fset, "f.go", src, parser.ParseComments|parser.SkipObjectResolution)
		if file == nil {
			return
		}
		df := Scan(fset, file)
		if again := Scan(fset, file); !reflect.DeepEqual(df, again) {
			t.Fatalf("Scan is not deterministic")
		}
		checkOrder(t, df)
		tf := fset.File(file.FileStart)
		for _, p := range df.Placed {
			if !Applies(p.Verb, p.Target) || p.Node == nil {
				t.Fatalf("%s placed on %s", p.Text, p.Target)
			}
			if !slices.ContainsFunc(df.forNode(p.Node), func(o Directive) bool { return o.Pos == p.Pos }) {
				t.Fatalf("%s placed but not indexed", p.Text)
			}
		}
		for _, d := range df.Ignores {
			line := df.CoveredLine(d)
			if line < 1 || line > tf.LineCount() {
				t.Fatalf("%s covers line %d of %d", d.Text, line, tf.LineCount())
			}
			if !slices.ContainsFunc(df.IgnoresOnLine(line), func(o Directive) bool { return o.Pos == d.Pos }) {
				t.Fatalf("%s not indexed by its line", d.Text)
			}
		}
		for _, e := range df.Errors {
			if !inFile(tf, e.Pos) || !inFile(tf, e.End) || e.End < e.Pos {
				t.Fatalf("error %q at [%d,%d) outside the file", e.Msg, e.Pos, e.End)
			}
			if e.Msg == "" || strings.ContainsAny(e.Msg, "\n\r") {
				t.Fatalf("message %q is not one line", e.Msg)
			}
		}
	})
}
