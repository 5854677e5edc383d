package directive

import (
	"fmt"
	"github.com/hrvet/hrvet/internal/suggest"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
)

// Parse parses one comment. ok is false when c is not an hrvet directive at
// all (an ordinary comment). When ok is true and err is not nil, c was
// meant as a directive but is malformed; d then holds only Pos, End and
// Text.
func Parse(c *ast.Comment) (d Directive, ok bool, err *Error) {
	if c == nil {
		return Directive{}, false, nil
	}
	p := commentParser{c: c, text: c.Text}
	base := Directive{Pos: c.Pos(), End: c.End(), Text: c.Text}
	switch {
	case strings.HasPrefix(p.text, Prefix):
		d, err := p.directive(base)
		if err != nil {
			return base, true, err
		}
		return d, true, nil
	case strings.HasPrefix(p.text, "/*hrvet:"):
		return base, true, p.errorAll("a /*hrvet:...*/ block comment is not a directive; write the directive as a //hrvet: line comment on a line of its own", nil)
	}
	if err := p.lookAlike(); err != nil {
		return base, true, err
	}
	return Directive{}, false, nil
}

// commentParser holds one comment while it is parsed. Offsets are byte
// offsets into text, which starts at c.Slash.
type commentParser struct {
	c    *ast.Comment
	text string
}

// word is a run of non-space text and its offset in the comment.
type word struct {
	s   string
	off int
}

func (w word) end() int { return w.off + len(w.s) }

func (p *commentParser) pos(off int) token.Pos { return p.c.Slash + token.Pos(off) }

func (p *commentParser) errorAll(msg string, fix *analysis.SuggestedFix) *Error {
	return &Error{Pos: p.c.Pos(), End: p.c.End(), Msg: msg, Fix: fix}
}

func (p *commentParser) errorAt(from, to int, msg string, fix *analysis.SuggestedFix) *Error {
	return &Error{Pos: p.pos(from), End: p.pos(to), Msg: msg, Fix: fix}
}

// replace is a fix that puts text in place of the bytes [from, to).
func (p *commentParser) replace(from, to int, text, message string) *analysis.SuggestedFix {
	return &analysis.SuggestedFix{
		Message: message,
		TextEdits: []analysis.TextEdit{{
			Pos:     p.pos(from),
			End:     p.pos(to),
			NewText: []byte(text),
		}},
	}
}

// directive parses a comment that starts with Prefix.
func (p *commentParser) directive(d Directive) (Directive, *Error) {
	verbOff := len(Prefix)
	verbEnd := verbOff + spaceIndex(p.text[verbOff:])
	verb := p.text[verbOff:verbEnd]
	args := fields(p.text, verbEnd)
	if verb == "" {
		return d, p.emptyVerb(args)
	}
	d.Verb = Verb(verb)
	switch d.Verb {
	case Consent, Authorize:
		return d, p.options(&d, args)
	case Sink:
		return d, p.sink(&d, args)
	case Basis:
		d.Citation = strings.TrimSpace(p.text[verbEnd:])
		if d.Citation == "" {
			return d, p.errorAll("//hrvet:basis needs a citation of the law that allows the processing, e.g. //hrvet:basis Federal Law 27-FZ art. 11", nil)
		}
		return d, nil
	case Redact, Anonymous, Anonymize, Decision, Review:
		if len(args) > 0 {
			last := args[len(args)-1]
			fix := p.replace(verbEnd, last.end(), "", "Remove the arguments")
			return d, p.errorAt(args[0].off, last.end(), fmt.Sprintf("//hrvet:%s takes no arguments; remove %s", verb, short(p.text[args[0].off:last.end()])), fix)
		}
		return d, nil
	case Ignore:
		return d, p.ignore(&d, args)
	}
	msg := fmt.Sprintf("unknown hrvet directive %s; known: %s", short(verb), strings.Join(verbNames(), ", "))
	if s := suggest.Nearest(verb, verbNames()); s != "" {
		msg = fmt.Sprintf("unknown hrvet directive %s; did you mean %q?", short(verb), s)
		fix := p.replace(verbOff, verbEnd, s, fmt.Sprintf("Replace with //hrvet:%s", s))
		return d, p.errorAt(verbOff, verbEnd, msg, fix)
	}
	return d, p.errorAt(verbOff, verbEnd, msg, nil)
}

