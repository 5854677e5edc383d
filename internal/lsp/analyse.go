package lsp

import (
	"context"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"

	"github.com/hrvet/hrvet/internal/config"
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

// round brings the sessions of files up to date: one run per build, with
// every file of it that was saved. A .hrvet.yaml goes to every session,
// which analyses again the packages below it.
func (s *Server) round(ctx context.Context, files []string) {
	byDir := make(map[string][]string)
	var configs []string
	for _, file := range files {
		if filepath.Base(file) == config.FileName {
			configs = append(configs, file)
			continue
		}
		dir := buildDir(filepath.Dir(file))
		byDir[dir] = append(byDir[dir], file)
	}
	if len(configs) > 0 {
		for _, dir := range slices.Sorted(maps.Keys(s.sessions)) {
			byDir[dir] = append(byDir[dir], configs...)
		}
	}
	for _, dir := range slices.Sorted(maps.Keys(byDir)) {
		s.analyse(ctx, dir, byDir[dir])
	}
}

// buildDir returns the directory whose build holds the package in dir:
// the nearest above it with a go.work, else with a go.mod, else dir
// itself. The go command runs there, so that "./..." is the whole module
// or workspace, as gopls sees it.
func buildDir(dir string) string {
	for _, name := range []string{"go.work", "go.mod"} {
		for d := dir; ; {
			if _, err := os.Stat(filepath.Join(d, name)); err == nil {
				return d
			}
			up := filepath.Dir(d)
			if up == d {
				break
			}
			d = up
		}
	}
	return dir
}

// analyse runs the session of the build in dir, after files were saved or
// opened, and publishes what it found: for the whole build the first
// time, then for the saved packages and those that import them, with the
// facts of the rest kept (driver.Session). A bug that panics is logged
// rather than ending the editor's session.
func (s *Server) analyse(ctx context.Context, dir string, files []string) {
	defer func() {
		if r := recover(); r != nil {
			s.logf(ctx, protocol.MessageTypeError, "analysing %s: internal error: %v\n%s", dir, r, debug.Stack())
		}
	}()
	session := s.sessions[dir]
	if session == nil {
		var err error
		if session, err = driver.NewSession(dir, s.analyzers); err != nil {
			s.logf(ctx, protocol.MessageTypeError, "%v", err)
			return
		}
		s.sessions[dir] = session
	}
	checked, err := session.Run(files)
	if err != nil {
		s.logf(ctx, protocol.MessageTypeError, "%v", err)
		return
	}
	s.publish(ctx, filepath.Dir(files[0]), checked)
}

// publish sends what an analysis triggered by a file of dir found, and
// clears what its packages had before.
func (s *Server) publish(ctx context.Context, dir string, checked *driver.Checked) {
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
