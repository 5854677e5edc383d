package driver

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// baselineVersion is the version of the baseline format and of the
// fingerprint recipe it holds; see fingerprinter.
const baselineVersion = 1

// baselineFile is what -write-baseline writes and -baseline reads. Only
// the fingerprints count; the rest is there for the people who review the
// file in a pull request. Line numbers are left out on purpose: they would
// change the file whenever code moves.
type baselineFile struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	File        string `json:"file"`
	Analyzer    string `json:"analyzer"`
	Message     string `json:"message"`
	Fingerprint string `json:"fingerprint"`
}

// readBaseline returns the fingerprints listed in the baseline file; name
// is the file as the command line gave it, for errors.
func readBaseline(file, name string) (map[string]bool, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	var b baselineFile
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: not a baseline file: %v", name, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d, want %d (write it again with -write-baseline)", name, b.Version, baselineVersion)
	}
	known := make(map[string]bool, len(b.Findings))
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: finding %d has no fingerprint", name, i+1)
		}
		known[e.Fingerprint] = true
	}
	return known, nil
}

// writeBaseline writes the reported findings of all (neither suppressed
// nor, with an earlier baseline, known) to file, sorted, and returns their
// fingerprints.
func writeBaseline(file string, all []finding) (map[string]bool, error) {
	b := baselineFile{Version: baselineVersion, Tool: "hrvet", Findings: []baselineEntry{}}
	known := make(map[string]bool)
	for i := range all {
		f := &all[i]
		if f.suppressed != nil {
			continue
		}
		b.Findings = append(b.Findings, baselineEntry{
			File:        f.file,
			Analyzer:    f.analyzer,
			Message:     f.message,
			Fingerprint: f.fingerprint,
		})
		known[f.fingerprint] = true
	}
	slices.SortFunc(b.Findings, func(x, y baselineEntry) int {
		return cmp.Or(
			cmp.Compare(x.File, y.File),
			cmp.Compare(x.Analyzer, y.Analyzer),
			cmp.Compare(x.Message, y.Message),
			cmp.Compare(x.Fingerprint, y.Fingerprint),
		)
	})
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("writing baseline: %w", err)
	}
	if err := writeBytes(file, 0o644, append(data, '\n')); err != nil {
		return nil, fmt.Errorf("writing baseline: %w", err)
	}
	return known, nil
}

// markBaselined marks the reported findings whose fingerprints are known.
func markBaselined(all []finding, known map[string]bool) {
	for i := range all {
		if all[i].suppressed == nil && known[all[i].fingerprint] {
			all[i].baselined = true
		}
	}
}

// dropBaselined takes the diagnostics of baselined findings out of the
// graph, so that the JSON tree, which checker prints from the graph, holds
// only new ones. A diagnostic is matched to its finding by the same key
// collectFindings sorts and merges by.
func dropBaselined(graph *checker.Graph, all []finding, dir string) {
	type key struct {
		file              string
		line, col         int
		analyzer, message string
	}
	known := make(map[key]bool)
	for i := range all {
		if f := &all[i]; f.baselined {
			known[key{f.file, f.posn.Line, f.posn.Column, f.analyzer, f.message}] = true
		}
	}
	if len(known) == 0 {
		return
	}
	for _, act := range graph.Roots {
		act.Diagnostics = slices.DeleteFunc(slices.Clone(act.Diagnostics), func(d analysis.Diagnostic) bool {
			posn := act.Package.Fset.Position(d.Pos)
			return known[key{relPath(posn.Filename, dir), posn.Line, posn.Column, act.Analyzer.Name, d.Message}]
		})
	}
}
