package flow

import (
	"fmt"
	"strings"

	"github.com/hrvet/hrvet/annotations"
)

// Summary is the fact pdflow exports for a function whose body it
// analysed: what the function does with the data its callers pass it.
// Callers, in this package or any importing one, apply it at each call
// instead of looking into the body.
//
// A function with no Summary is one pdflow did not need to analyse (it
// touches no personal data, no sink and no summarised callee) or one of
// the standard library: its result is taken to carry all its arguments'
// data. A Summary, even an empty one, is exact: the result carries only
// what Returns lists.
type Summary struct {
	Flows   []ParamFlow    // parameters' data reaching a sink, not fully guarded inside
	Returns []ReturnFlow   // what each result carries
	Writes  []WriteFlow    // data written into what a parameter points to
	Consent []ConsentParam // set when the function is a consent-check wrapper
	// Authorize is set when the function is an authorization check (a
	// wrapper saying yes or no) or an authorising middleware: one that
	// checks authorization itself, or returns a closure that does.
	Authorize []AuthParam
	// Exposes lists the personal data the function, a request handler
	// that no route or call of its package reaches, writes into its
	// response with no authorization check: the package that registers
	// it judges them at the registration (see routes.go).
	Exposes []Exposure
	// OpenRoutes lists the routes the function registers on a router
	// its caller passes, whose handler writes personal data into its
	// response with no authorization check in this package: the
	// package that passes the router judges them with the middleware in
	// front of it (see openroutes.go). Sorted.
	OpenRoutes []OpenRoute
	// Built lists the person-bearing results the function builds itself,
	// from a literal, new or make that nothing it cannot see fills (an
	// SDK's request builder, a constructor): they carry what Returns
	// lists and nothing else. A caller takes any other person-bearing
	// result for data found elsewhere (a loader's), an origin of every
	// personal field its type holds.
	Built []int
	// Decides lists the HR decisions the function calls with no review
	// approving them on the path: a call of it is a decision call, and
	// the caller's conditions count (see decision.go).
	Decides []Decides
	// Derives says what results are computed from beyond what Returns
	// says they carry: a comparison's operands, the
	// condition choosing a value (see decisionData). Only the decision
	// rule reads it.
	Derives []ReturnFlow
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

func (s *Summary) String() string {
	var parts []string
	for _, f := range s.Flows {
		parts = append(parts, f.String())
	}
	for _, r := range s.Returns {
		parts = append(parts, r.String())
	}
	for _, w := range s.Writes {
		parts = append(parts, w.String())
	}
	for _, c := range s.Consent {
		parts = append(parts, c.String())
	}
	for _, a := range s.Authorize {
		parts = append(parts, a.String())
	}
	for _, e := range s.Exposes {
		parts = append(parts, e.String())
	}
	for _, o := range s.OpenRoutes {
		parts = append(parts, o.String())
	}
	for _, d := range s.Decides {
		parts = append(parts, d.String())
	}
	for _, r := range s.Derives {
		parts = append(parts, "derived "+r.String())
	}
	for _, b := range s.Built {
		parts = append(parts, fmt.Sprintf("built result %d", b))
	}
	if len(parts) == 0 {
		return "summary()"
	}
	return "summary(" + strings.Join(parts, "; ") + ")"
}

// ParamFlow says that parameter Param (the receiver is parameter 0 of a
// method), selected down Path, reaches a sink inside the function with no
// guard that covers it there.
type ParamFlow struct {
	Param   int
	Path    []string // field names from the parameter down to the data; empty: all of it
	Kind    string   // sink kind: transfer, commercial, log, store
	Sink    string   // the real sink, as types.Func.FullName prints it
	Purpose string   // the sink's purpose, if any
	Via     []string // wrappers between this function and the sink, outermost first
	// Consents are the purposes of consent checks that dominate the sink
	// inside the function but do not cover it (a different purpose, or
	// not "commercial" for a commercial sink). "" stands for a check of
	// unknown purpose.
	Consents []string
	// Role is, for an expose sink, the role of an authorization check
	// that guards the flow inside the function: the flow is kept so that
	// callers check what the role needs to know (see access). "" for a
	// flow no authorization guards.
	Role string
	// Encoding is the struct tag key ("json", "xml", "yaml") of an
	// encoder that encodes the parameter, of interface type here, on its
	// way to the sink: the caller narrows what it passes as that encoder
	// would (fields tagged "-", MarshalJSON). "" for none.
	Encoding string
	// Requires lists the fields of the function's parameters that must
	// be non-zero for the flow to happen ("0.AvatarType": the receiver's
	// AvatarType), sorted (see nonzero.go).
	Requires []string
}

func (f ParamFlow) String() string {
	s := fmt.Sprintf("param %d%s -> %s %s", f.Param, dotted(f.Path), f.Kind, f.Sink)
	if f.Purpose != "" {
		s += " purpose=" + f.Purpose
	}
	if len(f.Via) > 0 {
		s += " via " + strings.Join(f.Via, ", ")
	}
	if len(f.Consents) > 0 {
		s += " under consent " + strings.Join(f.Consents, ",")
	}
	if f.Role != "" {
		s += " under role " + f.Role
	}
	if f.Encoding != "" {
		s += " encoded " + f.Encoding
	}
	if len(f.Requires) > 0 {
		s += " if non-zero " + strings.Join(f.Requires, ",")
	}
	return s
}

// Decides names a decision a function calls unreviewed: the decision
// function, reached through the wrappers in Via.
type Decides struct {
	Sink string
	Via  []string
}

func (d Decides) String() string {
	s := "decides " + d.Sink
	if len(d.Via) > 0 {
		s += " via " + strings.Join(d.Via, ", ")
	}
	return s
}

// ReturnFlow says that result Result carries, at field path At within
// it, either the data of parameter Param selected down Path, or (Param
// -1) personal data that originate inside the function, listed in Data.
type ReturnFlow struct {
	Result int
	Param  int
	Path   []string
	At     []string
	Data   []Datum
}

func (r ReturnFlow) String() string {
	if r.Param < 0 {
		names := make([]string, len(r.Data))
		for i, d := range r.Data {
			names[i] = d.Name
		}
		return fmt.Sprintf("result %d%s <- %s", r.Result, dotted(r.At), strings.Join(names, ","))
	}
	return fmt.Sprintf("result %d%s <- param %d%s", r.Result, dotted(r.At), r.Param, dotted(r.Path))
}

// WriteFlow says that the function writes, into what parameter Into
// points to (at field path At), either the data of parameter Param
// selected down Path, or (Param -1) personal data that originate inside
// it, listed in Data: a setter, a decoder, an out parameter.
type WriteFlow struct {
	Into  int
	At    []string
	Param int
	Path  []string
	Data  []Datum
}

func (w WriteFlow) String() string {
	if w.Param < 0 {
		names := make([]string, len(w.Data))
		for i, d := range w.Data {
			names[i] = d.Name
		}
		return fmt.Sprintf("*param %d%s <- %s", w.Into, dotted(w.At), strings.Join(names, ","))
	}
	return fmt.Sprintf("*param %d%s <- param %d%s", w.Into, dotted(w.At), w.Param, dotted(w.Path))
}

// ConsentParam says that the function is a consent check: its last result
// says whether consent was given (Result "error": nil means given; "bool":
// true means given).
type ConsentParam struct {
	Param        int    // the parameter naming the person whose consent is checked; -1 if unknown
	Purpose      string // the purpose, if fixed inside the function
	PurposeParam int    // else the parameter passing the purpose; -1 if none
	Result       string // "error" or "bool"
}

func (c ConsentParam) String() string {
	s := fmt.Sprintf("consent(%s", c.Result)
	if c.Param >= 0 {
		s += fmt.Sprintf(" subject param %d", c.Param)
	}
	if c.Purpose != "" {
		s += " purpose=" + c.Purpose
	} else if c.PurposeParam >= 0 {
		s += fmt.Sprintf(" purpose param %d", c.PurposeParam)
	}
	return s + ")"
}

// Exposure is personal data a handler writes into its response.
type Exposure struct {
	Data []Datum // the data, sorted by name
	At   string  // where the response is written: "handler/user.go:123"
	Sink string  // the expose sink, as types.Func.FullName prints it
}

func (e Exposure) String() string {
	names := make([]string, len(e.Data))
	for i, d := range e.Data {
		names[i] = d.Name
	}
	return fmt.Sprintf("exposes %s at %s", strings.Join(names, ","), e.At)
}

// resultMiddleware is the form of an authorization that returns, or is,
// a middleware instead of saying yes or no.
const resultMiddleware = "middleware"

// AuthParam describes a function that checks authorization: a wrapper
// of an authorization check, or a middleware that authorises.
type AuthParam struct {
	Role      string // the role, if fixed inside the function
	RoleParam int    // else the parameter passing the role; -1 if none
	Result    string // "error", "bool", or "middleware"
}

func (a AuthParam) String() string {
	s := "authorize(" + a.Result
	if a.Role != "" {
		s += " role=" + a.Role
	} else if a.RoleParam >= 0 {
		s += fmt.Sprintf(" role param %d", a.RoleParam)
	}
	return s + ")"
}

// Datum is one piece of personal data a value carries.
type Datum struct {
	Name     string               // the field, as "Employee.Phone"
	Category annotations.Category // its category
	Path     []string             // where it sits within the value; empty: the value is the datum
}

func dotted(path []string) string {
	if len(path) == 0 {
		return ""
	}
	return "." + strings.Join(path, ".")
}
