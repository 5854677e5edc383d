package pdfields

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/hrvet/hrvet/internal/config"
)

// applyConfig brings the config file's sources and functions into the
// catalogue. A source naming a type of this package must name a real type
// and field; sources for types of other packages (generated code, other
// modules) are resolved through the import graph, since those packages are
// analyzed without the user's config.
func (c *Catalog) applyConfig() error {
	if err := c.applySources(); err != nil {
		return err
	}
	from := c.cfg.Path
	var entries []configEntry
	add := func(section string, name string, line int, apply func(*FuncFact)) {
		entries = append(entries, configEntry{section: section, fn: name, line: line})
		f := c.cfgFuncs[name]
		if f == nil {
			f = &FuncFact{From: fmt.Sprintf("%s:%d", from, line)}
			c.cfgFuncs[name] = f
		}
		apply(f)
	}
	for _, s := range c.cfg.Sinks {
		add("sinks", s.Func, s.Line, func(f *FuncFact) { f.Sink, f.SinkPurpose = string(s.Kind), s.Purpose })
	}
	for _, s := range c.cfg.Consent {
		add("consent", s.Func, s.Line, func(f *FuncFact) { f.Consent, f.ConsentPurpose = true, s.Purpose })
	}
	for _, s := range c.cfg.Redact {
		add("redact", s.Func, s.Line, func(f *FuncFact) { f.Redact = true })
	}
	for _, s := range c.cfg.Basis {
		add("basis", s.Func, s.Line, func(f *FuncFact) { f.Basis = s.Citation })
	}
	for _, s := range c.cfg.Authorize {
		add("authorize", s.Func, s.Line, func(f *FuncFact) { f.Authorize, f.AuthorizeRole = true, s.Role })
	}
	for _, s := range c.cfg.Decisions {
		add("decisions", s.Func, s.Line, func(f *FuncFact) { f.Decision = true })
	}
	for _, s := range c.cfg.Reviews {
		add("reviews", s.Func, s.Line, func(f *FuncFact) { f.Review = true })
	}
	declared, err := c.exportConfiguredFuncs()
	if err != nil {
		return err
	}
	c.reportUnmatched(entries, declared)
	return nil
}

// exportConfiguredFuncs records config roles of functions declared in this
// package as facts, so importers analyzed under another config still see
// them, and checks that configured consent checks, authorization checks
// and reviews can answer yes or no. It returns the full names of the
// package's functions and methods, for reportUnmatched.
func (c *Catalog) exportConfiguredFuncs() (declared []string, err error) {
	if len(c.cfgFuncs) == 0 {
		return nil, nil // no name to look for: spare the walk over every method
	}
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		tn, isType := obj.(*types.TypeName)
		var fns []*types.Func
		if fn, ok := obj.(*types.Func); ok {
			fns = append(fns, fn)
		} else if isType {
			if named, ok := types.Unalias(tn.Type()).(*types.Named); ok {
				for i := range named.NumMethods() {
					fns = append(fns, named.Method(i))
				}
				if iface, ok := named.Underlying().(*types.Interface); ok {
					for i := range iface.NumExplicitMethods() {
						fns = append(fns, iface.ExplicitMethod(i))
					}
				}
			}
		}
		for _, fn := range fns {
			declared = append(declared, configName(fn))
			cf, ok := c.cfgFuncs[configName(fn)]
			if !ok {
				continue
			}
			merged := *cf
			if own := c.funcs[fn]; own != nil {
				merged = mergeFuncFacts(*own, *cf)
			}
			if merged.Consent {
				merged.ConsentResult = consentResult(fn)
				if merged.ConsentResult == "" {
					return nil, c.consentConfigError(fn)
				}
			}
			if merged.Authorize {
				merged.AuthorizeResult = AuthorizeResult(fn)
				if merged.AuthorizeResult == "" {
					return nil, c.authorizeConfigError(fn)
				}
			}
			if merged.Review {
				merged.ReviewResult = consentResult(fn)
				if merged.ReviewResult == "" {
					return nil, c.reviewConfigError(fn)
				}
			}
			c.funcs[fn] = &merged
		}
	}
	return declared, nil
}

