package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
)

// TestGoTool checks hrvet as a tool dependency of the module it checks
// (Go 1.24 and later): a user's go.mod with "tool
// github.com/hrvet/hrvet/cmd/hrvet" runs it as "go tool hrvet ./..." and as
// "go vet -vettool=$(go tool -n hrvet) ./...", with the same findings as
// hrvet itself. The replace directive stands for the version a user would
// get with go get -tool.
func TestGoTool(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("go tool tests need the go command: %v", err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/user\n\ngo 1.26.0\n\ntool github.com/hrvet/hrvet/cmd/hrvet\n\n" +
			"require github.com/hrvet/hrvet v0.0.0\n\nreplace github.com/hrvet/hrvet => " + root + "\n",
		"staff/staff.go": staffV1,
		"clean/clean.go": "// Package clean holds no personal data.\npackage clean\n\n// Count is a number.\nvar Count int\n",
	})
	// go mod tidy fills go.sum from the module cache (or the proxy).
	if tidy := command(t, dir, "", goCmd, "mod", "tidy"); tidy.code != 0 {
		t.Fatalf("go mod tidy: exit code %d, stderr:\n%s", tidy.code, tidy.stderr)
	}

	alone := hrvet(t, suite.Analyzers(), "-C", dir, "./...")
	if alone.code != 3 || len(findingKeys(t, alone.stdout)) != 2 {
		t.Fatalf("hrvet: exit code %d, stdout:\n%s\nstderr:\n%s\nwant 3 and the fixture's two findings", alone.code, alone.stdout, alone.stderr)
	}

	tool := command(t, dir, "", goCmd, "tool", "hrvet", "./...")
	wantResult(t, tool, 3, lines(alone.stdout), nil)
	clean := command(t, dir, "", goCmd, "tool", "hrvet", "./clean")
	wantResult(t, clean, 0, nil, nil)

	path := command(t, dir, "", goCmd, "tool", "-n", "hrvet")
	bin := strings.TrimSpace(path.stdout)
	if path.code != 0 || !filepath.IsAbs(bin) {
		t.Fatalf("go tool -n hrvet: exit code %d, stdout %q, stderr %q", path.code, path.stdout, path.stderr)
	}
	vet := command(t, dir, "", goCmd, "vet", "-vettool="+bin, "./...")
	if vet.code != 1 || vet.stdout != "" {
		t.Errorf("go vet -vettool: exit code %d, stdout %q; want 1 and nothing", vet.code, vet.stdout)
	}
	wantLines(t, "go vet -vettool=$(go tool -n hrvet) findings", vetFindings(t, vet.stderr), standaloneFindings(t, alone.stdout))
	cleanVet := command(t, dir, "", goCmd, "vet", "-vettool="+bin, "./clean")
	wantResult(t, cleanVet, 0, nil, nil)
}
