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
	return fmt.Sprintf("flows(%s, %d no-return, %d summaries)", data, len(f.NoReturn), len(f.Summaries))
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
	if !f.Data && len(f.NoReturn) == 0 && len(f.Summaries) == 0 {
		return
	}
	slices.Sort(f.NoReturn)
	slices.SortFunc(f.Summaries, func(a, b funcSummary) int { return cmp.Compare(a.Path, b.Path) })
	p.pass.ExportPackageFact(&f)
}

// importFlows returns what an imported package's fact records, by
// function; nil if it has no fact.
func importFlows(pass *analysis.Pass, pkg *types.Package) map[types.Object]imported {
	var f packageFlows
	if !pass.ImportPackageFact(pkg, &f) {
		return nil
	}
	return resolveFlows(pkg, &f)
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
