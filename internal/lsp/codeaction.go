package lsp

import (
	"bytes"

	"github.com/hrvet/hrvet/internal/driver"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// findingActions returns the quick fixes for a finding, computed with the
// file as analysed: each of the analyzer's suggested fixes (logleak's
// annotations.Mask), then an //hrvet:ignore of the analyzer on the line
// above. The ignore is inserted without a reason on purpose: hrvet reports
// an ignore without one, so the editor asks for the reason rather than
// hrvet inventing it.
func findingActions(src sources, d driver.Diagnostic, diag protocol.Diagnostic) []protocol.CodeAction {
	var out []protocol.CodeAction
	for _, fix := range d.Fixes {
		changes := make(map[protocol.DocumentURI][]protocol.TextEdit)
		for _, e := range fix.Edits {
			u := uri.File(e.Posn.Filename)
			changes[u] = append(changes[u], protocol.TextEdit{
				Range:   protocol.Range{Start: src.position(e.Posn), End: src.position(e.End)},
				NewText: e.NewText,
			})
		}
		out = append(out, protocol.CodeAction{
			Title:       fix.Message,
			Kind:        protocol.QuickFix,
			Diagnostics: []protocol.Diagnostic{diag},
			IsPreferred: true,
			Edit:        &protocol.WorkspaceEdit{Changes: changes},
		})
	}
	if d.Posn.Line < 1 {
		return out
	}
	indent := ""
	if text, ok := src.line(d.Posn.Filename, d.Posn.Line); ok {
		indent = string(text[:len(text)-len(bytes.TrimLeft(text, " \t"))])
	}
	start := protocol.Position{Line: uint32(d.Posn.Line - 1)}
	out = append(out, protocol.CodeAction{
		Title:       "Ignore " + d.Analyzer + " here (//hrvet:ignore; write the reason after it)",
		Kind:        protocol.QuickFix,
		Diagnostics: []protocol.Diagnostic{diag},
		Edit: &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{
			uri.File(d.Posn.Filename): {{
				Range:   protocol.Range{Start: start, End: start},
				NewText: indent + "//hrvet:ignore " + d.Analyzer + "\n",
			}},
		}},
	})
	return out
}

// codeActions answers textDocument/codeAction: the actions of the
// published diagnostics of the document whose lines meet the range asked
// about.
func (s *Server) codeActions(params *protocol.CodeActionParams) []protocol.CodeAction {
	out := []protocol.CodeAction{}
	if !isFileURI(params.TextDocument.URI) {
		return out
	}
	for _, e := range s.state.entries(params.TextDocument.URI.Filename()) {
		r := e.diag.Range
		if r.Start.Line > params.Range.End.Line || r.End.Line < params.Range.Start.Line {
			continue
		}
		out = append(out, e.actions...)
	}
	return out
}
