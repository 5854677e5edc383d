package directive

import (
	"github.com/hrvet/hrvet/internal/suggest"
	"go/ast"
	"go/token"
	"reflect"
	"strings"
	"testing"
)

const slash = token.Pos(100) // where the test comments start

func parseText(text string) (Directive, bool, *Error) {
	return Parse(&ast.Comment{Slash: slash, Text: text})
}

func TestParseWellFormed(t *testing.T) {
	tests := []struct {
		text string
		want Directive
	}{
		{"//hrvet:consent", Directive{Verb: Consent}},
		{"//hrvet:consent purpose=payroll", Directive{Verb: Consent, Purpose: "payroll"}},
		{"//hrvet:consent\tpurpose=pension-fund.v2 ", Directive{Verb: Consent, Purpose: "pension-fund.v2"}},
		{"//hrvet:consent purpose=зарплата", Directive{Verb: Consent, Purpose: "зарплата"}},
		{"//hrvet:sink transfer", Directive{Verb: Sink, Kind: "transfer"}},
		{"//hrvet:sink commercial purpose=marketing", Directive{Verb: Sink, Kind: "commercial", Purpose: "marketing"}},
		{"//hrvet:sink purpose=audit log", Directive{Verb: Sink, Kind: "log", Purpose: "audit"}},
		{"//hrvet:sink store", Directive{Verb: Sink, Kind: "store"}},
		{"//hrvet:sink expose", Directive{Verb: Sink, Kind: "expose"}},
		{"//hrvet:sink purpose=hr-portal expose", Directive{Verb: Sink, Kind: "expose", Purpose: "hr-portal"}},
		{"//hrvet:basis Federal Law 27-FZ art. 11", Directive{Verb: Basis, Citation: "Federal Law 27-FZ art. 11"}},
		{"//hrvet:basis   Labour Code  art. 88 p.1  ", Directive{Verb: Basis, Citation: "Labour Code  art. 88 p.1"}},
		{"//hrvet:redact", Directive{Verb: Redact}},
		{"//hrvet:anonymous", Directive{Verb: Anonymous}},
		{"//hrvet:anonymize", Directive{Verb: Anonymize}},
		{"//hrvet:authorize", Directive{Verb: Authorize}},
		{"//hrvet:authorize role=hr", Directive{Verb: Authorize, Role: "hr"}},
		{"//hrvet:authorize\trole=payroll.clerk-2 ", Directive{Verb: Authorize, Role: "payroll.clerk-2"}},
		{"//hrvet:authorize role=кадровик", Directive{Verb: Authorize, Role: "кадровик"}},
		{"//hrvet:decision", Directive{Verb: Decision}},
		{"//hrvet:review ", Directive{Verb: Review}},
		{"//hrvet:ignore logleak phone is masked by the gateway", Directive{Verb: Ignore, Analyzers: []string{"logleak"}, Reason: "phone is masked by the gateway"}},
		{"//hrvet:ignore pdfields,consent,anonymity generated", Directive{Verb: Ignore, Analyzers: []string{"pdfields", "consent", "anonymity"}, Reason: "generated"}},
		{"//hrvet:ignore access the directory shows every name to staff", Directive{Verb: Ignore, Analyzers: []string{"access"}, Reason: "the directory shows every name to staff"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d, ok, err := parseText(tt.text)
			if !ok || err != nil {
				t.Fatalf("Parse(%q) = ok %v, err %v; want a directive", tt.text, ok, err)
			}
			tt.want.Pos = slash
			tt.want.End = slash + token.Pos(len(tt.text))
			tt.want.Text = tt.text
			if !reflect.DeepEqual(d, tt.want) {
				t.Errorf("Parse(%q) =\n%#v\nwant\n%#v", tt.text, d, tt.want)
			}
		})
	}
}

func TestParseNotDirective(t *testing.T) {
	for _, text := range []string{
		"// ordinary comment",
		"// hrvet: a linter for personal data",
		"// hrvet:see the docs",     // not close to a verb
		"// hrvet:consent-based",    // not a word followed by space
		"// see //hrvet:consent",    // not at the start
		"//\t//hrvet:consent",       // an example in a doc comment
		"//hrvetconsent",            // no colon
		"//go:generate stringer",    // another tool's directive
		"/* hrvet:consent */",       // block comment with space
		"//HRVET:consent",           // different prefix
		"// hrvet：see the docs",     // prose after a full-width colon
		"/* plain block comment */", // block comment
		"",
	} {
		d, ok, err := parseText(text)
		if ok || err != nil || !reflect.DeepEqual(d, Directive{}) {
			t.Errorf("Parse(%q) = %#v, %v, %v; want not a directive", text, d, ok, err)
		}
	}
}

