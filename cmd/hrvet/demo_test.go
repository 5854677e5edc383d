package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
)

// demoDir is the demo HR service the README runs hrvet on.
const demoDir = "../../testdata/hrapp"

// mistakeMarker is a planted mistake in the demo: "// MISTAKE(consent): ..."
// at the end of the line hrvet must report, or "// MISTAKE(pdfields)+1: ..."
// for the line below (a directive line cannot carry a second comment).
var mistakeMarker = regexp.MustCompile(`// MISTAKE\((\w+)\)(\+1)?:`)

// TestDemoFindsEveryPlantedMistake checks the demo both ways: every
// MISTAKE marker of an analyzer in the suite gets a finding of that
// analyzer on its line, and no finding stands anywhere else. Markers of
// analyzers not yet in the suite are listed, not hidden.
func TestDemoFindsEveryPlantedMistake(t *testing.T) {
	got, _ := demoRun(t)
	if got.code != 3 {
		t.Fatalf("exit code = %d, want 3 (findings); stderr:\n%s", got.code, got.stderr)
	}
	checkMistakes(t, demoDir, got.stdout)
}

// checkMistakes checks hrvet's output on the module in dir against the
// MISTAKE markers of its Go files, both ways: every marker of an analyzer
// in the suite gets a finding of that analyzer on its line, and no
// finding stands anywhere else. Markers of analyzers not yet in the suite
// are listed, not hidden.
func checkMistakes(t *testing.T, dir, stdout string) {
	t.Helper()
	findings := make(map[string]bool) // "file:line analyzer"
	for _, l := range lines(stdout) {
		if strings.HasPrefix(l, "\t") {
			continue // related information
		}
		posn, rest, ok := strings.Cut(l, ": ")
		if !ok {
			t.Fatalf("unparsable finding %q", l)
		}
		analyzer, _, _ := strings.Cut(rest, ":")
		file, line := splitPosn(t, posn)
		findings[fmt.Sprintf("%s:%d %s", file, line, analyzer)] = true
	}

	inSuite := make(map[string]bool)
	for _, a := range suite.Analyzers() {
		inSuite[a.Name] = true
	}
	planted := mistakesIn(t, dir)
	var pending []string
	for _, m := range planted {
		if !inSuite[m.analyzer] {
			pending = append(pending, m.key())
			continue
		}
		if !findings[m.key()] {
			t.Errorf("%s: planted mistake not found", m.key())
		}
		delete(findings, m.key())
	}
	for _, f := range slices.Sorted(mapKeys(findings)) {
		t.Errorf("%s: finding on a line with no MISTAKE marker (a false report, or a marker to add)", f)
	}
	if len(pending) > 0 {
		t.Logf("%d planted mistakes belong to analyzers not yet in the suite:\n%s", len(pending), strings.Join(pending, "\n"))
	}
}

// TestDemoGoVetMatchesStandalone is the acceptance check that go vet with
// hrvet as its vet tool reports what hrvet itself reports on the demo.
func TestDemoGoVetMatchesStandalone(t *testing.T) {
	standalone, _ := demoRun(t)
	vet := goVet(t, demoDir, "main", "./...")
	if vet.code == 0 {
		t.Fatalf("go vet -vettool found nothing in the demo; stderr:\n%s", vet.stderr)
	}
	want := standaloneFindings(t, standalone.stdout)
	have := vetFindings(t, vet.stderr)
	if strings.Join(want, "\n") != strings.Join(have, "\n") {
		t.Errorf("go vet -vettool:\n%s\nhrvet:\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
	}
}

// demoOnce is hrvet's run on the demo, with -sarif, which several tests
// read: one run of the whole suite on the demo takes seconds.
var demoOnce struct {
	sync.Once
	got   result
	sarif []byte
	err   error
}

// demoRun returns what "hrvet -sarif FILE ./..." printed on the demo and
// the SARIF log it wrote.
func demoRun(t *testing.T) (result, []byte) {
	t.Helper()
	demoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hrvet-demo-")
		if err != nil {
			demoOnce.err = err
			return
		}
		defer os.RemoveAll(dir)
		out := filepath.Join(dir, "hrvet.sarif")
		demoOnce.got = hrvet(t, suite.Analyzers(), "-C", demoDir, "-sarif", out, "./...")
		demoOnce.sarif, demoOnce.err = os.ReadFile(out)
	})
	if demoOnce.err != nil {
		t.Fatal(demoOnce.err)
	}
	return demoOnce.got, demoOnce.sarif
}

type mistake struct {
	file     string // relative to the demo, slash-separated
	line     int
	analyzer string
}

func (m mistake) key() string { return fmt.Sprintf("%s:%d %s", m.file, m.line, m.analyzer) }

// mistakesIn reads the MISTAKE markers of the Go files below dir.
func mistakesIn(t *testing.T, dir string) []mistake {
	t.Helper()
	var out []mistake
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			for _, m := range mistakeMarker.FindAllStringSubmatch(sc.Text(), -1) {
				line := n
				if m[2] == "+1" {
					line++
				}
				out = append(out, mistake{filepath.ToSlash(rel), line, m[1]})
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("no MISTAKE markers in %s", dir)
	}
	return out
}

func splitPosn(t *testing.T, posn string) (string, int) {
	t.Helper()
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		t.Fatalf("bad position %q", posn)
	}
	line, err := strconv.Atoi(parts[len(parts)-2])
	if err != nil {
		t.Fatalf("bad position %q", posn)
	}
	return filepath.ToSlash(strings.Join(parts[:len(parts)-2], ":")), line
}

func mapKeys(m map[string]bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}
