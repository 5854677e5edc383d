package config

import (
	"go/types"

	"github.com/hrvet/hrvet/annotations"
)

// FileName is the name of the configuration file.
const FileName = ".hrvet.yaml"

// Config is a parsed configuration. A *Config returned by [Load] is shared
// between goroutines and must not be modified. Its lookup methods (SinkFor,
// ConsentFor, ...) accept a nil *Config, which declares nothing.
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
	Safe    []Safe
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
	Kind    string // transfer, commercial, log or store
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
	key, ok := funcKey(fn)
	if !ok || c == nil {
		return Sink{}, false
	}
	for _, s := range c.Sinks {
		if s.Func == key {
			return s, true
		}
	}
	return Sink{}, false
}

// ConsentFor returns the consent check declared for fn, if any.
func (c *Config) ConsentFor(fn *types.Func) (Consent, bool) {
	key, ok := funcKey(fn)
	if !ok || c == nil {
		return Consent{}, false
	}
	for _, s := range c.Consent {
		if s.Func == key {
			return s, true
		}
	}
	return Consent{}, false
}

// RedactFor returns the redactor declared for fn, if any.
func (c *Config) RedactFor(fn *types.Func) (Redact, bool) {
	key, ok := funcKey(fn)
	if !ok || c == nil {
		return Redact{}, false
	}
	for _, s := range c.Redact {
		if s.Func == key {
			return s, true
		}
	}
	return Redact{}, false
}

// BasisFor returns the legal basis declared for fn, if any.
func (c *Config) BasisFor(fn *types.Func) (Basis, bool) {
	key, ok := funcKey(fn)
	if !ok || c == nil {
		return Basis{}, false
	}
	for _, s := range c.Basis {
		if s.Func == key {
			return s, true
		}
	}
	return Basis{}, false
}

// SafeFor returns the safe declaration for fn, if any.
func (c *Config) SafeFor(fn *types.Func) (Safe, bool) {
	if c == nil || len(c.Safe) == 0 {
		return Safe{}, false
	}
	key, ok := funcKey(fn)
	if !ok {
		return Safe{}, false
	}
	for _, s := range c.Safe {
		if s.Func == key {
			return s, true
		}
	}
	return Safe{}, false
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
