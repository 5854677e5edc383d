package flow

import (
	"cmp"
	"fmt"
	"go/types"
	"slices"

	"github.com/hrvet/hrvet/internal/objfacts"
	"golang.org/x/tools/go/analysis"
)

// packageFlows is the one fact pdflow exports for a package: whether
// personal data can occur in it, which of its functions never return, and
// the summaries of its functions, each function named by its object path.
// One package fact rather than an object fact per function keeps the
// checker's copying of facts linear in the packages (see
// internal/objfacts). The lists are sorted by path, so the fact encodes
// the same way every time.
type packageFlows struct {
	// Data: the package, or a package it imports, marks personal data or
	// roles; only there can a function touch personal data or a consent
	// check.
	Data      bool
	NoReturn  []string // functions that never return normally
	Summaries []funcSummary
	// Others holds what other packages' facts say about the methods that
	// this package's API hands on to its importers (see
	// objfacts.Foreign), sorted by package path. Their Data and Others
	// are unset.
	Others []objfacts.Foreign[packageFlows]
	// Impls lists the implementations of the module's interface methods
	// that this package and its imports of the module declare (see
	// implFlows), sorted by method and implementation.
	Impls []implFlows
	// Open lists the calls of the module's interface methods, in this
	// package and its imports of the module, given personal data that
	// implementations the calling package does not see may send (see
	// openCall), sorted.
	Open []openCall
}

type funcSummary struct {
	Path    string
	Summary Summary
}

// AFact marks packageFlows as an analysis fact.
func (*packageFlows) AFact() {}

func (f *packageFlows) String() string {
	data := "no data"
	if f.Data {
		data = "data"
	}
	s := fmt.Sprintf("flows(%s, %d no-return, %d summaries", data, len(f.NoReturn), len(f.Summaries))
	if len(f.Impls) > 0 {
		s += fmt.Sprintf(", %d implementations", len(f.Impls))
	}
	if len(f.Open) > 0 {
		s += fmt.Sprintf(", %d open calls", len(f.Open))
	}
	for _, o := range f.Others {
		s += fmt.Sprintf("; %s: %d no-return, %d summaries", o.Pkg, len(o.Fact.NoReturn), len(o.Fact.Summaries))
	}
	return s + ")"
}

// imported is what an imported package's fact says about one of its
// functions.
type imported struct {
	summary  *Summary
	noReturn bool
}

// objectFactsForTests makes exportFacts also export each summary and
// no-return mark as an object fact, so that tests can expect it on the
// line of its function. (The package fact itself is read back in the
// tests that call the functions from another package.)
var objectFactsForTests = false

// exportFacts publishes the package's fact. The standard library's
// summaries are not exported (see standard), its no-return marks are.
func (p *pkgCtx) exportFacts(hasData, std bool, never []*types.Func) {
	if objectFactsForTests {
		p.exportObjectFacts(never, std)
	}
	var names objfacts.Namer
	f := packageFlows{Data: hasData}
	for _, fn := range never {
		if path, ok := names.Path(fn); ok {
			f.NoReturn = append(f.NoReturn, path)
		}
	}
	if !std {
		for fn, s := range p.local {
			if fn.Pkg() != p.pass.Pkg {
				continue
			}
			if path, ok := names.Path(fn); ok {
				f.Summaries = append(f.Summaries, funcSummary{path, *s})
			}
		}
	}
	f.Others = p.reexportFlows(&names)
	if !std {
		f.Impls = p.exportedImpls()
		f.Open = p.exportedOpen()
	}
	if !f.Data && len(f.NoReturn) == 0 && len(f.Summaries) == 0 && len(f.Others) == 0 && len(f.Impls) == 0 && len(f.Open) == 0 {
		return
	}
	f.sort()
	p.pass.ExportPackageFact(&f)
}

