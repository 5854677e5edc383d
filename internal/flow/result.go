package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Result is what pdflow found in one package: the flows of personal data
// that originate in the package's functions and reach a sink, the
// consent checks whose result nobody looks at, and the calls of other
// modules that take personal data and that hrvet does not know. All are
// sorted by position.
type Result struct {
	Flows     []*Flow
	Unchecked []Unchecked
	Unknown   []UnknownCall
	// Decisions lists every call of an HR decision in the package, with
	// the review that approves it, whatever it rests on: the flows of
	// kind sinks.Decision at the same position say that.
	Decisions []DecisionCall

	summaries map[*types.Func]*Summary // for Summary
}

// Flow is personal data that originate in a function of the package and
// reach a sink, directly at a call of this function or through wrappers.
type Flow struct {
	Pos, End token.Pos     // the call (or channel send) in this package
	Call     *ast.CallExpr // the call's syntax; nil for a channel send
	Callee   string        // what is called here, as types.Func.FullName prints it
	Sink     string        // the real sink, reached through Via
	Via      []string      // the wrappers from Callee down to Sink; empty when Callee is the sink
	Kind     sinks.Kind
	Purpose  string // the sink's purpose, if any

	Data []Origin // the personal data, sorted by name
	// Args are the indexes in Call.Args of the arguments that carry Data
	// (for a variadic call, each element separately), so that a fix can
	// wrap them in a redactor. Empty when that is not known.
	Args []int

	Guard   Guard
	Problem Problem

	// Merged are the flows of the same call that Merge folded into this
	// one: the same data reaching other sinks.
	Merged []*Flow

	// Access says, for an expose flow, which handler writes the response
	// and how requests reach it (see routes.go); nil for other kinds.
	Access *Access

	fn *ssa.Function // where the flow is, until the package's routes are known
}

// Access is how requests reach the handler of an expose flow.
type Access struct {
	Handler string  // the function writing the response, as types.Func.FullName prints it
	Routes  []Route // the registrations in this package that lead to it, in order
	// Unfollowed says where the handler's value goes that hrvet cannot
	// follow to a registration ("stored in a map"); "" if nowhere.
	Unfollowed string
	// Deferred is set when the handler is neither registered nor called
	// in this package but may be registered by an importer: the flow is
	// exported with the package's facts and judged at that registration.
	Deferred bool
}

// Route is one registration of a handler: its method and path, where it
// is made, and the authorising middleware in front of it, if any.
type Route struct {
	Method, Path string    // "GET", "/employees/{id}"; either may be ""
	Pos          token.Pos // the registering call (or the call of the handler's caller)
	Handler      string    // the handler registered, as types.Func.FullName prints it
	Guarded      bool      // an authorization stands in front of the handler on this route
	Role         string    // the guard's role; "" unknown
	Middleware   string    // the guard, as messages name it
	// Open is set when the route is registered on a router that came
	// from a parameter, whose middleware the callers add: not known here.
	Open bool
}

// String names the route as messages show it: "GET /employees/{id}".
func (r Route) String() string {
	switch {
	case r.Method != "" && r.Path != "":
		return r.Method + " " + r.Path
	case r.Path != "":
		return r.Path
	}
	return r.Method
}

// Unguarded returns the first route on which no authorization stands in
// front of the handler, or nil.
func (a *Access) Unguarded() *Route {
	if a == nil {
		return nil
	}
	for i := range a.Routes {
		if !a.Routes[i].Guarded && !a.Routes[i].Open {
			return &a.Routes[i]
		}
	}
	return nil
}

// Unregistered reports whether the handler has no route in this package
// and is not left to an importer: it is reported by itself.
func (a *Access) Unregistered() bool {
	return a == nil || len(a.Routes) == 0 && !a.Deferred
}

// Origin is one piece of personal data in a flow and where it entered
// the function.
type Origin struct {
	Name     string // "Employee.Phone"
	Category annotations.Category
	Pos      token.Pos // the field read, call or value the data come from
	// Note says where the data come from when Pos cannot show it: for
	// data reported in a method reached only through an interface (see
	// doc.go), the parameter and the interface method its callers call;
	// for data an interface call in another package passes to an
	// implementation registered here, that call. "" otherwise.
	Note string
}

// DecisionCall is a call of an HR decision (//hrvet:decision,
// decisions: in the config), directly or through a function of the
// analysed code that takes one (Summary.Decides).
type DecisionCall struct {
	Pos, End token.Pos
	Callee   string   // what is called here, as types.Func.FullName prints it
	Decision string   // the decision reached, through Via
	Via      []string // the wrappers from Callee down to Decision; empty when Callee is the decision
	// Review is the review whose approval dominates the call, as
	// types.Func.FullName prints it; "" for none. ReviewPos is its call.
	Review    string
	ReviewPos token.Pos
}

// GuardKind says what covers a flow.
type GuardKind int

// The guard kinds.
const (
	NoGuard   GuardKind = iota
	ByConsent           // a dominating consent check
	ByBasis             // a //hrvet:basis on the function, statement or sink
	// ByAuthorization: for an expose sink, a dominating authorization
	// check, in the function or in a callee's summary.
	ByAuthorization
	// ByReview: for a decision, a human review that approves it
	// dominates the call.
	ByReview
)

