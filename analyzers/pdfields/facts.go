package pdfields

import (
	"fmt"
	"strings"

	"github.com/hrvet/hrvet/annotations"
)

// How says how a field came to be marked as personal data. It is recorded
// in the processing inventory.
type How string

// The ways a field is marked, in order of precedence.
const (
	ByTag    How = "tag"      // a pd:"<category>" struct tag
	ByConfig How = "config"   // a sources: entry in .hrvet.yaml
	ByName   How = "inferred" // name inference (SPEC section 2)
)

// FieldFact marks a struct field as personal data. It is exported for every
// personal field declared in the analyzed package, so that packages reading
// the field elsewhere see the mark.
type FieldFact struct {
	Category annotations.Category
	How      How
	Term     string // ByName: the dictionary term that matched; ByConfig: "file:line"
	Source   string // ByName: where the name came from ("name", "json", "db", ...)
	Basis    string // citation of a //hrvet:basis on the field or its struct type
}

// AFact marks FieldFact as an analysis fact.
func (*FieldFact) AFact() {}

func (f *FieldFact) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pd(%s, %s", f.Category, f.How)
	if f.How == ByName {
		fmt.Fprintf(&b, " %s %q", f.Source, f.Term)
	}
	if f.Basis != "" {
		fmt.Fprintf(&b, ", basis %q", f.Basis)
	}
	b.WriteString(")")
	return b.String()
}

// FuncFact records what role a function or method plays: consent check,
// sink, legal basis, redactor, anonymizer, authorization check, HR
// decision or human review. A function may play several roles (a sink
// with a basis).
type FuncFact struct {
	Consent        bool
	ConsentPurpose string
	// ConsentResult is "error" or "bool": the type of the consent check's
	// last result, which says what success looks like.
	ConsentResult string

	Sink        string // sink kind: transfer, commercial, log, store, expose; "" if not a sink
	SinkPurpose string

	// Authorize marks an authorization check: the caller is an authorised
	// person acting in AuthorizeRole ("" when the role is a constant
	// argument at the call, or unknown).
	Authorize     bool
	AuthorizeRole string
	// AuthorizeResult says how the check answers (see AuthorizeResult):
	// "error" or "bool" for its last result, "middleware" for a
	// middleware or handler, or a func that returns one.
	AuthorizeResult string

	Basis     string // citation of a //hrvet:basis on the function
	Redact    bool
	Anonymize bool

	// Decision marks an HR decision about an employee. DecisionTerm is
	// "" for a decision declared by directive or config; for one inferred
	// from the function's name (see inferDecisions) it holds the words of
	// the name that made it one: "dismiss", "reject candidate".
	Decision     bool
	DecisionTerm string

	// Review marks a human review of an automated proposal. ReviewResult
	// is "error" (nil = approved) or "bool" (true = approved): the type of
	// its last result, which says what approval looks like. It is "" only
	// for a config entry naming a function of another module whose last
	// result is neither; such a review approves nothing.
	Review       bool
	ReviewResult string

	// From is "directive", the config file and line, or, for a function
	// whose only role is an inferred decision, "inferred from the name
	// <Name>": where the first of its roles came from.
	From string
}

// AFact marks FuncFact as an analysis fact.
func (*FuncFact) AFact() {}

func (f *FuncFact) String() string {
	var roles []string
	if f.Consent {
		roles = append(roles, "consent"+purpose(f.ConsentPurpose)+" "+f.ConsentResult)
	}
	if f.Sink != "" {
		roles = append(roles, "sink("+f.Sink+")"+purpose(f.SinkPurpose))
	}
	if f.Authorize {
		roles = append(roles, "authorize"+option("role", f.AuthorizeRole)+" "+f.AuthorizeResult)
	}
	if f.Basis != "" {
		roles = append(roles, fmt.Sprintf("basis(%q)", f.Basis))
	}
	for _, r := range []struct {
		on   bool
		name string
	}{{f.Redact, "redact"}, {f.Anonymize, "anonymize"}} {
		if r.on {
			roles = append(roles, r.name)
		}
	}
	if f.Decision {
		if f.DecisionTerm != "" {
			roles = append(roles, fmt.Sprintf("decision(inferred %q)", f.DecisionTerm))
		} else {
			roles = append(roles, "decision")
		}
	}
	if f.Review {
		roles = append(roles, strings.TrimSpace("review "+f.ReviewResult))
	}
	return strings.Join(roles, "; ")
}

func purpose(p string) string { return option("purpose", p) }

// option returns "[key=value]", or "" for no value.
func option(key, value string) string {
	if value == "" {
		return ""
	}
	return "[" + key + "=" + value + "]"
}

// IsZero reports whether the fact records no role at all.
func (f *FuncFact) IsZero() bool {
	return !f.Consent && f.Sink == "" && !f.Authorize && f.Basis == "" && !f.Redact && !f.Anonymize && !f.Decision && !f.Review
}

// TypeFact records the directives on a struct type.
type TypeFact struct {
	Anonymous bool   // //hrvet:anonymous: values claim to be anonymous
	Basis     string // //hrvet:basis citation: special-category fields may be stored
}

// AFact marks TypeFact as an analysis fact.
func (*TypeFact) AFact() {}

func (f *TypeFact) String() string {
	var parts []string
	if f.Anonymous {
		parts = append(parts, "anonymous")
	}
	if f.Basis != "" {
		parts = append(parts, fmt.Sprintf("basis(%q)", f.Basis))
	}
	return strings.Join(parts, "; ")
}
