package flow

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// TestCandidatesChangeNothing runs the engine over the whole corpus twice,
// building SSA only for the candidate functions and then, as with
// buildssa, for every function, and checks that the flows, unchecked
// consent checks and exported facts are the same: the candidate scan
// must skip only functions the engine would have skipped anyway.
func TestCandidatesChangeNothing(t *testing.T) {
	strict = true
	defer func() { strict = false }()
	patterns := []string{"engine/...", "consent/...", "logleak/..."}

	trimmed := engineOutput(t, patterns)
	analyseAll = true
	defer func() { analyseAll = false }()
	full := engineOutput(t, patterns)

	if len(full) == 0 {
		t.Fatal("the corpus gave no output at all")
	}
	if !slices.Equal(trimmed, full) {
		for _, line := range full {
			if !slices.Contains(trimmed, line) {
				t.Errorf("missing with candidates only: %s", line)
			}
		}
		for _, line := range trimmed {
			if !slices.Contains(full, line) {
				t.Errorf("only with candidates: %s", line)
			}
		}
	}
}

// engineOutput runs the engine on the packages and lists, sorted, each
// root package's flows, unchecked checks and facts.
func engineOutput(t *testing.T, patterns []string) []string {
	var out []string
	for _, r := range analysistest.Run(factsQuiet{t}, testdataDir(t), Analyzer, patterns...) {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Pass.Pkg.Path(), r.Err)
			continue
		}
		pass := r.Pass
		res := r.Result.(*Result)
		for _, f := range res.Flows {
			g := f.Guard
			out = append(out, fmt.Sprintf("%s: flow %s guard %d %q %s %s %q args %v", pass.Fset.Position(f.Pos), f,
				g.Kind, g.Purposes, pass.Fset.Position(g.Pos), g.Check, g.Citation, f.Args))
		}
		for _, u := range res.Unchecked {
			out = append(out, fmt.Sprintf("%s: unchecked %s", pass.Fset.Position(u.Pos), u.Check))
		}
		for obj, facts := range r.Facts {
			for _, fact := range facts {
				if obj == nil { // a package fact
					out = append(out, fmt.Sprintf("%s: package fact %s", pass.Pkg.Path(), fact))
					continue
				}
				out = append(out, fmt.Sprintf("%s: fact %s: %s", pass.Fset.Position(obj.Pos()), types.ObjectString(obj, nil), fact))
			}
		}
	}
	slices.Sort(out)
	return out
}

// factsQuiet is a testing.T that ignores the corpus's expectations, which
// are the analyzers' and not the engine's, and reports other errors.
type factsQuiet struct{ *testing.T }

func (t factsQuiet) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	for _, expectation := range []string{"unexpected diagnostic", "does not match pattern", "no diagnostic was reported", "unexpected fact", "no fact was expected", "no fact"} {
		if strings.Contains(msg, expectation) {
			return
		}
	}
	t.T.Errorf("%s", msg)
}
