package driver

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/internal/inventory"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// This file holds Check, the tests' oracle for Session: the standalone
// driver's loading and x/tools checker run, from scratch, returning what
// a Session run returns.

// Check loads the packages matching patterns in dir, runs analyzers on
// those that type-check with the x/tools checker and returns what they
// found. Calls must not overlap with other runs of the drivers.
func Check(dir string, patterns []string, analyzers []*analysis.Analyzer) (*Checked, error) {
	if err := analysis.Validate(analyzers); err != nil {
		return nil, fmt.Errorf("invalid analyzer: %w", err)
	}
	initial, err := load(dir, patterns, false, needFacts(analyzers))
	if err != nil {
		return nil, fmt.Errorf("loading %s: %s", strings.Join(patterns, " "), loadErrorText(err))
	}
	out := new(Checked)
	packages.Visit(initial, nil, func(pkg *packages.Package) {
		out.Problems = append(out.Problems, packageProblems(pkg)...)
	})
	for _, pkg := range initial {
		out.Files = append(out.Files, pkg.GoFiles...)
	}
	slices.Sort(out.Files)
	out.Files = slices.Compact(out.Files)

	rootPkgs := roots(initial, false)
	if len(rootPkgs) == 0 {
		return out, nil
	}
	// Not the releasing guard: the fixes' positions are read after the run.
	graph, err := checker.Analyze(guard(analyzers), rootPkgs, nil)
	if err != nil {
		return nil, fmt.Errorf("analysing %s: %w", strings.Join(patterns, " "), err)
	}
	out.Problems = append(out.Problems, analyzerProblems(graph)...)
	out.Diagnostics = graphDiagnostics(graph)
	for _, act := range graph.Roots {
		if rec, ok := act.Result.(*inventory.Record); ok && act.Err == nil && rec != nil {
			out.Records = append(out.Records, rec)
		}
	}
	return out, nil
}

// analyzerProblems turns the errors analyzers returned into problems: a
// config file's on its line, the rest without a place. An action that
// failed only because a prerequisite did is skipped.
func analyzerProblems(graph *checker.Graph) []Problem {
	var out []Problem
	for act := range graph.All() {
		if act.Err == nil || slices.ContainsFunc(act.Deps, func(dep *checker.Action) bool { return dep.Err != nil }) {
			continue
		}
		out = append(out, errorProblems(act.Analyzer.Name, act.Err)...)
	}
	sortProblems(out)
	// Every analyzer reading a bad config says the same thing.
	return slices.Compact(out)
}

// graphDiagnostics gathers the diagnostics of the graph's root actions
// that did not fail, with their related information and fixes, sorted and
// each once.
func graphDiagnostics(graph *checker.Graph) []Diagnostic {
	var out []Diagnostic
	for _, act := range graph.Roots {
		if act.Err != nil {
			continue
		}
		for _, d := range act.Diagnostics {
			out = append(out, toDiagnostic(act.Package.Fset, act.Analyzer.Name, d))
		}
	}
	return sortDiagnostics(out)
}
