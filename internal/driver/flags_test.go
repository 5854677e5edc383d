package driver

import (
	"io"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestSelectedAnalyzers(t *testing.T) {
	noop := func(*analysis.Pass) (any, error) { return nil, nil }
	a := &analysis.Analyzer{Name: "a", Doc: "a", Run: noop}
	b := &analysis.Analyzer{Name: "b", Doc: "b", Run: noop}
	c := &analysis.Analyzer{Name: "c", Doc: "c", Run: noop}
	all := []*analysis.Analyzer{a, b, c}
	for _, tc := range []struct {
		args []string
		want []*analysis.Analyzer
	}{
		{nil, all},
		{[]string{"-b=false"}, []*analysis.Analyzer{a, c}},
		{[]string{"-b"}, []*analysis.Analyzer{b}},
		{[]string{"-c=true", "-a"}, []*analysis.Analyzer{a, c}},
		{[]string{"-b", "-c=false"}, []*analysis.Analyzer{b}},
		{[]string{"-a=false", "-b=false", "-c=false"}, nil},
		{[]string{"-b=false", "-b=true"}, []*analysis.Analyzer{b}}, // the last one counts
	} {
		opts, code, ok := parseFlags(tc.args, io.Discard, io.Discard, all)
		if !ok {
			t.Errorf("%v: parseFlags failed with code %d", tc.args, code)
			continue
		}
		if !slices.Equal(opts.analyzers, tc.want) {
			t.Errorf("%v: selected %v, want %v", tc.args, opts.analyzers, tc.want)
		}
	}
}

func TestFlagsAfterPatternsArePatterns(t *testing.T) {
	opts, _, ok := parseFlags([]string{"-tests", "./a/...", "-json"}, io.Discard, io.Discard, nil)
	if !ok || !opts.tests || opts.json || !slices.Equal(opts.patterns, []string{"./a/...", "-json"}) {
		t.Errorf("parseFlags = %+v, %v; want -tests set and two patterns", opts, ok)
	}
}