// reexportFlows returns what the facts of other packages say about the
// methods the package's API hands on, grouped by package and sorted.
func (p *pkgCtx) reexportFlows(names *objfacts.Namer) []objfacts.Foreign[packageFlows] {
	byPkg := make(map[string]*packageFlows)
	for _, obj := range p.cat.Reachable() {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		e, ok := p.imported.Lookup(fn)
		if !ok || e.summary == nil && !e.noReturn {
			continue
		}
		path, ok := names.Path(fn)
		if !ok {
			continue
		}
		f := byPkg[fn.Pkg().Path()]
		if f == nil {
			f = new(packageFlows)
			byPkg[fn.Pkg().Path()] = f
		}
		if e.noReturn {
			f.NoReturn = append(f.NoReturn, path)
		}
		if e.summary != nil {
			f.Summaries = append(f.Summaries, funcSummary{path, *e.summary})
		}
	}
	others := make([]objfacts.Foreign[packageFlows], 0, len(byPkg))
	for pkg, f := range byPkg {
		f.sort()
		others = append(others, objfacts.Foreign[packageFlows]{Pkg: pkg, Fact: *f})
	}
	slices.SortFunc(others, func(a, b objfacts.Foreign[packageFlows]) int { return cmp.Compare(a.Pkg, b.Pkg) })
	return others
}

// sort puts the entries in the order of their paths, so that the fact
// encodes the same way every time.
func (f *packageFlows) sort() {
	slices.Sort(f.NoReturn)
	slices.SortFunc(f.Summaries, func(a, b funcSummary) int { return cmp.Compare(a.Path, b.Path) })
}

// importFlows returns what an imported package's fact records, by
// function; nil if it has no fact.
func importFlows(pass *analysis.Pass, pkg *types.Package, reexports *map[string][]*packageFlows) map[types.Object]imported {
	var f packageFlows
	if pass.ImportPackageFact(pkg, &f) {
		return resolveFlows(pkg, &f)
	}
	// No fact of pkg: a driver that passes on the facts of direct imports
	// only, and pkg is not one. Its methods are known from what the direct
	// imports re-export. (Called with the table's lock held, as is the
	// index's construction.)
	if *reexports == nil {
		*reexports = objfacts.Reexports(pass.Pkg, func(imp *types.Package) []objfacts.Foreign[packageFlows] {
			var f packageFlows
			if !pass.ImportPackageFact(imp, &f) {
				return nil
			}
			return f.Others
		})
		if *reexports == nil {
			*reexports = map[string][]*packageFlows{}
		}
	}
	var out map[types.Object]imported
	for _, rf := range (*reexports)[pkg.Path()] {
		for obj, e := range resolveFlows(pkg, rf) {
			if out == nil {
				out = make(map[types.Object]imported)
			}
			if old, ok := out[obj]; ok {
				e.noReturn = e.noReturn || old.noReturn
				if e.summary == nil {
					e.summary = old.summary
				}
			}
			out[obj] = e
		}
	}
	return out
}

// resolveFlows resolves the names of a package's fact against pkg.
func resolveFlows(pkg *types.Package, f *packageFlows) map[types.Object]imported {
	out := make(map[types.Object]imported, len(f.NoReturn)+len(f.Summaries))
	for _, path := range f.NoReturn {
		if obj := objfacts.Resolve(pkg, path); obj != nil {
			out[obj] = imported{noReturn: true}
		}
	}
	for i := range f.Summaries {
		if obj := objfacts.Resolve(pkg, f.Summaries[i].Path); obj != nil {
			e := out[obj]
			e.summary = &f.Summaries[i].Summary
			out[obj] = e
		}
	}
	return out
}

// noReturn is the object fact of a function that never returns, exported
// only in tests (see objectFactsForTests).
type noReturn struct{}

// AFact marks noReturn as an analysis fact.
func (*noReturn) AFact() {}

func (*noReturn) String() string { return "noReturn" }

// exportObjectFacts exports the package's no-return marks and summaries as
// object facts, in the order of the functions' declarations; see
// objectFactsForTests.
func (p *pkgCtx) exportObjectFacts(never []*types.Func, std bool) {
	var fns []*types.Func
	for fn := range p.local {
		if fn.Pkg() == p.pass.Pkg {
			fns = append(fns, fn)
		}
	}
	fns = append(fns, never...)
	slices.SortFunc(fns, func(a, b *types.Func) int { return cmp.Compare(a.Pos(), b.Pos()) })
	fns = slices.Compact(fns)
	for _, fn := range fns {
		if slices.Contains(never, fn) {
			p.pass.ExportObjectFact(fn, new(noReturn))
		}
		if s, ok := p.local[fn]; ok && !std {
			p.pass.ExportObjectFact(fn, s)
		}
	}
}
