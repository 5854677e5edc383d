package lsp_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

func TestHoverOnPersonalField(t *testing.T) {
	root := fixture(t, map[string]string{"staff/staff.go": leakySource})
	file := filepath.Join(root, "staff", "staff.go")
	c := start(t, root)
	c.open(file)
	c.diagnosticsOf(file) // the analysis the hover reads is done

	hover := func(line, char uint32) string {
		t.Helper()
		var h *protocol.Hover
		if _, err := c.conn.Call(context.Background(), protocol.MethodTextDocumentHover, &protocol.HoverParams{
			TextDocumentPositionParams: protocol.TextDocumentPositionParams{
				TextDocument: protocol.TextDocumentIdentifier{URI: uri.File(file)},
				Position:     protocol.Position{Line: line, Character: char},
			},
		}, &h); err != nil {
			t.Fatalf("hover: %v", err)
		}
		if h == nil {
			return ""
		}
		return h.Contents.Value
	}

	// "\tPhone string `pd:\"phone\"`", line 8: the cursor inside Phone.
	got := hover(7, 3)
	for _, want := range []string{"**Employee.Phone**", "category `phone`", "by its `pd` tag", "log.Printf (log) at " + file + ":17:3, guard: none"} {
		if !strings.Contains(got, want) {
			t.Errorf("hover on Phone lacks %q:\n%s", want, got)
		}
	}
	// Name, line 7, is marked by inference.
	if got := hover(6, 1); !strings.Contains(got, "**Employee.Name**") || !strings.Contains(got, "by inference") {
		t.Errorf("hover on Name:\n%s\nwant Employee.Name, marked by inference", got)
	}
	// Past the field's name, and on other lines, nothing.
	if got := hover(7, 20); got != "" {
		t.Errorf("hover on Phone's tag: %q, want none", got)
	}
	if got := hover(0, 3); got != "" {
		t.Errorf("hover on the package clause: %q, want none", got)
	}
	c.close()
}
