package lsp_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

func TestCodeActionsMaskAndIgnore(t *testing.T) {
	root := fixture(t, map[string]string{"staff/staff.go": leakySource})
	file := filepath.Join(root, "staff", "staff.go")
	c := start(t, root)

	c.open(file)
	diags := c.diagnosticsOf(file)
	if len(diags) != 1 {
		t.Fatalf("diagnostics: %+v, want logleak's one", diags)
	}
	var actions []protocol.CodeAction
	if _, err := c.conn.Call(context.Background(), protocol.MethodTextDocumentCodeAction, &protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: uri.File(file)},
		Range:        diags[0].Range,
		Context:      protocol.CodeActionContext{Diagnostics: diags},
	}, &actions); err != nil {
		t.Fatalf("codeAction: %v", err)
	}
	var titles []string
	for _, a := range actions {
		titles = append(titles, a.Title)
	}
	want := []string{
		"Wrap the personal data in annotations.Mask",
		"Ignore logleak here (//hrvet:ignore; write the reason after it)",
	}
	if !slices.Equal(titles, want) {
		t.Fatalf("code actions %q, want %q", titles, want)
	}

	masked := apply(t, leakySource, actions[0].Edit.Changes[uri.File(file)])
	for _, s := range []string{`log.Printf("calling %s", annotations.Mask(e.Phone))`, `"github.com/hrvet/hrvet/annotations"`} {
		if !strings.Contains(masked, s) {
			t.Errorf("after the Mask fix the file lacks %s:\n%s", s, masked)
		}
	}
	ignored := apply(t, leakySource, actions[1].Edit.Changes[uri.File(file)])
	if want := "\t\t//hrvet:ignore logleak\n\t\tlog.Printf("; !strings.Contains(ignored, want) {
		t.Errorf("after the ignore action the file lacks %q:\n%s", want, ignored)
	}

	// A range away from the finding offers nothing.
	if _, err := c.conn.Call(context.Background(), protocol.MethodTextDocumentCodeAction, &protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: uri.File(file)},
		Range:        protocol.Range{End: protocol.Position{Line: 1}},
	}, &actions); err != nil {
		t.Fatalf("codeAction: %v", err)
	}
	if len(actions) != 0 {
		t.Errorf("code actions on line 1: %+v, want none", actions)
	}
	c.close()
}

// apply applies LSP edits to an ASCII text, where UTF-16 columns are
// byte columns.
func apply(t *testing.T, text string, edits []protocol.TextEdit) string {
	t.Helper()
	offset := func(p protocol.Position) int {
		off := 0
		for range p.Line {
			i := strings.IndexByte(text[off:], '\n')
			if i < 0 {
				t.Fatalf("position %+v beyond the text", p)
			}
			off += i + 1
		}
		return off + int(p.Character)
	}
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b protocol.TextEdit) int { return offset(b.Range.Start) - offset(a.Range.Start) })
	for _, e := range edits {
		text = text[:offset(e.Range.Start)] + e.NewText + text[offset(e.Range.End):]
	}
	return text
}