// fixed applies e's fix to text, which starts at slash.
func fixed(t *testing.T, text string, e *Error) string {
	t.Helper()
	if e.Fix == nil {
		return ""
	}
	if len(e.Fix.TextEdits) != 1 || e.Fix.Message == "" {
		t.Fatalf("fix %+v: want one edit with a message", e.Fix)
	}
	ed := e.Fix.TextEdits[0]
	from, to := int(ed.Pos-slash), int(ed.End-slash)
	if from < 0 || to < from || to > len(text) {
		t.Fatalf("fix edit [%d,%d) outside the comment %q", from, to, text)
	}
	return text[:from] + string(ed.NewText) + text[to:]
}

func TestParseMalformed(t *testing.T) {
	tests := []struct {
		text string
		msg  string // the whole message
		at   string // the part of text the error spans; "" for the whole comment
		fix  string // the comment after the fix; "" for no fix
	}{
		{
			text: "//hrvet:consnet",
			msg:  `unknown hrvet directive "consnet"; did you mean "consent"?`,
			at:   "consnet",
			fix:  "//hrvet:consent",
		},
		{
			text: "//hrvet:Redact",
			msg:  `unknown hrvet directive "Redact"; did you mean "redact"?`,
			at:   "Redact",
			fix:  "//hrvet:redact",
		},
		{
			text: "//hrvet:frobnicate x",
			msg:  `unknown hrvet directive "frobnicate"; known: consent, sink, basis, redact, anonymous, anonymize, authorize, decision, review, ignore`,
			at:   "frobnicate",
		},
		{
			text: "//hrvet:",
			msg:  "//hrvet: needs a directive name right after the colon, one of: consent, sink, basis, redact, anonymous, anonymize, authorize, decision, review, ignore",
		},
		{
			text: "//hrvet: redact",
			msg:  "space after //hrvet:; write //hrvet:redact",
			fix:  "//hrvet:redact",
		},
		{
			text: "// hrvet:consent purpose=payroll",
			msg:  `"// hrvet:consent" is not a directive because of the space after //; write //hrvet:consent`,
			fix:  "//hrvet:consent purpose=payroll",
		},
		{
			text: "//\t hrvet:sink transfer",
			msg:  `"//\t hrvet:sink" is not a directive because of the space after //; write //hrvet:sink`,
			fix:  "//hrvet:sink transfer",
		},
		{
			text: "// hrvet:ignroe logleak reason",
			msg:  `"// hrvet:ignroe" is not a directive because of the space after //; write //hrvet:ignroe`,
			fix:  "//hrvet:ignroe logleak reason",
		},
		{
			text: "//hrvet：ignore logleak the audit log is encrypted",
			msg:  `"//hrvet：ignore" is not a directive: it has '：' (U+FF1A) for ':'; write //hrvet:ignore`,
			fix:  "//hrvet:ignore logleak the audit log is encrypted",
		},
		{
			text: "// hrvet︓redact",
			msg:  `"// hrvet︓redact" is not a directive: it has '︓' (U+FE13) for ':', a space after //; write //hrvet:redact`,
			fix:  "//hrvet:redact",
		},
		{
			text: "//hrvеt:consent",
			msg:  `"//hrvеt:consent" is not a directive: it has 'е' (U+0435) for 'e'; write //hrvet:consent`,
			fix:  "//hrvet:consent",
		},
		{
			text: "//ｈｒｖｅｔ:sink log",
			msg:  `"//ｈｒｖｅｔ:sink" is not a directive: it has full-width letters; write //hrvet:sink`,
			fix:  "//hrvet:sink log",
		},
		{
			text: "/*hrvet:redact*/",
			msg:  "a /*hrvet:...*/ block comment is not a directive; write the directive as a //hrvet: line comment on a line of its own",
		},
		{
			text: "//hrvet:consent payroll",
			msg:  `unexpected argument "payroll" in //hrvet:consent; write //hrvet:consent [purpose=<p>]`,
			at:   "payroll",
		},
		{
			text: "//hrvet:consent purpose=",
			msg:  "empty purpose in //hrvet:consent; write purpose=<p>, e.g. purpose=payroll, or leave it out",
			at:   "purpose=",
		},
		{
			text: "//hrvet:consent purpose=a purpose=b",
			msg:  "purpose given twice in //hrvet:consent; keep one",
			at:   "purpose=b",
		},
		{
			text: "//hrvet:consent subject=id",
			msg:  `unknown option "subject=id" in //hrvet:consent; the only option is purpose=<p>`,
			at:   "subject=id",
		},
		{
			text: `//hrvet:consent purpose="payroll"`,
			msg:  `purpose "\"payroll\"" in //hrvet:consent is not one word; use letters, digits, '_', '-' or '.', e.g. purpose=payroll`,
			at:   `purpose="payroll"`,
		},
		{
			text: "//hrvet:authorise role=hr",
			msg:  `unknown hrvet directive "authorise"; did you mean "authorize"?`,
			at:   "authorise",
			fix:  "//hrvet:authorize role=hr",
		},
		{
			text: "//hrvet:authorize hr",
			msg:  `unexpected argument "hr" in //hrvet:authorize; write //hrvet:authorize [role=<r>]`,
			at:   "hr",
		},
		{
			text: "//hrvet:authorize role=",
			msg:  "empty role in //hrvet:authorize; write role=<r>, e.g. role=hr, or leave it out",
			at:   "role=",
		},
		{
			text: "//hrvet:authorize role=hr role=manager",
			msg:  "role given twice in //hrvet:authorize; keep one",
			at:   "role=manager",
		},
		{
			text: "//hrvet:authorize purpose=payroll",
			msg:  `unknown option "purpose=payroll" in //hrvet:authorize; the only option is role=<r>`,
			at:   "purpose=payroll",
		},
		{
			text: "//hrvet:consent role=hr",
			msg:  `unknown option "role=hr" in //hrvet:consent; the only option is purpose=<p>`,
			at:   "role=hr",
		},
		{
			text: "//hrvet:authorize role=hr,manager",
			msg:  `role "hr,manager" in //hrvet:authorize is not one word; use letters, digits, '_', '-' or '.', e.g. role=hr`,
			at:   "role=hr,manager",
		},
		{
			text: "//hrvet:sink expose role=hr",
			msg:  `unknown option "role=hr" in //hrvet:sink; the only option is purpose=<p>`,
			at:   "role=hr",
		},
		{
			text: "//hrvet:sink exposed",
			msg:  `unknown sink kind "exposed"; did you mean "expose"?`,
			at:   "exposed",
			fix:  "//hrvet:sink expose",
		},
		{
			text: "//hrvet:ignore acess shown to HR only",
			msg:  `unknown analyzer "acess" in //hrvet:ignore; did you mean "access"?`,
			at:   "acess",
			fix:  "//hrvet:ignore access shown to HR only",
		},
		{
			text: "//hrvet:sink",
			msg:  "//hrvet:sink needs a kind: transfer, commercial, log, store or expose, e.g. //hrvet:sink transfer",
		},
		{
			text: "//hrvet:sink purpose=crm",
			msg:  "//hrvet:sink needs a kind: transfer, commercial, log, store or expose, e.g. //hrvet:sink transfer",
		},
		{
			text: "//hrvet:sink trasnfer purpose=crm",
			msg:  `unknown sink kind "trasnfer"; did you mean "transfer"?`,
			at:   "trasnfer",
			fix:  "//hrvet:sink transfer purpose=crm",
		},
		{
			text: "//hrvet:sink database",
			msg:  `unknown sink kind "database"; use transfer, commercial, log, store or expose`,
			at:   "database",
		},
		{
			text: "//hrvet:sink log store",
			msg:  `unexpected argument "store" in //hrvet:sink; a sink has one kind, write //hrvet:sink <kind> [purpose=<p>]`,
			at:   "store",
		},
		{
			text: "//hrvet:sink log purpose=",
			msg:  "empty purpose in //hrvet:sink; write purpose=<p>, e.g. purpose=payroll, or leave it out",
			at:   "purpose=",
		},
		{
			text: "//hrvet:basis",
			msg:  "//hrvet:basis needs a citation of the law that allows the processing, e.g. //hrvet:basis Federal Law 27-FZ art. 11",
		},
		{
			text: "//hrvet:basis \t ",
			msg:  "//hrvet:basis needs a citation of the law that allows the processing, e.g. //hrvet:basis Federal Law 27-FZ art. 11",
		},
		{
			text: "//hrvet:redact masks digits",
			msg:  `//hrvet:redact takes no arguments; remove "masks digits"`,
			at:   "masks digits",
			fix:  "//hrvet:redact",
		},
		{
			text: "//hrvet:anonymous yes",
			msg:  `//hrvet:anonymous takes no arguments; remove "yes"`,
			at:   "yes",
			fix:  "//hrvet:anonymous",
		},
		{
			text: "//hrvet:ignore",
			msg:  "//hrvet:ignore needs analyzer names and a reason, e.g. //hrvet:ignore logleak phone is masked by the gateway",
		},
		{
			text: "//hrvet:ignore logleak",
			msg:  "//hrvet:ignore needs a reason after the analyzer names, e.g. //hrvet:ignore logleak phone is masked by the gateway",
		},
		{
			text: "//hrvet:ignore logleak,consent  ",
			msg:  "//hrvet:ignore needs a reason after the analyzer names, e.g. //hrvet:ignore logleak phone is masked by the gateway",
		},
		{
			text: "//hrvet:ignore logleek masked",
			msg:  `unknown analyzer "logleek" in //hrvet:ignore; did you mean "logleak"?`,
			at:   "logleek",
			fix:  "//hrvet:ignore logleak masked",
		},
		{
			text: "//hrvet:ignore consent,flow masked",
			msg:  `unknown analyzer "flow" in //hrvet:ignore; known: access, anonymity, consent, decision, forbidden, logleak, pdfields`,
			at:   "flow",
		},
		{
			text: "//hrvet:ignore logleak, consent masked",
			msg:  `empty analyzer name in //hrvet:ignore list "logleak,"; separate names with commas and no spaces`,
			at:   "logleak,",
		},
		{
			text: "//hrvet:ignore logleak,logleak masked",
			msg:  `analyzer "logleak" is named twice in //hrvet:ignore; name it once`,
			at:   "logleak",
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d, ok, err := parseText(tt.text)
			if !ok || err == nil {
				t.Fatalf("Parse(%q) = ok %v, err %v; want an error", tt.text, ok, err)
			}
			if err.Msg != tt.msg {
				t.Errorf("message\n got %s\nwant %s", err.Msg, tt.msg)
			}
			if strings.Contains(err.Msg, "\n") {
				t.Errorf("message spans lines: %q", err.Msg)
			}
			want := Directive{Pos: slash, End: slash + token.Pos(len(tt.text)), Text: tt.text}
			if !reflect.DeepEqual(d, want) {
				t.Errorf("directive of a malformed comment = %#v; want only Pos, End, Text", d)
			}
			from, to := 0, len(tt.text)
			if tt.at != "" {
				// The span is the last occurrence: the examples put the
				// offending word after any identical earlier one.
				from = strings.LastIndex(tt.text, tt.at)
				to = from + len(tt.at)
			}
			if got, want := [2]token.Pos{err.Pos, err.End}, [2]token.Pos{slash + token.Pos(from), slash + token.Pos(to)}; got != want {
				t.Errorf("error spans %q; want %q", span(tt.text, err), tt.text[from:to])
			}
			if got := fixed(t, tt.text, err); got != tt.fix {
				t.Errorf("after the fix: %q; want %q", got, tt.fix)
			}
			if tt.fix != "" {
				if _, ok, err := parseText(tt.fix); !ok || err != nil && err.Msg == tt.msg {
					t.Errorf("the fixed comment %q still fails the same way", tt.fix)
				}
			}
		})
	}
}

