package lsp

import (
	"context"
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

// analyse checks the package of file, and the workspace's packages that
// import it, and publishes what it found. The
// go command runs in the file's directory, so the nearest go.mod or
// go.work decides the build, as it does for gopls. A bug that panics is
// logged rather than ending the editor's session.
func (s *Server) analyse(ctx context.Context, dir, file string) {
	defer func() {
		if r := recover(); r != nil {
			s.logf(ctx, protocol.MessageTypeError, "analysing %s: internal error: %v\n%s", file, r, debug.Stack())
		}
	}()
	patterns := []string{"file=" + file}
	s.mu.Lock()
	root := s.root
	s.mu.Unlock()
	if more, err := importers(root, dir); err != nil {
		s.logf(ctx, protocol.MessageTypeWarning, "%v; analysing %s alone", err, file)
	} else {
		patterns = append(patterns, more...)
	}
	checked, err := driver.Check(dir, patterns, s.analyzers)
	if err != nil {
		s.logf(ctx, protocol.MessageTypeError, "%v", err)
		return
	}
	s.state.setRecords(checked.Records)
	src := make(sources)
	byFile := make(map[string][]entry)
	for _, d := range checked.Diagnostics {
		diag := findingDiagnostic(src, d)
		byFile[d.Posn.Filename] = append(byFile[d.Posn.Filename], entry{diag, findingActions(src, d, diag)})
	}
	for _, p := range checked.Problems {
		if p.Posn.Filename == "" {
			s.logf(ctx, protocol.MessageTypeError, "%s", p.Message)
			continue
		}
		if p.Posn.Line < 1 {
			// A file's problem with no line (a config that is no YAML
			// map) still belongs to the file: its first line.
			p.Posn.Line, p.Posn.Column = 1, 0
		}
		byFile[p.Posn.Filename] = append(byFile[p.Posn.Filename], entry{diag: protocol.Diagnostic{
			Range:    src.span(p.Posn, token.Position{}),
			Severity: protocol.DiagnosticSeverityError,
			Source:   "hrvet",
			Message:  p.Message,
		}})
	}
	for _, f := range s.state.replace(dir, byFile, checked.Files) {
		err := s.conn.Notify(ctx, protocol.MethodTextDocumentPublishDiagnostics, &protocol.PublishDiagnosticsParams{
			URI:         uri.File(f),
			Diagnostics: s.state.diagnostics(f),
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
