// Package annotations stands in for github.com/hrvet/hrvet/annotations in
// the GOPATH-mode fixtures, which cannot import the module itself. It keeps
// the redactors' names, signatures and directives; the bodies return
// constants so that nothing but the directive makes them redactors.
package annotations

// Mask hides every letter and digit of s.
//
//hrvet:redact
func Mask(s string) string { return "***" }

// MaskTail hides all but the last n letters and digits of s.
//
//hrvet:redact
func MaskTail(s string, n int) string { return "***" }

// Redacted returns a placeholder for any value.
//
//hrvet:redact
func Redacted(any) string { return "[redacted]" }