func span(text string, e *Error) string {
	from, to := int(e.Pos-slash), int(e.End-slash)
	if from < 0 || to < from || to > len(text) {
		return "<out of range>"
	}
	return text[from:to]
}

func TestStringRoundTrip(t *testing.T) {
	for _, d := range []Directive{
		{Verb: Consent},
		{Verb: Consent, Purpose: "payroll"},
		{Verb: Sink, Kind: "commercial", Purpose: "ads"},
		{Verb: Sink, Kind: "expose"},
		{Verb: Authorize},
		{Verb: Authorize, Role: "hr"},
		{Verb: Basis, Citation: "Labour Code art. 88"},
		{Verb: Review},
		{Verb: Ignore, Analyzers: []string{"consent", "logleak"}, Reason: "test fixture"},
		{Verb: Ignore, Analyzers: []string{"access"}, Reason: "shown to HR only"},
	} {
		s := d.String()
		got, ok, err := parseText(s)
		if !ok || err != nil {
			t.Fatalf("Parse(%q) = ok %v, err %v", s, ok, err)
		}
		d.Pos, d.End, d.Text = got.Pos, got.End, got.Text
		if !reflect.DeepEqual(got, d) {
			t.Errorf("Parse(%q) = %#v; want %#v", s, got, d)
		}
	}
}

func TestNames(t *testing.T) {
	d, _, _ := parseText("//hrvet:ignore consent,logleak reason")
	if !d.Names("logleak") || !d.Names("consent") || d.Names("pdfields") {
		t.Errorf("Names on %v: want consent and logleak only", d.Analyzers)
	}
	b, _, _ := parseText("//hrvet:basis logleak")
	if b.Names("logleak") {
		t.Errorf("a basis names no analyzer")
	}
}

func TestNearest(t *testing.T) {
	verbs := verbNames()
	for word, want := range map[string]string{
		"consnet":   "consent",
		"CONSENT":   "consent",
		"sinc":      "sink",
		"ignroe":    "ignore",
		"anonymus":  "anonymous",
		"anonimize": "anonymize",
		"x":         "",
		"ok":        "",
		"basic":     "basis",
		"reveiw":    "review",
		"authorise": "authorize",
		"autorize":  "authorize",
	} {
		if got := suggest.Nearest(word, verbs); got != want {
			t.Errorf("nearest(%q) = %q; want %q", word, got, want)
		}
	}
}
