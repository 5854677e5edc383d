package pdfields

import (
	"go/ast"
	"go/types"
	"sync"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/directive"
	"github.com/hrvet/hrvet/internal/objfacts"
	"golang.org/x/tools/go/analysis"
)

// Catalog is the pdfields result: what the analyzed package and everything
// it imports says about personal data. Analyzers that require pdfields ask
// it instead of re-reading tags, directives and the config.
//
// Its methods are safe for concurrent use by the analyzers of one package.
type Catalog struct {
	pass *analysis.Pass
	cfg  *config.Config

	files     map[*ast.File]*directive.File
	fields    map[*types.Var]*FieldFact // declared here, or configured for an imported type
	funcs     map[*types.Func]*FuncFact // declared here
	types     map[*types.TypeName]*TypeFact
	stmtBasis map[ast.Stmt]string
	tagged    map[*types.Var]bool  // fields declared here with pd:"-" or a bad pd tag
	cfgFuncs  map[string]*FuncFact // roles given by the config, by types.Func.FullName

	imported  *objfacts.Table[mark]      // the marks of imported packages, from their facts
	reexports map[string][]*packageMarks // what direct imports re-export, by package path; built by importMarks

	reachOnce sync.Once
	reachable []types.Object // see Reachable

	mu      sync.Mutex
	bearing map[*types.Named][]PersonalField
}

func newCatalog(pass *analysis.Pass, cfg *config.Config) *Catalog {
	c := &Catalog{
		pass:      pass,
		cfg:       cfg,
		files:     make(map[*ast.File]*directive.File),
		fields:    make(map[*types.Var]*FieldFact),
		funcs:     make(map[*types.Func]*FuncFact),
		types:     make(map[*types.TypeName]*TypeFact),
		stmtBasis: make(map[ast.Stmt]string),
		tagged:    make(map[*types.Var]bool),
		cfgFuncs:  make(map[string]*FuncFact),
		bearing:   make(map[*types.Named][]PersonalField),
	}
	c.imported = objfacts.NewTable(c.importMarks)
	return c
}

// Config returns the configuration in force for the package.
func (c *Catalog) Config() *config.Config { return c.cfg }

// Roles returns the roles: entries of the configuration in force for the
// package: for each role, the categories of personal data its function
// needs (Labour Code art. 88 p.5). They keep the order of the file; from
// the golangci-lint plugin's settings they come sorted by name. The slice
// is shared; do not modify it. The roles are not facts: each package
// reads those of its own configuration, like the rest of it.
func (c *Catalog) Roles() []config.Role {
	if c.cfg == nil {
		return nil
	}
	return c.cfg.Roles
}

// Role returns what the roles: entry of the role called name says: the
// categories its function needs, in the order written, or all when the
// entry is [all] (cats is then nil). ok is false when no entry names the
// role; SPEC section 6 then asks for the authorization check alone.
// Names are compared as written. cats is shared; do not modify it.
func (c *Catalog) Role(name string) (cats []annotations.Category, all bool, ok bool) {
	r, ok := c.cfg.RoleFor(name)
	if !ok {
		return nil, false, false
	}
	return r.Categories, r.All, true
}

// ReleaseSyntax drops what the catalogue keeps of the package's syntax
// (its directives and statements with a basis). A driver that frees each
// package's syntax once every analyzer of the package has run calls it
// then; Directives and StmtBasis find nothing afterwards.
func (c *Catalog) ReleaseSyntax() {
	c.files, c.stmtBasis = nil, nil
}

// Reachable returns the objects of other packages that the package's API
// hands on to its importers (see objfacts.Reachable), computed once for
// every analyzer that re-exports what it knows about them in its fact.
func (c *Catalog) Reachable() []types.Object {
	c.reachOnce.Do(func() { c.reachable = objfacts.Reachable(c.pass.Pkg) })
	return c.reachable
}

// Directives returns the directives of one of the package's files.
func (c *Catalog) Directives(f *ast.File) *directive.File { return c.files[f] }

// Field reports whether a struct field, declared in this package or any
// other, is personal data. Fields of generic types are looked up through
// their origin.
func (c *Catalog) Field(v *types.Var) (FieldFact, bool) {
	if v == nil || !v.IsField() {
		return FieldFact{}, false
	}
	v = v.Origin()
	if f, ok := c.fields[v]; ok {
		return *f, true
	}
	return c.importedField(v)
}

