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

// leakyModule is a module with a log leak whose fix wraps the phone in a
// redactor; with mask set, the module has a redactor of its own.
func leakyModule(t *testing.T, mask bool) string {
	t.Helper()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/leaky\n\ngo 1.26\n")
	imports, wrapper := `"log"`, ""
	if mask {
		write(t, dir, "mask/mask.go", "package mask\n\n// Phone hides a phone number.\n//\n//hrvet:redact\nfunc Phone(s string) string { return \"***\" }\n")
		imports = "\"log\"\n\n\t\"example.com/leaky/mask\""
		wrapper = "\n// Masked logs a masked phone.\nfunc Masked() { log.Print(mask.Phone(Staff.Phone)) }\n"
	}
	write(t, dir, "hr/hr.go", "package hr\n\nimport (\n\t"+imports+"\n)\n\n// Employee is a person.\ntype Employee struct {\n\tPhone string `pd:\"phone\"`\n}\n\n// Staff is on duty.\nvar Staff Employee\n\n// Call logs the call.\nfunc Call() { log.Printf(\"calling %s\", Staff.Phone) }\n"+wrapper)
	return dir
}

// TestFixSaysToRequireHrvet: a fix that imports hrvet's annotations into
// a module that does not require hrvet comes with the command that makes
// the module build again.
func TestFixSaysToRequireHrvet(t *testing.T) {
	dir := leakyModule(t, false)
	got := hrvet(t, suite.Analyzers(), "-C", dir, "-fix", "./...")
	want := "hrvet: the fixes import github.com/hrvet/hrvet/annotations, which go.mod does not require yet, so it will not build; run: go get github.com/hrvet/hrvet/annotations\n"
	if !strings.Contains(got.stderr, want) {
		t.Errorf("stderr = %q, want it to contain %q", got.stderr, want)
	}
	src, err := os.ReadFile(filepath.Join(dir, "hr/hr.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "annotations.Mask(Staff.Phone)") {
		t.Errorf("fixed file does not mask the phone:\n%s", src)
	}
}

// TestFixUsesTheModulesRedactor: where the file imports a package with a
// redactor of strings, the fix uses it and needs nothing new.
func TestFixUsesTheModulesRedactor(t *testing.T) {
	dir := leakyModule(t, true)
	got := hrvet(t, suite.Analyzers(), "-C", dir, "-fix", "./...")
	if strings.Contains(got.stderr, "go get") {
		t.Errorf("stderr = %q, want no go get: the module's own redactor needs none", got.stderr)
	}
	src, err := os.ReadFile(filepath.Join(dir, "hr/hr.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), `log.Printf("calling %s", mask.Phone(Staff.Phone))`) || strings.Contains(string(src), "annotations") {
		t.Errorf("fixed file does not use mask.Phone alone:\n%s", src)
	}
	again := hrvet(t, suite.Analyzers(), "-C", dir, "./...")
	if again.code != 0 {
		t.Errorf("after the fix: exit %d, stdout:\n%s\nstderr:\n%s", again.code, again.stdout, again.stderr)
	}
}
