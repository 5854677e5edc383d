package lsp

import (
	"bytes"
	"go/token"
	"os"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"go.lsp.dev/protocol"
)

// sources reads files for position conversion, each once per analysis:
// go/token counts columns in bytes from 1, LSP in UTF-16 code units from 0,
// and only the line's text can tell one from the other.
type sources map[string][]byte // nil: unreadable

func (src sources) line(file string, line int) ([]byte, bool) {
	data, ok := src[file]
	if !ok {
		data, _ = os.ReadFile(file) // unreadable: positions fall back to bytes
		src[file] = data
	}
	if data == nil || line < 1 {
		return nil, false
	}
	for range line - 1 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return nil, false
		}
		data = data[i+1:]
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		data = data[:i]
	}
	return bytes.TrimSuffix(data, []byte("\r")), true
}

// position converts p, with a valid line, to an LSP position; a column of
// 0 (only the line known) is the line's start.
func (src sources) position(p token.Position) protocol.Position {
	pos := protocol.Position{Line: uint32(max(p.Line-1, 0))}
	if p.Column < 1 {
		return pos
	}
	text, ok := src.line(p.Filename, p.Line)
	if !ok {
		pos.Character = uint32(p.Column - 1)
		return pos
	}
	pos.Character = utf16Len(text[:min(p.Column-1, len(text))])
	return pos
}

// span converts the range from start to end; with no end after start it covers
// the word at start, or the whole line when only the line is known, so
// that the editor has something to underline.
func (src sources) span(start, end token.Position) protocol.Range {
	r := protocol.Range{Start: src.position(start)}
	switch {
	case end.IsValid() && end.Filename == start.Filename && end.Offset > start.Offset:
		r.End = src.position(end)
	case start.Column < 1:
		r.End = r.Start
		if text, ok := src.line(start.Filename, start.Line); ok {
			r.End.Character = utf16Len(text)
		}
	default:
		r.End = r.Start
		if text, ok := src.line(start.Filename, start.Line); ok && start.Column-1 <= len(text) {
			rest := text[start.Column-1:]
			n := 0
			for n < len(rest) {
				c, size := utf8.DecodeRune(rest[n:])
				if c != '_' && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
					break
				}
				n += size
			}
			r.End.Character += utf16Len(rest[:n])
		}
	}
	return r
}

// utf16Len counts the UTF-16 code units of b.
func utf16Len(b []byte) uint32 {
	n := 0
	for len(b) > 0 {
		c, size := utf8.DecodeRune(b)
		n += utf16.RuneLen(c) // an invalid byte decodes as U+FFFD: one unit
		b = b[size:]
	}
	return uint32(n)
}
