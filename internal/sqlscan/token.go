package sqlscan

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what a token is.
type Kind uint8

// The token kinds.
const (
	Ident       Kind = iota + 1 // a bare identifier or keyword
	QuotedIdent                 // "x", `x` or [x]
	String                      // '...', E'...', $$...$$
	Number                      // 42, 3.14, 1e6
	Param                       // $1, ?, :name, @name
	Op                          // punctuation and operators
)

// Token is one lexical token of an SQL text.
type Token struct {
	Kind Kind
	// Text is the token as written, except for a quoted identifier, whose
	// Text is the name without its quotes (doubled quotes made single).
	Text string
	// Pos and End are the byte offsets of the token in the text, [Pos, End).
	Pos, End int
}

// multiOps are the operators of more than one character that matter for
// telling a comparison from something else, longest first.
var multiOps = []string{"->>", "#>>", "<>", "!=", "<=", ">=", "::", "||", "->", "#>", "#-", "=>", ":=", "@>", "<@", "&&"}

// Tokenize splits src into tokens, dropping white space and comments. It
// accepts any input.
func Tokenize(src string) []Token {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		next := byteAt(src, i+1)
		start := i
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case c == '-' && next == '-':
			i = lineEnd(src, i)
			continue
		case c == '/' && next == '*':
			i = blockCommentEnd(src, i)
			continue
		case c == '#' && next != '>' && next != '-':
			i = lineEnd(src, i)
			continue
		case c == '\'':
			i = stringEnd(src, i+1, false)
			toks = append(toks, Token{Kind: String, Text: src[start:i], Pos: start, End: i})
		case c == '"' || c == '`':
			var name string
			name, i = quotedIdent(src, i, c)
			toks = append(toks, Token{Kind: QuotedIdent, Text: name, Pos: start, End: i})
		case c == '[':
			if name, end, ok := bracketIdent(src, i); ok {
				i = end
				toks = append(toks, Token{Kind: QuotedIdent, Text: name, Pos: start, End: i})
			} else {
				i++
				toks = append(toks, Token{Kind: Op, Text: "[", Pos: start, End: i})
			}
		case c == '$':
			var k Kind
			k, i = dollar(src, i)
			toks = append(toks, Token{Kind: k, Text: src[start:i], Pos: start, End: i})
		case c == '?':
			i++
			toks = append(toks, Token{Kind: Param, Text: "?", Pos: start, End: i})
		case (c == ':' || c == '@') && identStartAt(src, i+1):
			i = identEnd(src, i+1)
			toks = append(toks, Token{Kind: Param, Text: src[start:i], Pos: start, End: i})
		case isDigit(c) || (c == '.' && isDigit(next)):
			i = numberEnd(src, i)
			toks = append(toks, Token{Kind: Number, Text: src[start:i], Pos: start, End: i})
		case identStartAt(src, i):
			i = identEnd(src, i)
			if i-start == 1 && byteAt(src, i) == '\'' && strings.IndexByte("EeNnBbXx", c) >= 0 {
				// A prefixed string: E'...', N'...', B'...', X'...'.
				i = stringEnd(src, i+1, c == 'E' || c == 'e')
				toks = append(toks, Token{Kind: String, Text: src[start:i], Pos: start, End: i})
				continue
			}
			toks = append(toks, Token{Kind: Ident, Text: src[start:i], Pos: start, End: i})
		default:
			i = opEnd(src, i)
			toks = append(toks, Token{Kind: Op, Text: src[start:i], Pos: start, End: i})
		}
	}
	return toks
}

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// identStartAt reports whether an identifier starts at src[i]: an ASCII
// letter, '_', or a non-ASCII letter.
func identStartAt(src string, i int) bool {
	if i >= len(src) {
		return false
	}
	c := src[i]
	if c < utf8.RuneSelf {
		return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// identEnd returns the end of the identifier starting at i.
func identEnd(src string, i int) int {
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '_' || c == '$' || isDigit(c) || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
				i++
				continue
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			return i
		}
		i += size
	}
	return i
}

func lineEnd(src string, i int) int {
	if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(src)
}

// blockCommentEnd returns the end of the /* comment starting at i,
// counting nested comments as PostgreSQL does.
func blockCommentEnd(src string, i int) int {
	depth := 0
	for i < len(src) {
		switch {
		case src[i] == '/' && byteAt(src, i+1) == '*':
			depth++
			i += 2
		case src[i] == '*' && byteAt(src, i+1) == '/':
			depth--
			i += 2
			if depth == 0 {
				return i
			}
		default:
			i++
		}
	}
	return len(src)
}

// stringEnd returns the end of a '...' string whose content starts at i.
// A doubled quote is a quote; with backslashes, \x escapes x.
func stringEnd(src string, i int, backslashes bool) int {
	for i < len(src) {
		switch src[i] {
		case '\\':
			if backslashes {
				i += 2
				continue
			}
		case '\'':
			if byteAt(src, i+1) == '\'' {
				i += 2
				continue
			}
			return i + 1
		}
		i++
	}
	return len(src)
}

// quotedIdent reads the identifier quoted with q starting at i and returns
// its name and end.
func quotedIdent(src string, i int, q byte) (string, int) {
	var b strings.Builder
	i++
	for i < len(src) {
		if src[i] == q {
			if byteAt(src, i+1) == q {
				b.WriteByte(q)
				i += 2
				continue
			}
			return b.String(), i + 1
		}
		b.WriteByte(src[i])
		i++
	}
	return b.String(), len(src)
}

// bracketIdent reads a SQL Server [name] at i. Brackets holding anything
// but a plain name (an array subscript such as a[1], a type such as int[])
// are not an identifier.
func bracketIdent(src string, i int) (name string, end int, ok bool) {
	if !identStartAt(src, i+1) {
		return "", 0, false
	}
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case ']':
			return strings.TrimSpace(src[i+1 : j]), j + 1, true
		case '[', ',', '\'', '"', '\n', '(', ')', ';':
			return "", 0, false
		}
	}
	return "", 0, false
}

// dollar reads what starts with '$' at i: a positional parameter ($1), a
// dollar-quoted string ($$...$$, $tag$...$tag$), or a lone '$'.
func dollar(src string, i int) (Kind, int) {
	j := i + 1
	if isDigit(byteAt(src, j)) {
		for j < len(src) && isDigit(src[j]) {
			j++
		}
		return Param, j
	}
	// The tag of a dollar quote is an identifier without '$'.
	if identStartAt(src, j) {
		if k := strings.IndexByte(src[j:], '$'); k >= 0 {
			j = identEnd(src[:j+k], j)
		} else {
			j = identEnd(src, j)
		}
	}
	if byteAt(src, j) != '$' {
		return Op, i + 1
	}
	delim := src[i : j+1]
	if k := strings.Index(src[j+1:], delim); k >= 0 {
		return String, j + 1 + k + len(delim)
	}
	return String, len(src)
}

func numberEnd(src string, i int) int {
	for i < len(src) {
		c := src[i]
		switch {
		case isDigit(c) || c == '.' || c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
			i++
		case (c == '+' || c == '-') && (src[i-1] == 'e' || src[i-1] == 'E'):
			i++
		default:
			return i
		}
	}
	return i
}

// opEnd returns the end of the operator or punctuation starting at i. A
// byte that does not start valid UTF-8 is a token of its own.
func opEnd(src string, i int) int {
	for _, op := range multiOps {
		if strings.HasPrefix(src[i:], op) {
			return i + len(op)
		}
	}
	if src[i] < utf8.RuneSelf {
		return i + 1
	}
	_, size := utf8.DecodeRuneInString(src[i:])
	return i + size
}
