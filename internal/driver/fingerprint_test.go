package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// fingerprints returns the fingerprints of findings of analyzer a with
// message msg on the given lines of a file holding src, in module
// example.com/m rooted at a temporary directory.
func fingerprints(t *testing.T, src string, lines ...int) []string {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "p", "a.go")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fp := &fingerprinter{dir: dir, modules: []moduleRoot{{dir: dir, path: "example.com/m"}}, src: make(sourceLines)}
	var all []finding
	for _, l := range lines {
		all = append(all, finding{posn: token.Position{Filename: file, Line: l, Column: 2}, analyzer: "a", message: "msg"})
	}
	fp.apply(all)
	var out []string
	for _, f := range all {
		out = append(out, f.fingerprint)
	}
	return out
}

func TestFingerprintIgnoresLineNumbersAndSpacing(t *testing.T) {
	before := fingerprints(t, "package p\n\nfunc f() {\n\tleak(x)\n}\n", 4)
	after := fingerprints(t, "package p\n\n// moved\n\nfunc f() {\n\tif ok {\n\t\tleak( x )\n\t}\n}\n", 7)
	windows := fingerprints(t, "package p\r\n\r\nfunc f() {\r\n\tleak(x)\r\n}\r\n", 4)
	if before[0] != after[0] || before[0] != windows[0] {
		t.Errorf("fingerprints %s, %s, %s differ though the line only moved, was reindented or got CRLF", before[0], after[0], windows[0])
	}
	if !strings.HasSuffix(before[0], ":1") || len(before[0]) != 32+2 {
		t.Errorf("fingerprint %q, want 32 hex digits and :1", before[0])
	}
	changed := fingerprints(t, "package p\n\nfunc f() {\n\tleak(y)\n}\n", 4)
	if changed[0] == before[0] {
		t.Error("the fingerprint did not change with the finding's own line")
	}
}

func TestFingerprintCountsRepeats(t *testing.T) {
	got := fingerprints(t, "package p\n\nfunc f() {\n\tleak(x)\n\tother()\n\tleak(x)\n}\n", 4, 5, 6)
	hash, _, _ := strings.Cut(got[0], ":")
	if got[0] != hash+":1" || got[2] != hash+":2" || strings.HasPrefix(got[1], hash) {
		t.Errorf("fingerprints %q: want the two leak(x) lines to share a hash, counted 1 and 2, and other() to differ", got)
	}
}

func TestFileID(t *testing.T) {
	fp := &fingerprinter{dir: "/w", modules: []moduleRoot{
		{dir: "/w/sub", path: "example.com/sub"}, // longest first, as newFingerprinter sorts them
		{dir: "/w", path: "example.com/root"},
	}}
	for _, tc := range []struct{ file, want string }{
		{"/w/a/b.go", "example.com/root/a/b.go"},
		{"/w/sub/c.go", "example.com/sub/c.go"},
		{"/w/subway/d.go", "example.com/root/subway/d.go"},
		{"/elsewhere/e.go", "/elsewhere/e.go"},
		{"", ""},
	} {
		if got := fp.fileID(tc.file); got != tc.want {
			t.Errorf("fileID(%q) = %q, want %q", tc.file, got, tc.want)
		}
	}
}