// Func returns the roles of a function or method: from its directives
// (here or, through facts, in the package declaring it) and from the
// config. The built-in sink catalogue is not consulted here; see
// internal/sinks.
func (c *Catalog) Func(fn *types.Func) (FuncFact, bool) {
	if fn == nil {
		return FuncFact{}, false
	}
	fn = fn.Origin()
	var f FuncFact
	found := false
	if own, ok := c.funcs[fn]; ok {
		f, found = *own, true
	} else if fn.Pkg() != c.pass.Pkg {
		if m, ok := c.imported.Lookup(fn); ok && m.fn != nil {
			f, found = *m.fn, true
		}
	}
	if len(c.cfgFuncs) == 0 {
		return f, found // spare building the full name, a new string
	}
	if cf, ok := c.cfgFuncs[configName(fn)]; ok {
		merged := mergeFuncFacts(f, *cf)
		if merged.Consent && merged.ConsentResult == "" {
			merged.ConsentResult = consentResult(fn)
		}
		if merged.Authorize && merged.AuthorizeResult == "" {
			merged.AuthorizeResult = AuthorizeResult(fn)
		}
		if merged.Review && merged.ReviewResult == "" {
			merged.ReviewResult = consentResult(fn)
		}
		return merged, true
	}
	return f, found
}

// Declares reports whether the package itself marks anything: a personal
// field (of its own types, or configured for an imported one) or a
// function with a role, by directive or by the config. A package that
// declares nothing and imports nothing that does has no personal data.
func (c *Catalog) Declares() bool {
	return len(c.fields) > 0 || len(c.funcs) > 0 || len(c.cfgFuncs) > 0
}

// Type returns the directives recorded on a struct type.
func (c *Catalog) Type(tn *types.TypeName) (TypeFact, bool) {
	if tn == nil {
		return TypeFact{}, false
	}
	if f, ok := c.types[tn]; ok {
		return *f, true
	}
	if tn.Pkg() != c.pass.Pkg {
		if m, ok := c.imported.Lookup(tn); ok && m.typ != nil {
			return *m.typ, true
		}
	}
	return TypeFact{}, false
}

// importedField returns the mark an imported package's fact puts on v.
func (c *Catalog) importedField(v *types.Var) (FieldFact, bool) {
	if v.Pkg() != c.pass.Pkg {
		if m, ok := c.imported.Lookup(v); ok && m.field != nil {
			return *m.field, true
		}
	}
	return FieldFact{}, false
}

// StmtBasis returns the citation of a //hrvet:basis on a statement of this
// package.
func (c *Catalog) StmtBasis(s ast.Stmt) (string, bool) {
	b, ok := c.stmtBasis[s]
	return b, ok
}

// StmtBases calls yield for each statement of this package that carries
// a //hrvet:basis, with its citation, in no particular order.
func (c *Catalog) StmtBases(yield func(s ast.Stmt, citation string) bool) {
	for s, b := range c.stmtBasis {
		if !yield(s, b) {
			return
		}
	}
}

func mergeFuncFacts(a, b FuncFact) FuncFact {
	if b.Consent {
		a.Consent, a.ConsentPurpose = true, b.ConsentPurpose
		if b.ConsentResult != "" {
			a.ConsentResult = b.ConsentResult
		}
	}
	if b.Sink != "" {
		a.Sink, a.SinkPurpose = b.Sink, b.SinkPurpose
	}
	if b.Authorize {
		a.Authorize, a.AuthorizeRole = true, b.AuthorizeRole
		if b.AuthorizeResult != "" {
			a.AuthorizeResult = b.AuthorizeResult
		}
	}
	if b.Basis != "" {
		a.Basis = b.Basis
	}
	a.Redact = a.Redact || b.Redact
	a.Anonymize = a.Anonymize || b.Anonymize
	if b.Decision {
		// A declared decision (no term) wins over one inferred from the
		// name in the package that declares the function.
		a.Decision, a.DecisionTerm = true, b.DecisionTerm
	}
	if b.Review {
		a.Review = true
		if b.ReviewResult != "" {
			a.ReviewResult = b.ReviewResult
		}
	}
	if a.From == "" {
		a.From = b.From
	}
	return a
}