// emptyVerb reports "//hrvet:" with nothing, or a space, after the colon.
func (p *commentParser) emptyVerb(args []word) *Error {
	if len(args) > 0 && slices.Contains(verbNames(), args[0].s) {
		fix := p.replace(len(Prefix), args[0].off, "", "Remove the space after //hrvet:")
		return p.errorAll(fmt.Sprintf("space after //hrvet:; write //hrvet:%s", args[0].s), fix)
	}
	return p.errorAll("//hrvet: needs a directive name right after the colon, one of: "+strings.Join(verbNames(), ", "), nil)
}

// option is the one key=value option of a verb: purpose= for consent and
// sink, role= for authorize.
type option struct {
	key         string  // "purpose" or "role"
	placeholder string  // "<p>" or "<r>", for the usage
	example     string  // a value for messages
	usage       string  // the directive's syntax
	field       *string // where the value goes
}

func optionOf(d *Directive) option {
	switch d.Verb {
	case Authorize:
		return option{"role", "<r>", "hr", "//hrvet:authorize [role=<r>]", &d.Role}
	case Sink:
		return option{"purpose", "<p>", "payroll", "//hrvet:sink <kind> [purpose=<p>]", &d.Purpose}
	}
	return option{"purpose", "<p>", "payroll", "//hrvet:consent [purpose=<p>]", &d.Purpose}
}

// options parses the key=value option of consent, sink (purpose=) and
// authorize (role=); any word without "=" is an error, since none of them
// takes one besides the sink's kind, which the caller has removed.
func (p *commentParser) options(d *Directive, args []word) *Error {
	opt := optionOf(d)
	seen := false
	for _, a := range args {
		key, value, isOption := strings.Cut(a.s, "=")
		if !isOption {
			return p.errorAt(a.off, a.end(), fmt.Sprintf("unexpected argument %s in //hrvet:%s; write %s", short(a.s), d.Verb, opt.usage), nil)
		}
		if key != opt.key {
			return p.errorAt(a.off, a.end(), fmt.Sprintf("unknown option %s in //hrvet:%s; the only option is %s=%s", short(a.s), d.Verb, opt.key, opt.placeholder), nil)
		}
		if seen {
			return p.errorAt(a.off, a.end(), fmt.Sprintf("%s given twice in //hrvet:%s; keep one", opt.key, d.Verb), nil)
		}
		seen = true
		if value == "" {
			return p.errorAt(a.off, a.end(), fmt.Sprintf("empty %s in //hrvet:%s; write %s=%s, e.g. %s=%s, or leave it out", opt.key, d.Verb, opt.key, opt.placeholder, opt.key, opt.example), nil)
		}
		if !isWord(value) {
			return p.errorAt(a.off, a.end(), fmt.Sprintf("%s %s in //hrvet:%s is not one word; use letters, digits, '_', '-' or '.', e.g. %s=%s", opt.key, short(value), d.Verb, opt.key, opt.example), nil)
		}
		*opt.field = value
	}
	return nil
}

