package lsp

import (
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"go.lsp.dev/protocol"
)

// Columns count UTF-16 units from 0: Cyrillic letters are two bytes and
// one unit, an emoji four bytes and two units.
func TestPositionUTF16(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.go")
	text := "package a\n\tlog.Printf(\"звонок 📞 %s\", e.Phone)\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	src := make(sources)
	// "e.Phone" starts at byte 36 of line 2 (1-based column 37): the tab,
	// 'log.Printf("' (12 bytes), "звонок" (12), a space, the emoji (4),
	// ' %s", ' (6); in UTF-16 units that is 1+12+6+1+2+6 = 28.
	at := token.Position{Filename: file, Line: 2, Column: 37}
	if got, want := src.position(at), (protocol.Position{Line: 1, Character: 28}); got != want {
		t.Errorf("position %v: %+v, want %+v", at, got, want)
	}
	// With no end, the span covers the identifier at the start: "e".
	if got, want := src.span(at, token.Position{}), (protocol.Range{Start: protocol.Position{Line: 1, Character: 28}, End: protocol.Position{Line: 1, Character: 29}}); got != want {
		t.Errorf("span at %v: %+v, want %+v", at, got, want)
	}
	// Only the line known: the whole line.
	line := token.Position{Filename: file, Line: 2}
	if got, want := src.span(line, token.Position{}), (protocol.Range{Start: protocol.Position{Line: 1}, End: protocol.Position{Line: 1, Character: 36}}); got != want {
		t.Errorf("span of line 2: %+v, want %+v", got, want)
	}
}
