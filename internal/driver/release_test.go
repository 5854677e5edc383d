package driver

import (
	"fmt"
	"slices"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
	"golang.org/x/tools/go/analysis/checker"
)

// TestReleaseCountsEveryAction runs the suite over the demo service with
// packages released as their analyses end, and checks that the release
// plan counted exactly the actions the checker made (a count too low
// would free a package under a running analysis, one too high would free
// nothing), that every package was released, and that the findings are
// those of a run that keeps everything.
func TestReleaseCountsEveryAction(t *testing.T) {
	initial, err := load("../../testdata/hrapp", []string{"./..."}, false, true)
	if err != nil {
		t.Fatal(err)
	}
	pkgs := roots(initial, false)

	analyzers, g := newGuarded(suite.Analyzers())
	g.release = planRelease(analyzers, pkgs)
	planned := 0
	for _, p := range g.release.pending {
		planned += p.left
	}
	released, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	made := 0
	for act := range released.All() {
		made++
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
	}
	if made != planned {
		t.Errorf("the checker made %d actions, the release plan counted %d", made, planned)
	}
	for _, p := range g.release.pending {
		t.Errorf("%s was not released: %d actions left", p.pkg.PkgPath, p.left)
	}
	for _, pkg := range pkgs {
		if pkg.Syntax != nil || pkg.TypesInfo != nil {
			t.Errorf("%s still holds its syntax", pkg.PkgPath)
		}
	}

	initial, err = load("../../testdata/hrapp", []string{"./..."}, false, true)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := checker.Analyze(guard(suite.Analyzers()), roots(initial, false), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, want := diagnostics(released), diagnostics(kept)
	if len(want) == 0 {
		t.Fatal("the demo service has no findings; the comparison would prove nothing")
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings with release:\n%v\nwithout:\n%v", got, want)
	}
}

// diagnostics lists a graph's diagnostics as sorted lines.
func diagnostics(g *checker.Graph) []string {
	var out []string
	for act := range g.All() {
		for _, d := range act.Diagnostics {
			out = append(out, fmt.Sprintf("%s: %s: %s", act.Package.Fset.Position(d.Pos), act.Analyzer.Name, d.Message))
		}
	}
	slices.Sort(out)
	return out
}
