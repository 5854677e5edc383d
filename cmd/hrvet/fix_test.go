package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
)

// TestFixAppliesSuggestedFixes runs -fix on a module with two mistyped
// categories: both are rewritten, the file stays gofmt-ed, and a second run
// is clean.
func TestFixAppliesSuggestedFixes(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/fix\n\ngo 1.26\n")
	write(t, dir, "hr/hr.go", "package hr\n\n// Employee is a person.\ntype Employee struct {\n\tMobile string `pd:\"phon\"`\n\tIll    bool   `pd:\"helth\"`\n}\n")

	got := hrvet(t, suite.Analyzers(), "-C", dir, "-fix", "./...")
	if got.code != 3 {
		t.Fatalf("exit code = %d, want 3 (the findings that were fixed); stderr:\n%s", got.code, got.stderr)
	}
	if !strings.Contains(got.stderr, "applied 2 fixes in 1 files") {
		t.Errorf("stderr = %q, want it to say two fixes were applied", got.stderr)
	}
	src, err := os.ReadFile(filepath.Join(dir, "hr/hr.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"`pd:\"phone\"`", "`pd:\"health\"`"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("fixed file lacks %s:\n%s", want, src)
		}
	}
	again := hrvet(t, suite.Analyzers(), "-C", dir, "./...")
	if strings.Contains(again.stdout, "pdfields") {
		t.Errorf("pdfields findings remain after -fix:\n%s", again.stdout)
	}
}
