package directive

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hrvet/hrvet/internal/suggest"
)

// lookAlike reports a comment that reads as a directive to a person but is
// not one to hrvet, so the annotation it was meant to be would silently
// do nothing: "// hrvet:ignore" (a space after the slashes), "//hrvet：ignore"
// (a full-width colon, as an input method for Chinese or Japanese types
// it), "//hrvеt:ignore" (a Cyrillic е, as a Russian keyboard layout types
// it), full-width letters. ("//HRVET:" is another prefix, not a typo.) Only a known verb, or a near miss of
// one, right after the colon counts, so prose that happens to start with
// "hrvet:" stays quiet. The fix writes the prefix as //hrvet:. (The
// slashes are ASCII: a line starting with full-width ones is no comment,
// and the compiler says so.)
func (p *commentParser) lookAlike() *Error {
	t := p.text
	if !strings.HasPrefix(t, "//") {
		return nil
	}
	var why []string // what differs from //hrvet:, in order
	off := 2
	// Space after the slashes.
	spaced := false
	for off < len(t) {
		r, n := utf8.DecodeRuneInString(t[off:])
		if !unicode.IsSpace(r) {
			break
		}
		spaced = true
		off += n
	}
	// "hrvet", each letter ASCII or a look-alike.
	for _, want := range "hrvet" {
		r, n := utf8.DecodeRuneInString(t[off:])
		if r == want {
			off += n
			continue
		}
		if foldLetter(r) != want {
			return nil
		}
		switch {
		case 'Ａ' <= r && r <= 'ｚ':
			why = appendOnce(why, "full-width letters")
		default:
			why = appendOnce(why, fmt.Sprintf("%q (%U) for %q", r, r, want))
		}
		off += n
	}
	// The colon.
	r, n := utf8.DecodeRuneInString(t[off:])
	switch {
	case r == ':':
	case colonLike[r]:
		why = appendOnce(why, fmt.Sprintf("%q (%U) for ':'", r, r))
	default:
		return nil
	}
	off += n
	verbOff := off
	end := verbOff
	for end < len(t) && isASCIILetter(t[end]) {
		end++
	}
	verb := t[verbOff:end]
	if verb == "" || end < len(t) && !isSpaceByte(t[end]) {
		return nil
	}
	if suggest.Nearest(verb, verbNames()) == "" {
		return nil
	}
	if len(why) == 0 {
		if !spaced {
			return nil // the directive itself
		}
		fix := p.replace(2, verbOff-len("hrvet:"), "", "Remove the space after //")
		return p.errorAll(fmt.Sprintf("%q is not a directive because of the space after //; write //hrvet:%s", t[:end], verb), fix)
	}
	if spaced {
		why = append(why, "a space after //")
	}
	fix := p.replace(0, verbOff, Prefix, "Write the prefix as //hrvet:")
	return p.errorAll(fmt.Sprintf("%q is not a directive: it has %s; write //hrvet:%s", t[:end], strings.Join(why, ", "), verb), fix)
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// colonLike are the characters that look like a colon in a comment.
var colonLike = map[rune]bool{
	'：': true, // U+FF1A FULLWIDTH COLON
	'﹕': true, // U+FE55 SMALL COLON
	'∶': true, // U+2236 RATIO
	'꞉': true, // U+A789 MODIFIER LETTER COLON
	'ː': true, // U+02D0 MODIFIER LETTER TRIANGULAR COLON
	'︓': true, // U+FE13 PRESENTATION FORM FOR VERTICAL COLON
}

// foldLetter maps a letter that looks like one of "hrvet" to it: the
// full-width forms (U+FF01-FF5E are ASCII shifted by 0xFEE0), and the
// lower-case Cyrillic letters a Russian or Ukrainian layout types in their
// place. Anything else maps to itself.
func foldLetter(r rune) rune {
	if 'ａ' <= r && r <= 'ｚ' {
		return r - 0xFEE0
	}
	switch r {
	case 'һ': // Cyrillic shha
		return 'h'
	case 'е': // Cyrillic ie
		return 'e'
	case 'ѵ': // Cyrillic izhitsa
		return 'v'
	}
	return r
}
