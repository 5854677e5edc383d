// Package jwriter is a stub of easyjson's writer, with the method set
// generated MarshalJSON methods call. Its methods append what they are
// given to the writer's buffer.
package jwriter

// Buffer is the writer's output.
type Buffer struct{ Buf []byte }

// BuildBytes returns the bytes written.
func (b *Buffer) BuildBytes() []byte { return b.Buf }

// Writer writes JSON.
type Writer struct {
	Error  error
	Buffer Buffer
}

// RawString writes s as it is.
func (w *Writer) RawString(s string) { w.Buffer.Buf = append(w.Buffer.Buf, s...) }

// String writes s quoted.
func (w *Writer) String(s string) {
	w.Buffer.Buf = append(w.Buffer.Buf, '"')
	w.Buffer.Buf = append(w.Buffer.Buf, s...)
	w.Buffer.Buf = append(w.Buffer.Buf, '"')
}

// RawByte writes c.
func (w *Writer) RawByte(c byte) { w.Buffer.Buf = append(w.Buffer.Buf, c) }