func (c *Catalog) applySources() error {
	var imported map[string]*types.Package
	for i, s := range c.cfg.Sources {
		pkgPath, typeName := splitTypePath(s.Type)
		var pkg *types.Package
		if pkgPath == c.pass.Pkg.Path() {
			pkg = c.pass.Pkg
		} else {
			if imported == nil {
				imported = transitiveImports(c.pass.Pkg)
			}
			pkg = imported[pkgPath]
		}
		if pkg == nil {
			continue // not visible from this package: nothing here reads it
		}
		problem := func(key, format string, args ...any) error {
			return &config.Error{File: c.cfg.Path, Line: s.Line, Key: fmt.Sprintf("sources[%d].%s", i, key), Msg: fmt.Sprintf(format, args...)}
		}
		tn, ok := pkg.Scope().Lookup(typeName).(*types.TypeName)
		if !ok {
			if pkg != c.pass.Pkg {
				continue // reported when that package itself is analyzed in this module
			}
			return problem("type", "package %s has no type %s; fix the type name", pkgPath, typeName)
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			return problem("type", "%s is not a struct type", s.Type)
		}
		v := structField(st, s.Field)
		if v == nil {
			return problem("field", "%s has no field %s; fix the field name", s.Type, s.Field)
		}
		if existing, ok := c.fields[v]; c.tagged[v] || ok && existing.How == ByTag {
			continue // a pd tag in the source, even pd:"-", wins
		}
		if pkg != c.pass.Pkg {
			if tagged, ok := c.importedField(v); ok && tagged.How == ByTag {
				continue
			}
		}
		c.fields[v] = &FieldFact{Category: s.Category, How: ByConfig, Term: fmt.Sprintf("%s:%d", c.cfg.Path, s.Line)}
	}
	return nil
}

func structField(st *types.Struct, name string) *types.Var {
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return st.Field(i)
		}
	}
	return nil
}

// splitTypePath splits "example.com/gen/hrpb.Employee" into package path
// and type name.
func splitTypePath(s string) (string, string) {
	i := strings.LastIndex(s, ".")
	if i < 0 {
		return "", s
	}
	return s[:i], s[i+1:]
}

// transitiveImports returns every package reachable from pkg's imports.
func transitiveImports(pkg *types.Package) map[string]*types.Package {
	seen := make(map[string]*types.Package)
	var walk func(*types.Package)
	walk = func(p *types.Package) {
		for _, imp := range p.Imports() {
			if _, ok := seen[imp.Path()]; ok {
				continue
			}
			seen[imp.Path()] = imp
			walk(imp)
		}
	}
	walk(pkg)
	return seen
}

// consentConfigError says that the config file names fn, which cannot
// answer yes or no, as a consent check.
func (c *Catalog) consentConfigError(fn *types.Func) error {
	msg := fmt.Sprintf("consent function %s does not return error or bool as its last result; a consent check must say whether consent was given", fn.FullName())
	return configFuncError(c, "consent", c.cfg.Consent, func(e config.Consent) (string, int) { return e.Func, e.Line }, fn, msg)
}

// authorizeConfigError says that the config file names fn, which cannot
// say whether the caller may proceed, as an authorization check.
func (c *Catalog) authorizeConfigError(fn *types.Func) error {
	msg := fmt.Sprintf("authorize function %s, %s", fn.FullName(), authorizeShapeProblem)
	return configFuncError(c, "authorize", c.cfg.Authorize, func(e config.Authorize) (string, int) { return e.Func, e.Line }, fn, msg)
}

// reviewConfigError says that the config file names fn, which cannot say
// whether a decision was approved, as a review.
func (c *Catalog) reviewConfigError(fn *types.Func) error {
	msg := fmt.Sprintf("review function %s, %s", fn.FullName(), reviewShapeProblem)
	return configFuncError(c, "reviews", c.cfg.Reviews, func(e config.Review) (string, int) { return e.Func, e.Line }, fn, msg)
}

// configFuncError is a problem with fn, which the config section lists:
// the error names the line and key of fn's entry.
func configFuncError[T any](c *Catalog, section string, entries []T, funcOf func(T) (string, int), fn *types.Func, msg string) error {
	e := &config.Error{File: c.cfg.Path, Key: section, Msg: msg}
	for i, entry := range entries {
		if name, line := funcOf(entry); name == configName(fn) {
			e.Line, e.Key = line, fmt.Sprintf("%s[%d].func", section, i)
			break
		}
	}
	return e
}
