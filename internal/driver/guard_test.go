package driver

import (
	"go/types"
	"regexp"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestGuardPassesResultsUnderOriginalAnalyzers(t *testing.T) {
	base := &analysis.Analyzer{Name: "base", Doc: "base", Run: func(*analysis.Pass) (any, error) { return 42, nil }}
	var sawSelf bool
	var sawResult any
	top := &analysis.Analyzer{Name: "top", Doc: "top", Requires: []*analysis.Analyzer{base}}
	top.Run = func(pass *analysis.Pass) (any, error) {
		sawSelf = pass.Analyzer == top
		sawResult = pass.ResultOf[base]
		return nil, nil
	}

	guarded := guard([]*analysis.Analyzer{top})
	topCopy := guarded[0]
	if topCopy == top || topCopy.Requires[0] == base {
		t.Fatal("guard returned the originals, not copies")
	}
	if top.Requires[0] != base {
		t.Fatal("guard changed the original's Requires")
	}
	baseResult, err := topCopy.Requires[0].Run(&analysis.Pass{Analyzer: topCopy.Requires[0], Pkg: types.NewPackage("p", "p")})
	if err != nil || baseResult != 42 {
		t.Fatalf("guarded base returned %v, %v", baseResult, err)
	}
	pass := &analysis.Pass{
		Analyzer: topCopy,
		Pkg:      types.NewPackage("p", "p"),
		ResultOf: map[*analysis.Analyzer]any{topCopy.Requires[0]: baseResult},
	}
	if _, err := topCopy.Run(pass); err != nil {
		t.Fatal(err)
	}
	if !sawSelf || sawResult != 42 {
		t.Errorf("the analyzer saw itself: %v, its prerequisite's result: %v; want true, 42", sawSelf, sawResult)
	}
}

func TestGuardRecoversPanics(t *testing.T) {
	bad := &analysis.Analyzer{Name: "bad", Doc: "bad", Run: func(*analysis.Pass) (any, error) {
		var m map[string]int
		m["x"] = 1 // a runtime error, not a plain panic call
		return nil, nil
	}}
	result, err := guard([]*analysis.Analyzer{bad})[0].Run(&analysis.Pass{Pkg: types.NewPackage("example.com/p", "p")})
	want := regexp.MustCompile(`^panic while analyzing example\.com/p: assignment to entry in nil map in driver\.TestGuardRecoversPanics\.func1 \(guard_test\.go:\d+\)$`)
	if result != nil || err == nil || !want.MatchString(err.Error()) {
		t.Errorf("guarded Run = %v, %v; want an error matching %s", result, err, want)
	}
}

// TestGuardNamesTheFirstPanic checks that a panic recovered and raised
// again on the way up, as the flow engine does under HRVET_STRICT, is
// reported where it first happened, not where it was raised again.
func TestGuardNamesTheFirstPanic(t *testing.T) {
	bad := &analysis.Analyzer{Name: "bad", Doc: "bad", Run: func(*analysis.Pass) (any, error) {
		repanicking(func() {
			var s []int
			_ = s[3] // the first panic
		})
		return nil, nil
	}}
	_, err := guard([]*analysis.Analyzer{bad})[0].Run(&analysis.Pass{Pkg: types.NewPackage("example.com/p", "p")})
	want := regexp.MustCompile(`^panic while analyzing example\.com/p: runtime error: index out of range \[3\] with length 0 in driver\.TestGuardNamesTheFirstPanic\.func1\.1 \(guard_test\.go:\d+\)$`)
	if err == nil || !want.MatchString(err.Error()) {
		t.Errorf("guarded Run returned %v; want an error matching %s", err, want)
	}
}

// repanicking calls f and raises again any panic of f's it recovers.
func repanicking(f func()) {
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
	f()
}
