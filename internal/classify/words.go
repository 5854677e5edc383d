package classify

import (
	"unicode"
	"unicode/utf8"
)

// Words splits an identifier into lower-case words: camelCase, PascalCase,
// snake_case, kebab-case, digits as their own words, acronyms
// ("HTTPServerURL" -> http server url, "INNNumber" -> inn number), and
// Cyrillic identifiers too (lower-cased, Unicode-aware).
//
// Any rune that is neither a letter, a mark nor a digit separates words,
// except apostrophes, which are dropped so that a transliterated "sem'ya"
// stays one word. A change of script (Latin, Cyrillic, other) starts a new
// word. An acronym keeps a lone trailing "s" or "v" ("IDs", "URLs",
// "IPv4" -> ipv 4). Words returns nil when the identifier has no words.
func Words(ident string) []string {
	var textBuf [128]byte
	var endBuf [16]int
	ws := splitWords(ident, textBuf[:0], endBuf[:0])
	if ws.len() == 0 {
		return nil
	}
	out := make([]string, ws.len())
	for i := range out {
		out[i] = string(ws.word(i))
	}
	return out
}

// wordList is the result of splitWords: the lower-cased words of an
// identifier stored back to back in text, word i ending at ends[i].
type wordList struct {
	text []byte
	ends []int
}

func (l wordList) len() int { return len(l.ends) }

func (l wordList) word(i int) []byte {
	start := 0
	if i > 0 {
		start = l.ends[i-1]
	}
	return l.text[start:l.ends[i]]
}

// runeClass is what the splitter needs to know about a rune.
type runeClass uint8

const (
	classSep runeClass = iota
	classUpper
	classLower // lower-case letters, letters without case, and marks
	classDigit
	classApostrophe
)

func classOf(r rune) runeClass {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'a' <= r && r <= 'z':
			return classLower
		case 'A' <= r && r <= 'Z':
			return classUpper
		case '0' <= r && r <= '9':
			return classDigit
		case r == '\'':
			return classApostrophe
		}
		return classSep
	case r == '\u2019' || r == '\u02bc': // right single quotation mark, modifier letter apostrophe
		return classApostrophe
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return classUpper
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return classLower
	case unicode.IsDigit(r):
		return classDigit
	}
	return classSep
}

// script tells Latin from Cyrillic from everything else, so that
// "telefonНомер"-style mixtures split even without a case change.
func script(r rune) uint8 {
	switch {
	case r < utf8.RuneSelf:
		return 1
	case unicode.Is(unicode.Latin, r):
		return 1
	case unicode.Is(unicode.Cyrillic, r):
		return 2
	case unicode.IsMark(r):
		return 0 // a mark belongs to whatever it follows
	}
	return 3
}

// splitWords splits ident into lower-cased words, appending their bytes to
// text and their end offsets to ends. Callers pass slices of stack arrays
// so that the common case allocates nothing.
func splitWords(ident string, text []byte, ends []int) wordList {
	inWord := false
	var prev runeClass
	var prevScript uint8
	endWord := func() {
		if inWord {
			ends = append(ends, len(text))
			inWord = false
		}
	}
	for i := 0; i < len(ident); {
		r, size := rune(ident[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(ident[i:])
		}
		c := classOf(r)
		switch c {
		case classSep:
			endWord()
			i += size
			continue
		case classApostrophe:
			// Dropped; it neither ends nor starts a word.
			i += size
			continue
		}
		sc := script(r)
		if inWord {
			switch {
			case c == classDigit && prev != classDigit,
				c != classDigit && prev == classDigit,
				c == classUpper && prev == classLower,
				sc != 0 && prevScript != 0 && sc != prevScript:
				endWord()
			case c == classUpper && prev == classUpper && acronymEnds(ident[i+size:]):
				// "HTTPServer": the last capital before a lower-case
				// letter starts the next word.
				endWord()
			}
		}
		switch {
		case c == classUpper && r < utf8.RuneSelf:
			text = append(text, byte(r)+'a'-'A')
		case r < utf8.RuneSelf:
			text = append(text, byte(r))
		default:
			text = utf8.AppendRune(text, unicode.ToLower(r))
		}
		inWord = true
		prev = c
		if sc != 0 {
			prevScript = sc
		}
		i += size
	}
	endWord()
	return wordList{text: text, ends: ends}
}

// acronymEnds reports whether the upper-case rune just read, preceded by
// another upper-case rune, starts a new word given the text that follows:
// it does when a lower-case letter follows, unless that letter is a lone
// "s" or "v" closing the acronym ("IDs", "URLs", "IPv6").
func acronymEnds(rest string) bool {
	r, size := utf8.DecodeRuneInString(rest)
	if size == 0 || classOf(r) != classLower {
		return false
	}
	if r == 's' || r == 'v' {
		next, n := utf8.DecodeRuneInString(rest[size:])
		if n == 0 || classOf(next) != classLower {
			return false
		}
	}
	return true
}
