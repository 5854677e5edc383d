package lsp

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/internal/inventory"
	"go.lsp.dev/protocol"
	"golang.org/x/tools/go/analysis"
)

// withInventory returns analyzers with inventory.Analyzer added, for the
// record of processing the hover reads; it reports nothing itself.
func withInventory(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	if slices.Contains(analyzers, inventory.Analyzer) {
		return analyzers
	}
	return append(slices.Clip(analyzers), inventory.Analyzer)
}

// hover answers textDocument/hover on the name of a personal field's
// declaration: its category and class, how it was marked, its legal basis
// if any, and where its data go, from the records of the packages analysed
// so far. Anything else gets no hover (null), as the protocol asks.
func (s *Server) hover(params *protocol.HoverParams) *protocol.Hover {
	if !isFileURI(params.TextDocument.URI) {
		return nil
	}
	file := params.TextDocument.URI.Filename()
	line := int(params.Position.Line) + 1
	records := s.state.records()

	field, ok := fieldAt(records, file, line, int(params.Position.Character))
	if !ok {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**: personal data, category `%s` (%s)\n\n", field.Name, field.Category, field.Class)
	b.WriteString("Marked " + markText(field.Marked) + ".\n")
	if field.Basis != "" {
		fmt.Fprintf(&b, "\nLegal basis: %s\n", field.Basis)
	}
	flows := flowsOf(records, field)
	if len(flows) == 0 {
		b.WriteString("\nNo flow to a sink found in the packages analysed.\n")
	} else {
		b.WriteString("\nWhere its data go:\n")
		for _, f := range flows {
			fmt.Fprintf(&b, "- %s (%s) at %s, guard: %s\n", f.Sink.Name, f.Sink.Kind, f.Pos, f.Guard.Kind)
		}
	}
	return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: b.String()}}
}

// fieldAt finds the personal field declared at file:line whose name the
// 0-based UTF-16 column char falls in. Field names are Go identifiers,
// ASCII in practice, so the name's length in bytes bounds it; a column
// beyond every name on the line matches nothing.
func fieldAt(records []*inventory.Record, file string, line, char int) (inventory.Field, bool) {
	for _, r := range records {
		for _, f := range r.Fields {
			if f.Pos.File != file || f.Pos.Line != line {
				continue
			}
			_, name, _ := strings.Cut(f.Name, ".")
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				name = name[i+1:]
			}
			start := f.Pos.Column - 1
			if char >= start && char <= start+len(name) {
				return f, true
			}
		}
	}
	return inventory.Field{}, false
}

// markText says how a field was marked, as the inventory records it.
func markText(m inventory.Mark) string {
	switch m.By {
	case "tag":
		return "by its `pd` tag"
	case "config":
		if m.Config != nil {
			return "in .hrvet.yaml, at " + m.Config.String()
		}
		return "in .hrvet.yaml"
	case "inferred":
		return fmt.Sprintf("by inference: the %s name matched the term %q", m.Source, m.Term)
	}
	return "as " + m.By
}

// flowsOf returns the flows carrying field's data, each once, by position.
func flowsOf(records []*inventory.Record, field inventory.Field) []inventory.Flow {
	var out []inventory.Flow
	seen := make(map[string]bool)
	for _, r := range records {
		for _, f := range r.Flows {
			if seen[f.Pos.String()+f.Sink.Name] {
				continue
			}
			if slices.ContainsFunc(f.Data, func(d inventory.Datum) bool { return d.Field == field.Name }) {
				seen[f.Pos.String()+f.Sink.Name] = true
				out = append(out, f)
			}
		}
	}
	slices.SortFunc(out, func(a, b inventory.Flow) int { return strings.Compare(a.Pos.String(), b.Pos.String()) })
	return out
}
