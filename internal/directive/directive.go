package directive

import (
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Verb names what a directive says, the word after "//hrvet:".
type Verb string

// The verbs of SPEC section 3.
const (
	Consent   Verb = "consent"   // a consent check: //hrvet:consent [purpose=<p>]
	Sink      Verb = "sink"      // an external sink: //hrvet:sink <kind> [purpose=<p>]
	Basis     Verb = "basis"     // a legal basis: //hrvet:basis <citation>
	Redact    Verb = "redact"    // the func's result carries no personal data
	Anonymous Verb = "anonymous" // values of the struct type claim to be anonymous
	Anonymize Verb = "anonymize" // the func's result claims to be anonymous
	Authorize Verb = "authorize" // an authorization check: //hrvet:authorize [role=<r>]
	Decision  Verb = "decision"  // an HR decision about an employee
	Review    Verb = "review"    // a human review of an automated proposal
	Ignore    Verb = "ignore"    // suppress: //hrvet:ignore <analyzer>[,<analyzer>] <reason>
)

// Verbs lists every verb, in the order of SPEC section 3.
var Verbs = []Verb{Consent, Sink, Basis, Redact, Anonymous, Anonymize, Authorize, Decision, Review, Ignore}

// SinkKinds are the kinds a //hrvet:sink may name: those of SPEC section 3,
// in its order, then expose (the response of a request handler, SPEC
// section 5), which section 3 does not list: a user may declare their own
// response helper an expose sink.
var SinkKinds = []string{"transfer", "commercial", "log", "store", "expose"}

// Analyzers are the analyzer names an ignore may name.
var Analyzers = []string{"pdfields", "consent", "logleak", "forbidden", "anonymity", "access", "decision"}

// Prefix starts every directive comment.
const Prefix = "//hrvet:"

// Directive is one parsed //hrvet: comment.
type Directive struct {
	Verb Verb
	Pos  token.Pos // start of the comment
	End  token.Pos // end of the comment

	Kind     string // sink: transfer, commercial, log, store or expose
	Purpose  string // consent, sink: from purpose=<p>; "" if none
	Role     string // authorize: from role=<r>; "" if none
	Citation string // basis: the free text after the verb, trimmed

	// Analyzers are the analyzers an ignore names, in the order written.
	// A name appears once.
	Analyzers []string
	Reason    string // ignore: the free text after the analyzer names, trimmed

	Text string // the whole comment text, as in ast.Comment.Text
}

// String returns the canonical spelling of d, which Parse turns back into
// a Directive with the same verb and arguments.
func (d Directive) String() string {
	var b strings.Builder
	b.WriteString(Prefix)
	b.WriteString(string(d.Verb))
	switch d.Verb {
	case Consent:
		writeOption(&b, "purpose", d.Purpose)
	case Sink:
		b.WriteString(" ")
		b.WriteString(d.Kind)
		writeOption(&b, "purpose", d.Purpose)
	case Authorize:
		writeOption(&b, "role", d.Role)
	case Basis:
		b.WriteString(" ")
		b.WriteString(d.Citation)
	case Ignore:
		b.WriteString(" ")
		b.WriteString(strings.Join(d.Analyzers, ","))
		b.WriteString(" ")
		b.WriteString(d.Reason)
	}
	return b.String()
}

// writeOption writes " key=value", or nothing for an empty value.
func writeOption(b *strings.Builder, key, value string) {
	if value != "" {
		b.WriteString(" ")
		b.WriteString(key)
		b.WriteString("=")
		b.WriteString(value)
	}
}

// Names reports whether d is an ignore that names analyzer.
func (d Directive) Names(analyzer string) bool {
	return d.Verb == Ignore && slices.Contains(d.Analyzers, analyzer)
}

// Error is a malformed or misplaced directive.
type Error struct {
	Pos, End token.Pos
	Msg      string                 // one line: what is wrong and what to do
	Fix      *analysis.SuggestedFix // a mechanical repair, or nil
}

// Error returns the message, so that an *Error can travel as an error.
func (e *Error) Error() string { return e.Msg }