// Guard is what covers a flow, or what was found that failed to.
type Guard struct {
	Kind     GuardKind
	Purposes []string  // ByConsent, or consent checks that do not cover the sink: their purposes ("" unknown)
	Pos      token.Pos // the consent check, if it is in this function
	Check    string    // the consent check's name
	Citation string    // ByBasis
	Role     string    // ByAuthorization: the role checked; "" unknown
}

// Problem says what is wrong with a flow, if anything.
type Problem int

// The problems a flow can have.
const (
	// OK: nothing is wrong (a guarded transfer, a store).
	OK Problem = iota
	// Unguarded: no consent check or basis covers a transfer; for a log
	// sink, personal data reach it unredacted.
	Unguarded
	// PurposeMismatch: the only consent checks that dominate the sink
	// were for another purpose than the sink's.
	PurposeMismatch
	// NeedsCommercialConsent: a commercial sink with no dominating consent
	// check for purpose "commercial".
	NeedsCommercialConsent
	// OtherSubject: the dominating consent checks name another person than
	// the one the data belong to.
	OtherSubject
)

func (p Problem) String() string {
	switch p {
	case OK:
		return "ok"
	case Unguarded:
		return "unguarded"
	case PurposeMismatch:
		return "purpose mismatch"
	case NeedsCommercialConsent:
		return "needs commercial consent"
	case OtherSubject:
		return "other subject"
	}
	return "unknown"
}

// Unchecked is a consent or authorization check whose result is never
// looked at.
type Unchecked struct {
	Pos, End token.Pos
	Check    string // the check, as types.Func.FullName prints it
	Auth     bool   // an authorization check, not a consent check
	Review   bool   // a review of a decision, not a consent check
}

// DataString lists the flow's data as messages show them:
// "Employee.Name (name), Employee.Phone (phone)".
func (f *Flow) DataString() string {
	var b strings.Builder
	seen := make(map[string]bool)
	for _, d := range f.Data {
		key := d.Name + "\x00" + string(d.Category)
		if seen[key] {
			continue
		}
		seen[key] = true
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(d.Name)
		b.WriteString(" (")
		b.WriteString(string(d.Category))
		b.WriteString(")")
	}
	return b.String()
}

// Plural reports whether the flow carries more than one distinct field,
// for the verb of a message ("reaches" or "reach").
func (f *Flow) Plural() bool {
	first := ""
	for _, d := range f.Data {
		if first == "" {
			first = d.Name
		} else if d.Name != first {
			return true
		}
	}
	return false
}

// SinkString names the sink as messages do: "net/http.Post", or
// "net/http.Post via (*example.com/hr/clients.SMS).Send". A flow other
// flows were merged into names every sink: "log/slog.Error, log/slog.Info
// via X" when they share the wrappers, "A via X, B via Y" otherwise.
func (f *Flow) SinkString() string {
	paths := f.paths()
	sameVia := true
	for _, g := range paths[1:] {
		sameVia = sameVia && slices.Equal(g.Via, f.Via)
	}
	var sinks []string
	for _, g := range paths {
		s := g.Sink
		if !sameVia && len(g.Via) > 0 {
			s += " via " + strings.Join(g.Via, ", ")
		}
		if !slices.Contains(sinks, s) {
			sinks = append(sinks, s)
		}
	}
	out := strings.Join(sinks, ", ")
	if sameVia && len(f.Via) > 0 {
		out += " via " + strings.Join(f.Via, ", ")
	}
	return out
}

// Related describes where a flow's data come from, the wrappers they pass
// through, and the consent check that failed to cover them, for
// analysis.Diagnostic.Related.
func (f *Flow) Related() []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	seen := make(map[string]bool)
	for _, d := range f.Data {
		if !d.Pos.IsValid() {
			continue
		}
		msg := d.Name + " (" + string(d.Category) + ") comes from here"
		if d.Note != "" {
			msg += ": " + d.Note
		}
		key := strconv.Itoa(int(d.Pos)) + msg
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, analysis.RelatedInformation{Pos: d.Pos, End: d.Pos, Message: msg})
	}
	for _, g := range f.paths() {
		if len(g.Via) == 0 {
			continue
		}
		msg := "path: " + strings.Join(g.Via, " -> ") + " -> " + g.Sink
		if !seen[msg] {
			seen[msg] = true
			out = append(out, analysis.RelatedInformation{Pos: f.Pos, End: f.End, Message: msg})
		}
	}
	if f.Problem != OK && f.Guard.Pos.IsValid() && f.Guard.Check != "" {
		out = append(out, analysis.RelatedInformation{Pos: f.Guard.Pos, End: f.Guard.Pos,
			Message: "the consent check " + f.Guard.Check + " is here"})
	}
	return out
}

func (r *Result) sort() {
	sort.SliceStable(r.Flows, func(i, j int) bool {
		a, b := r.Flows[i], r.Flows[j]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		if a.Sink != b.Sink {
			return a.Sink < b.Sink
		}
		if a.Problem != b.Problem {
			return a.Problem < b.Problem
		}
		return a.DataString() < b.DataString()
	})
	sort.SliceStable(r.Decisions, func(i, j int) bool {
		a, b := r.Decisions[i], r.Decisions[j]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		return a.Decision < b.Decision
	})
	sort.SliceStable(r.Unchecked, func(i, j int) bool { return r.Unchecked[i].Pos < r.Unchecked[j].Pos })
	sort.SliceStable(r.Unknown, func(i, j int) bool {
		a, b := r.Unknown[i], r.Unknown[j]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		return a.Callee < b.Callee
	})
}
