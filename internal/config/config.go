package config

import (
	"go/types"

	"github.com/hrvet/hrvet/annotations"
)

// FileName is the name of the configuration file.
const FileName = ".hrvet.yaml"

// Config is a parsed configuration. A *Config returned by [Load] is shared
// between goroutines and must not be modified. Its lookup methods (SinkFor,
// ConsentFor, RoleFor, ...) accept a nil *Config, which declares nothing.
//
// Func fields hold the canonical form of [FuncName.String], which is what
// the lookups compare against; Line fields are 1-based lines in the file.
type Config struct {
	Path    string // the file it came from; "" for the defaults
	Version int    // always 1
	Infer   bool   // infer personal data from names (default true)
	Sources []Source
	Sinks   []Sink
	Consent []Consent
	Redact  []Redact
	Basis   []Basis

	Authorize []Authorize
	Roles     []Role // in the order of the file

	Decisions []Decision
	Reviews   []Review

	Safe []Safe
}

// Source marks a field of a type the user cannot tag.
type Source struct {
	Type     string // package path + "." + type name: "example.com/gen/hrpb.Employee"
	Field    string // field name: "Phone"
	Category annotations.Category
	Line     int // line in the file; 0 when unknown
}

// Sink declares a function or method as an external sink.
type Sink struct {
	Func    string // canonical FullName, see FuncName
	Kind    string // transfer, commercial, log, store or expose
	Purpose string // optional
	Line    int
}

// Consent declares a function or method as a consent check.
type Consent struct {
	Func    string
	Purpose string // optional
	Line    int
}

// Redact declares a function whose result carries no personal data.
type Redact struct {
	Func string
	Line int
}

// Basis declares the legal basis on which a function transfers data.
type Basis struct {
	Func     string
	Citation string
	Line     int
}

// Authorize declares a function or method as an authorization check: the
// caller is an authorised person acting in Role.
type Authorize struct {
	Func string
	Role string // optional; "" takes the role from a constant string argument at the call
	Line int
}

// Role is an entry of roles:, the categories of personal data that the
// function of the people acting in a role needs (Labour Code art. 88 p.5:
// each sees only what their function needs).
type Role struct {
	Name       string                 // the role, as //hrvet:authorize role=<r> and authorize: name it
	Categories []annotations.Category // in the order written; nil when All
	All        bool                   // [all]: the role needs every category
	Line       int                    // the line of the role's name
}

// Decision declares a function or method as an HR decision about an
// employee (dismissal, discipline, a change of pay, a transfer, the
// rejection of a candidate), as //hrvet:decision does.
type Decision struct {
	Func string
	Line int
}

// Review declares a function or method as a human review of an automated
// proposal, as //hrvet:review does: its success approves the decision.
type Review struct {
	Func string
	Line int
}

// Safe declares a function of another module that is known not to pass
// personal data out of the program (a formatter, a validator, an SDK's
// local helper): 'hrvet inventory' does not list it among the calls
// hrvet does not know. It changes no finding. SPEC section 4 has no such
// key; see the package documentation.
type Safe struct {
	Func string
	Line int
}

// Default returns the configuration used when there is no file: inference
// on, nothing declared.
func Default() *Config {
	return &Config{Version: 1, Infer: true}
}

// SinkFor returns the sink declared for fn, if any.
func (c *Config) SinkFor(fn *types.Func) (Sink, bool) {
	if c == nil {
		return Sink{}, false
	}
	return declared(c.Sinks, fn, func(s *Sink) string { return s.Func })
}

// ConsentFor returns the consent check declared for fn, if any.
func (c *Config) ConsentFor(fn *types.Func) (Consent, bool) {
	if c == nil {
		return Consent{}, false
	}
	return declared(c.Consent, fn, func(s *Consent) string { return s.Func })
}

// RedactFor returns the redactor declared for fn, if any.
func (c *Config) RedactFor(fn *types.Func) (Redact, bool) {
	if c == nil {
		return Redact{}, false
	}
	return declared(c.Redact, fn, func(s *Redact) string { return s.Func })
}

// BasisFor returns the legal basis declared for fn, if any.
func (c *Config) BasisFor(fn *types.Func) (Basis, bool) {
	if c == nil {
		return Basis{}, false
	}
	return declared(c.Basis, fn, func(s *Basis) string { return s.Func })
}

// AuthorizeFor returns the authorization check declared for fn, if any.
func (c *Config) AuthorizeFor(fn *types.Func) (Authorize, bool) {
	if c == nil {
		return Authorize{}, false
	}
	return declared(c.Authorize, fn, func(s *Authorize) string { return s.Func })
}

// DecisionFor returns the decision declared for fn, if any.
func (c *Config) DecisionFor(fn *types.Func) (Decision, bool) {
	if c == nil {
		return Decision{}, false
	}
	return declared(c.Decisions, fn, func(s *Decision) string { return s.Func })
}

// ReviewFor returns the review declared for fn, if any.
func (c *Config) ReviewFor(fn *types.Func) (Review, bool) {
	if c == nil {
		return Review{}, false
	}
	return declared(c.Reviews, fn, func(s *Review) string { return s.Func })
}

// SafeFor returns the safe declaration for fn, if any.
func (c *Config) SafeFor(fn *types.Func) (Safe, bool) {
	if c == nil {
		return Safe{}, false
	}
	return declared(c.Safe, fn, func(s *Safe) string { return s.Func })
}

// RoleFor returns the roles: entry of the role called name, if any. Names
// are compared as written.
func (c *Config) RoleFor(name string) (Role, bool) {
	if c == nil {
		return Role{}, false
	}
	for _, r := range c.Roles {
		if r.Name == name {
			return r, true
		}
	}
	return Role{}, false
}

// declared returns the entry of list whose function, as funcOf reads it,
// is fn. An empty list spares building fn's name.
func declared[T any](list []T, fn *types.Func, funcOf func(*T) string) (T, bool) {
	var zero T
	if len(list) == 0 {
		return zero, false
	}
	key, ok := funcKey(fn)
	if !ok {
		return zero, false
	}
	for i := range list {
		if funcOf(&list[i]) == key {
			return list[i], true
		}
	}
	return zero, false
}

// SourceFor returns the source declared for the field of the named type
// pkgPath.typeName, if any.
func (c *Config) SourceFor(pkgPath, typeName, field string) (Source, bool) {
	if c == nil {
		return Source{}, false
	}
	typ := pkgPath + "." + typeName
	for _, s := range c.Sources {
		if s.Field == field && s.Type == typ {
			return s, true
		}
	}
	return Source{}, false
}

// funcKey returns the canonical name that Parse stores for fn.
func funcKey(fn *types.Func) (string, bool) {
	name, ok := FuncNameOf(fn)
	if !ok {
		return "", false
	}
	return name.String(), true
}