// sink parses "<kind> [purpose=<p>]". The kind is the one argument without
// "="; it may come before or after the purpose.
func (p *commentParser) sink(d *Directive, args []word) *Error {
	var opts []word
	var kind *word
	for i, a := range args {
		if strings.Contains(a.s, "=") {
			opts = append(opts, a)
			continue
		}
		if kind != nil {
			return p.errorAt(a.off, a.end(), fmt.Sprintf("unexpected argument %s in //hrvet:sink; a sink has one kind, write //hrvet:sink <kind> [purpose=<p>]", short(a.s)), nil)
		}
		kind = &args[i]
	}
	if kind == nil {
		return p.errorAll(fmt.Sprintf("//hrvet:sink needs a kind: %s, e.g. //hrvet:sink transfer", orList(SinkKinds)), nil)
	}
	if !slices.Contains(SinkKinds, kind.s) {
		if s := suggest.Nearest(kind.s, SinkKinds); s != "" {
			fix := p.replace(kind.off, kind.end(), s, fmt.Sprintf("Replace with %s", s))
			return p.errorAt(kind.off, kind.end(), fmt.Sprintf("unknown sink kind %s; did you mean %q?", short(kind.s), s), fix)
		}
		return p.errorAt(kind.off, kind.end(), fmt.Sprintf("unknown sink kind %s; use %s", short(kind.s), orList(SinkKinds)), nil)
	}
	d.Kind = kind.s
	return p.options(d, opts)
}

const ignoreExample = "//hrvet:ignore logleak phone is masked by the gateway"

// ignore parses "<analyzer>[,<analyzer>] <reason>".
func (p *commentParser) ignore(d *Directive, args []word) *Error {
	if len(args) == 0 {
		return p.errorAll("//hrvet:ignore needs analyzer names and a reason, e.g. "+ignoreExample, nil)
	}
	list := args[0]
	var names []string
	off := list.off
	for name := range strings.SplitSeq(list.s, ",") {
		from, to := off, off+len(name)
		off = to + 1
		switch {
		case name == "":
			return p.errorAt(list.off, list.end(), fmt.Sprintf("empty analyzer name in //hrvet:ignore list %s; separate names with commas and no spaces", short(list.s)), nil)
		case slices.Contains(names, name):
			return p.errorAt(from, to, fmt.Sprintf("analyzer %q is named twice in //hrvet:ignore; name it once", name), nil)
		case !slices.Contains(Analyzers, name):
			if s := suggest.Nearest(name, Analyzers); s != "" {
				fix := p.replace(from, to, s, fmt.Sprintf("Replace with %s", s))
				return p.errorAt(from, to, fmt.Sprintf("unknown analyzer %s in //hrvet:ignore; did you mean %q?", short(name), s), fix)
			}
			return p.errorAt(from, to, fmt.Sprintf("unknown analyzer %s in //hrvet:ignore; known: %s", short(name), sortedList(Analyzers)), nil)
		}
		names = append(names, name)
	}
	d.Analyzers = names
	d.Reason = strings.TrimSpace(p.text[list.end():])
	if d.Reason == "" {
		return p.errorAll("//hrvet:ignore needs a reason after the analyzer names, e.g. "+ignoreExample, nil)
	}
	return nil
}

// fields splits text[from:] at white space, keeping each word's offset.
func fields(text string, from int) []word {
	var out []word
	start := -1
	for i, r := range text[from:] {
		i += from
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, word{text[start:i], start})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, word{text[start:], start})
	}
	return out
}

// spaceIndex returns the offset of the first white space in s, or len(s).
func spaceIndex(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return i
	}
	return len(s)
}

// isWord reports whether s is one word of letters, digits, '_', '-' and
// '.', which is what a purpose or a role in a directive or the config file
// looks like.
func isWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' && r != '.' {
			return false
		}
	}
	return s != ""
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' }

// verbNames returns the verbs as strings, in the order of Verbs.
func verbNames() []string {
	names := make([]string, len(Verbs))
	for i, v := range Verbs {
		names[i] = string(v)
	}
	return names
}

// short quotes s for a message, cut to a length that keeps the message on
// one readable line.
func short(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return fmt.Sprintf("%q", s)
	}
	r := []rune(s)
	return fmt.Sprintf("%q...", string(r[:max]))
}
