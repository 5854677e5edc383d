package lsp

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"sync"

	"github.com/hrvet/hrvet/internal/inventory"
	"go.lsp.dev/protocol"
)

// entry is one diagnostic as published, with the code actions that
// resolve it.
type entry struct {
	diag    protocol.Diagnostic
	actions []protocol.CodeAction
}

// published is the diagnostics last sent, by the directory whose analysis
// found them and by file: a file's list is the union over directories,
// since a config file's error is found by every package it covers. The
// worker writes it and the handler reads it for code actions, hence the
// lock.
type published struct {
	mu    sync.Mutex
	byDir map[string]map[string][]entry
	// the latest record of processing of each package analysed, by
	// import path, for hovers
	recordOf map[string]*inventory.Record
}

func newPublished() *published {
	return &published{
		byDir:    make(map[string]map[string][]entry),
		recordOf: make(map[string]*inventory.Record),
	}
}

// setRecords keeps the records of an analysis, replacing those of the
// same packages.
func (p *published) setRecords(records []*inventory.Record) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, r := range records {
		p.recordOf[r.Package] = r
	}
}

// records returns the latest record of each package analysed, by import
// path.
func (p *published) records() []*inventory.Record {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []*inventory.Record
	for _, path := range slices.Sorted(maps.Keys(p.recordOf)) {
		out = append(out, p.recordOf[path])
	}
	return out
}

// replace records what an analysis triggered by a file of dir found:
// found holds the diagnostics by file, covered the files of the packages
// analysed. Each package directory's diagnostics replace those it had;
// diagnostics in files of no package analysed (a config file, a broken
// dependency) count as dir's. It returns the files whose lists to send
// again, sorted: those with diagnostics now, those that had some before
// from the directories analysed, and the covered ones, so that a fixed
// file is cleared.
func (p *published) replace(dir string, found map[string][]entry, covered []string) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	next := map[string]map[string][]entry{dir: {}}
	for _, f := range covered {
		d := filepath.Dir(f)
		if next[d] == nil {
			next[d] = make(map[string][]entry)
		}
	}
	for f, entries := range found {
		d := filepath.Dir(f)
		if next[d] == nil {
			d = dir
		}
		next[d][f] = entries
	}
	send := make(map[string]bool)
	for d, files := range next {
		for f := range p.byDir[d] {
			send[f] = true
		}
		for f := range files {
			send[f] = true
		}
		p.byDir[d] = files
	}
	for _, f := range covered {
		send[f] = true
	}
	return slices.Sorted(maps.Keys(send))
}

// entries returns file's entries over every directory, each once, in
// order of place.
func (p *published) entries(file string) []entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []entry
	seen := make(map[string]bool)
	for _, dir := range slices.Sorted(maps.Keys(p.byDir)) {
		for _, e := range p.byDir[dir][file] {
			key := fmt.Sprintf("%v %v %s", e.diag.Range, e.diag.Code, e.diag.Message)
			if !seen[key] {
				seen[key] = true
				out = append(out, e)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b entry) int {
		if a.diag.Range.Start.Line != b.diag.Range.Start.Line {
			return int(a.diag.Range.Start.Line) - int(b.diag.Range.Start.Line)
		}
		return int(a.diag.Range.Start.Character) - int(b.diag.Range.Start.Character)
	})
	return out
}

// diagnostics returns file's diagnostics; never nil, since an empty list
// is what clears an editor's.
func (p *published) diagnostics(file string) []protocol.Diagnostic {
	out := []protocol.Diagnostic{}
	for _, e := range p.entries(file) {
		out = append(out, e.diag)
	}
	return out
}
