package lsp

import (
	"context"
	"fmt"
	"go/token"
	"maps"
	"path/filepath"
	"runtime/debug"
	"slices"

	"github.com/hrvet/hrvet/internal/driver"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// worker runs the analyses the handler queues, one round at a time, until
// ctx ends or shutdown is asked.
func (s *Server) worker(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		}
		s.mu.Lock()
		if s.shutdown {
			s.mu.Unlock()
			return
		}
		files := slices.Sorted(maps.Keys(s.pending))
		clear(s.pending)
		s.busy = true
		s.mu.Unlock()

		s.round(ctx, files)

		s.mu.Lock()
		s.busy = false
		s.idle.Broadcast()
		s.mu.Unlock()
	}
}

// round analyses the packages of files, one directory (one package, test
// files aside) once however many of its files were saved.
func (s *Server) round(ctx context.Context, files []string) {
	done := make(map[string]bool)
	for _, file := range files {
		dir := filepath.Dir(file)
		if done[dir] {
			continue
		}
		done[dir] = true
		s.analyse(ctx, dir, file)
	}
}

// analyse checks the package of file and publishes what it found. The
// go command runs in the file's directory, so the nearest go.mod or
// go.work decides the build, as it does for gopls. A bug that panics is
// logged rather than ending the editor's session.
func (s *Server) analyse(ctx context.Context, dir, file string) {
	defer func() {
		if r := recover(); r != nil {
			s.logf(ctx, protocol.MessageTypeError, "analysing %s: internal error: %v\n%s", file, r, debug.Stack())
		}
	}()
	checked, err := driver.Check(dir, []string{"file=" + file}, s.analyzers)
	if err != nil {
		s.logf(ctx, protocol.MessageTypeError, "%v", err)
		return
	}
	src := make(sources)
	byFile := make(map[string][]protocol.Diagnostic)
	for _, d := range checked.Diagnostics {
		byFile[d.Posn.Filename] = append(byFile[d.Posn.Filename], findingDiagnostic(src, d))
	}
	for _, p := range checked.Problems {
		if p.Posn.Filename == "" || p.Posn.Line < 1 {
			s.logf(ctx, protocol.MessageTypeError, "%s", p.Message)
			continue
		}
		byFile[p.Posn.Filename] = append(byFile[p.Posn.Filename], protocol.Diagnostic{
			Range:    src.span(p.Posn, token.Position{}),
			Severity: protocol.DiagnosticSeverityError,
			Source:   "hrvet",
			Message:  p.Message,
		})
	}
	for _, f := range s.state.replace(dir, byFile, checked.Files) {
		err := s.conn.Notify(ctx, protocol.MethodTextDocumentPublishDiagnostics, &protocol.PublishDiagnosticsParams{
			URI:         uri.File(f),
			Diagnostics: s.state.of(f),
		})
		if err != nil {
			s.logf(ctx, protocol.MessageTypeError, "publishing diagnostics of %s: %v", f, err)
		}
	}
}

// findingDiagnostic converts one of hrvet's findings: a warning, since
// the code builds and runs, with the analyzer's name as code and the path
// of the data as related information.
func findingDiagnostic(src sources, d driver.Diagnostic) protocol.Diagnostic {
	out := protocol.Diagnostic{
		Range:    src.span(d.Posn, d.End),
		Severity: protocol.DiagnosticSeverityWarning,
		Code:     d.Analyzer,
		Source:   "hrvet",
		Message:  d.Message,
	}
	for _, r := range d.Related {
		if r.Posn.Filename == "" {
			continue
		}
		out.RelatedInformation = append(out.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: uri.File(r.Posn.Filename), Range: src.span(r.Posn, r.End)},
			Message:  r.Message,
		})
	}
	return out
}

// published is the diagnostics last sent, by the directory whose analysis
// found them and by file: a file's list is the union over directories,
// since a config file's error is found by every package it covers.
type published struct {
	byDir map[string]map[string][]protocol.Diagnostic
}

func newPublished() *published {
	return &published{byDir: make(map[string]map[string][]protocol.Diagnostic)}
}

// replace records what dir's analysis found, for the files in found and
// the files it covered, and returns the files whose lists to send again,
// sorted: those with diagnostics now, those that had some from dir
// before, and the covered ones, so that a fixed file is cleared.
func (p *published) replace(dir string, found map[string][]protocol.Diagnostic, covered []string) []string {
	send := make(map[string]bool)
	for f := range p.byDir[dir] {
		send[f] = true
	}
	for f := range found {
		send[f] = true
	}
	for _, f := range covered {
		send[f] = true
	}
	p.byDir[dir] = found
	return slices.Sorted(maps.Keys(send))
}

// of returns file's diagnostics over every directory, each once, in order
// of place; never nil, since an empty list is what clears an editor's.
func (p *published) of(file string) []protocol.Diagnostic {
	out := []protocol.Diagnostic{}
	seen := make(map[string]bool)
	for _, dir := range slices.Sorted(maps.Keys(p.byDir)) {
		for _, d := range p.byDir[dir][file] {
			key := fmt.Sprintf("%v %v %s", d.Range, d.Code, d.Message)
			if !seen[key] {
				seen[key] = true
				out = append(out, d)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b protocol.Diagnostic) int {
		if a.Range.Start.Line != b.Range.Start.Line {
			return int(a.Range.Start.Line) - int(b.Range.Start.Line)
		}
		return int(a.Range.Start.Character) - int(b.Range.Start.Character)
	})
	return out
}
