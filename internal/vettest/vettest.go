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
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/driver"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/unitchecker"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// toolEnv makes the test binary act as the vet tool instead of running
// tests; go vet passes the environment on to the tool. nogoEnv makes it
// act as Bazel's nogo does (see nogoTool).
const (
	toolEnv = "HRVET_VETTEST_TOOL"
	nogoEnv = "HRVET_VETTEST_NOGO"
)

// registered are the analyzers Main was given, which the test binary runs
// when go vet calls it.
var registered []*analysis.Analyzer

// Main is the whole of a TestMain. Called by go vet, through [Run], the
// test binary is hrvet's vet driver running analyzers (and what they
// require); otherwise it runs the tests. It does not return.
func Main(m *testing.M, analyzers ...*analysis.Analyzer) {
	if os.Getenv(toolEnv) == "1" {
		if os.Getenv(nogoEnv) == "1" {
			nogoTool(analyzers)
		}
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
	if raceDetector {
		t.Log("vettest: go vet's run is left to the tests without -race")
		return
	}
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
	want = sortedSet(want)
	for _, mode := range []struct {
		name string
		env  []string
	}{
		{"go vet (facts of direct imports only)", nil},
		{"go vet as nogo (facts of direct imports only, none for the standard library)", []string{nogoEnv + "=1"}},
	} {
		got, err := goVet(dir, a, patterns, mode.env)
		if err != nil {
			t.Fatalf("vettest: %s: %v", mode.name, err)
		}
		got = sortedSet(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s and analysistest (facts of all dependencies) disagree on %s in %s:\n%s",
				mode.name, strings.Join(patterns, " "), dir, diff(got, want))
		}
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
func goVet(dir string, a *analysis.Analyzer, patterns, env []string) ([]string, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	args := append([]string{"vet", "-vettool=" + exe, "-json"}, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), toolEnv+"=1", "GOFLAGS="), env...)
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

// nogoTool serves go vet as a stand-in for Bazel's nogo, which runs the
// analyzers on each package of the build with the facts of its direct
// imports, as unitchecker does, but gives the standard library no facts:
// rules_go builds it without running nogo. Here the standard library's
// packages are type-checked for their importers and analysed by no
// analyzer. Its identity (-V=full) differs from the vet tool's, so that
// go vet keeps the two modes' facts apart in its cache. It returns only
// for packages outside the standard library.
func nogoTool(analyzers []*analysis.Analyzer) {
	args := os.Args[1:]
	for _, arg := range args {
		if arg == "-V=full" || arg == "--V=full" {
			exe, err := os.Executable()
			if err != nil {
				log.Fatal(err)
			}
			data, err := os.ReadFile(exe)
			if err != nil {
				log.Fatal(err)
			}
			fmt.Printf("%s version devel vettest-nogo buildID=%x\n", filepath.Base(exe), sha256.Sum256(append(data, "nogo"...)))
			os.Exit(0)
		}
	}
	if n := len(args); n == 0 || !strings.HasSuffix(args[n-1], ".cfg") || !inStandardLibrary(args[n-1]) {
		return
	}
	unitchecker.Main(typesOnly)
}

// typesOnly is an analyzer with no facts, which unitchecker does not run
// on a dependency: the package is type-checked and its vet file holds its
// types alone.
var typesOnly = &analysis.Analyzer{
	Name: "typesonly",
	Doc:  "does nothing, so that a package is type-checked for its importers and given no facts",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// inStandardLibrary reports whether the go vet *.cfg file describes a
// package of the standard library.
func inStandardLibrary(cfgFile string) bool {
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return false
	}
	var unit struct{ GoFiles []string }
	if json.Unmarshal(data, &unit) != nil || len(unit.GoFiles) == 0 {
		return false
	}
	goroot := os.Getenv("GOROOT") // the go command sets it for the tools it runs
	if goroot == "" {
		goroot = runtime.GOROOT()
	}
	src := filepath.Join(goroot, "src") + string(filepath.Separator)
	return strings.HasPrefix(unit.GoFiles[0], src)
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
