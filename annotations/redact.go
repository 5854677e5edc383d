package annotations

import (
	"strings"
	"unicode"
)

// The redactors below are known to hrvet's analyzers: their results carry no
// personal data, so passing a value through one of them before a log or a
// transfer is not reported.

// Mask replaces every letter and digit of s with '*', keeping its length and
// separators, so a log line keeps its shape but not its content.
//
//hrvet:redact
func Mask(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isAlnum(r) {
			b.WriteByte('*')
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// MaskTail masks all but the last n letters and digits of s, the usual way
// to show a phone or card number ("***-**-67").
//
//hrvet:redact
func MaskTail(s string, n int) string {
	rs := []rune(s)
	keep := 0
	for i := len(rs) - 1; i >= 0; i-- {
		if !isAlnum(rs[i]) {
			continue
		}
		if keep < n {
			keep++
			continue
		}
		rs[i] = '*'
	}
	return string(rs)
}

// Redacted returns a fixed placeholder for any value, for fields that must
// not appear in output at all.
//
//hrvet:redact
func Redacted(any) string { return "[redacted]" }

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
