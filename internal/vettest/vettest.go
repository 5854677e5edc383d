// Package vettest runs an analyzer's tests a second time in go vet's
// mode, where facts travel differently, and fails where the two runs
// disagree.
//
// analysistest drives the x/tools checker, which gives a package the facts
// of every package below it. go vet (through unitchecker), gopls and
// Bazel's nogo give it those of its direct imports only, so an analyzer
// whose tests pass under analysistest can still miss findings there (see
// internal/objfacts). [Run] runs analysistest.Run and then go vet on the
// same packages, with the test binary as the vet tool, and compares the
// diagnostics, positions, messages and related information alike.
//
// A test package that uses it makes its binary a vet tool in TestMain:
//
//	func TestMain(m *testing.M) { vettest.Main(m, consent.Analyzer) }
//
// The testdata directory is what analysistest takes: a GOPATH tree with a
// src directory (go vet runs with GO111MODULE=off), or a module when it
// holds a go.mod. go vet needs the go command on PATH; the first run of a
// test binary also computes the standard library's facts, a few seconds,
// which go vet then keeps in the build cache.
package vettest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/driver"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// toolEnv makes the test binary act as the vet tool instead of running
// tests; go vet passes the environment on to the tool.
const toolEnv = "HRVET_VETTEST_TOOL"

// registered are the analyzers Main was given, which the test binary runs
// when go vet calls it.
var registered []*analysis.Analyzer

// Main is the whole of a TestMain. Called by go vet, through [Run], the
// test binary is hrvet's vet driver running analyzers (and what they
// require); otherwise it runs the tests. It does not return.
func Main(m *testing.M, analyzers ...*analysis.Analyzer) {
	if os.Getenv(toolEnv) == "1" {
		driver.Vet(analyzers)
	}
	registered = analyzers
	os.Exit(m.Run())
}

// Run is analysistest.Run followed by [Compare]: it checks the want
// comments of the packages, then that go vet reports the same
// diagnostics on them. It returns analysistest's results.
func Run(t *testing.T, dir string, a *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	t.Helper()
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, dir, a, patterns...)
	Compare(t, dir, a, results, patterns...)
	return results
}

// Compare runs go vet on the packages that patterns match in dir, with
// the test binary as its vet tool, and fails t unless a's diagnostics
// there are exactly those of results, which analysistest returned for the
// same packages. a must be one of the analyzers given to [Main].
func Compare(t *testing.T, dir string, a *analysis.Analyzer, results []*analysistest.Result, patterns ...string) {
	t.Helper()
	if !slices.Contains(registered, a) {
		t.Fatalf("vettest: %s is not among the analyzers given to vettest.Main", a.Name)
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, r := range results {
		if r.Err != nil {
			t.Fatalf("vettest: analysistest: %v", r.Err)
		}
		fset := r.Action.Package.Fset
		for _, d := range r.Diagnostics {
			f := finding{Posn: fset.Position(d.Pos).String(), Message: d.Message}
			for _, rel := range d.Related {
				f.Related = append(f.Related, related{Posn: fset.Position(rel.Pos).String(), Message: rel.Message})
			}
			want = append(want, f.format(dir))
		}
	}
	got, err := goVet(dir, a, patterns)
	if err != nil {
		t.Fatalf("vettest: %v", err)
	}
	want, got = sortedSet(want), sortedSet(got)
	if !slices.Equal(got, want) {
		t.Errorf("go vet (facts of direct imports only) and analysistest (facts of all dependencies) disagree on %s in %s:\n%s",
			strings.Join(patterns, " "), dir, diff(got, want))
	}
}

// finding is a diagnostic as go vet -json prints it.
type finding struct {
	Posn    string    `json:"posn"`
	Message string    `json:"message"`
	Related []related `json:"related"`
}

type related struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// format writes f on lines, file names relative to dir, to compare.
func (f finding) format(dir string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", relPosn(f.Posn, dir), f.Message)
	for _, r := range f.Related {
		fmt.Fprintf(&b, "\n\t%s: %s", relPosn(r.Posn, dir), r.Message)
	}
	return b.String()
}

// relPosn makes the file of a "file:line:col" position relative to dir.
func relPosn(posn, dir string) string {
	if rel, err := filepath.Rel(dir, posn); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return posn
}

// goVet runs go vet -json on patterns in dir with the test binary as its
// vet tool and returns a's findings, formatted.
func goVet(dir string, a *analysis.Analyzer, patterns []string) ([]string, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	args := append([]string{"vet", "-vettool=" + exe, "-json"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), toolEnv+"=1", "GOFLAGS=")
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		// analysistest's GOPATH layout
		cmd.Env = append(cmd.Env, "GO111MODULE=off", "GOPATH="+dir)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	// go vet -json passes on each package's JSON tree: package ID ->
	// analyzer -> diagnostics, or {"error": ...}.
	var out []string
	dec := json.NewDecoder(&stdout)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("reading go vet -json output: %v", err)
		}
		for pkg, byAnalyzer := range tree {
			for name, raw := range byAnalyzer {
				var failed struct{ Error string }
				if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
					return nil, fmt.Errorf("go vet: %s: %s: %s", pkg, name, failed.Error)
				}
				if name != a.Name {
					continue
				}
				var diags []finding
				if err := json.Unmarshal(raw, &diags); err != nil {
					return nil, fmt.Errorf("reading go vet -json output for %s: %v", pkg, err)
				}
				for _, d := range diags {
					out = append(out, d.format(dir))
				}
			}
		}
	}
	return out, nil
}

// sortedSet sorts s and drops repeats: analysistest analyses a package
// and its test variant, and may report a diagnostic of a file in both.
func sortedSet(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

// diff lists what only one side has.
func diff(got, want []string) string {
	var b strings.Builder
	for _, g := range got {
		if !slices.Contains(want, g) {
			fmt.Fprintf(&b, "only go vet:\n\t%s\n", strings.ReplaceAll(g, "\n", "\n\t"))
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			fmt.Fprintf(&b, "only analysistest:\n\t%s\n", strings.ReplaceAll(w, "\n", "\n\t"))
		}
	}
	return b.String()
}
