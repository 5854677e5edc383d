package sqlscan

import (
	"testing"
	"unicode/utf8"
)

// FuzzColumns checks, on any text, that Tokenize and Columns do not panic,
// that tokens and columns lie inside the text in order, and that the
// columns of mode Writes are those of mode All that are defined or
// written. The seed corpus is in testdata/fuzz/FuzzColumns.
func FuzzColumns(f *testing.F) {
	f.Add("CREATE TABLE t (religion TEXT)")
	f.Fuzz(func(t *testing.T, src string) {
		end := 0
		for _, tok := range Tokenize(src) {
			if tok.Pos < end || tok.End <= tok.Pos || tok.End > len(src) {
				t.Fatalf("token %q at [%d,%d) out of order or bounds (previous end %d, len %d)", tok.Text, tok.Pos, tok.End, end, len(src))
			}
			if tok.Kind == Ident && src[tok.Pos:tok.End] != tok.Text {
				t.Fatalf("identifier %q at [%d,%d) covers %q", tok.Text, tok.Pos, tok.End, src[tok.Pos:tok.End])
			}
			end = tok.End
		}

		all := Columns(src, All)
		byPos := make(map[int]Column, len(all))
		last := -1
		for _, c := range all {
			if c.Pos <= last || c.End <= c.Pos || c.End > len(src) {
				t.Fatalf("column %q at [%d,%d) out of order or bounds", c.Name, c.Pos, c.End)
			}
			if c.Role < Defined || c.Role > Read {
				t.Fatalf("column %q has role %d", c.Name, c.Role)
			}
			if utf8.ValidString(src) && !utf8.ValidString(c.Name) {
				t.Fatalf("column name %q is not valid UTF-8 in a valid text", c.Name)
			}
			last = c.Pos
			byPos[c.Pos] = c
		}
		for _, c := range Columns(src, Writes) {
			if c.Role == Read {
				t.Fatalf("mode Writes reported read column %q", c.Name)
			}
			if a, ok := byPos[c.Pos]; !ok || a != c {
				t.Fatalf("mode Writes reported %+v, mode All %+v", c, a)
			}
		}
	})
}
