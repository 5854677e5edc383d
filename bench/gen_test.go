package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/driver"
	"github.com/hrvet/hrvet/internal/suite"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// TestGeneratedFindings checks that the benchmark measures real work:
// hrvet, run on a small generated code base, reports exactly the lines the
// generator marked MISTAKE(analyzer), facts crossing the packages included
// (the unguarded calls of wrappers in other packages), and nothing on the
// guarded flows, the redacted log line or the business code.
func TestGeneratedFindings(t *testing.T) {
	dir := t.TempDir()
	// Five packages: package 4 imports 3 and the far package 2.
	if err := generate(dir, shape{packages: 5, biz: 6}); err != nil {
		t.Fatal(err)
	}
	want, err := mistakes(dir)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := driver.Main([]string{"-C", dir, "./..."}, &stdout, &stderr, suite.Analyzers())
	if code != 3 {
		t.Fatalf("hrvet exited %d, want 3; stderr:\n%s", code, stderr.String())
	}
	got := reported(stdout.String())
	if !slices.Equal(got, want) {
		t.Errorf("hrvet reported:\n%s\nthe generator marked:\n%s\noutput:\n%s",
			strings.Join(got, "\n"), strings.Join(want, "\n"), stdout.String())
	}
	// The far wrapper and the cross-package embedding are exercised.
	for _, w := range []string{"p0004/flows.go", "p0002/flows.go"} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, w) }) {
			t.Errorf("no finding in %s", w)
		}
	}
}

var mistakeRE = regexp.MustCompile(`// MISTAKE\((\w+)\)`)

// mistakes lists the lines the generator marked, as "file:line analyzer",
// sorted.
func mistakes(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rel, _ := filepath.Rel(dir, path)
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			if m := mistakeRE.FindStringSubmatch(sc.Text()); m != nil {
				out = append(out, fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), line, m[1]))
			}
		}
		return sc.Err()
	})
	slices.Sort(out)
	return out, err
}

var findingRE = regexp.MustCompile(`^([^\s:]+):(\d+):\d+: (\w+): `)

// reported lists hrvet's findings in text output as "file:line analyzer",
// sorted.
func reported(out string) []string {
	var got []string
	for _, line := range strings.Split(out, "\n") {
		if m := findingRE.FindStringSubmatch(line); m != nil {
			got = append(got, m[1]+":"+m[2]+" "+m[3])
		}
	}
	slices.Sort(got)
	return got
}

// TestCountFindings checks the count the benchmark prints.
func TestCountFindings(t *testing.T) {
	out := "a.go:1:2: consent: x\n\ta.go:1:3: from here\nb.go:4:1: logleak: y\n"
	if n := countFindings([]byte(out)); n != 2 {
		t.Errorf("countFindings = %d, want 2", n)
	}
}
