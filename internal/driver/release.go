package driver

import (
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// A releaser drops a package's syntax and type information as soon as
// every analysis of the package has run, so that the garbage collector can
// reclaim them while the rest of the run goes on.
//
// The checker keeps every package, and every pass over it, to the end of
// the run (its own comments call releasing earlier an optimization still
// to do). In a run over a large module the analyses then allocate on top
// of the whole module's syntax, and each collection during them marks all
// of it. What later work needs of a package once its analyses are done —
// its types, its facts, the positions in the file set — holds none of it.
//
// The releaser counts the actions the checker will make for each package,
// in the same way the checker makes them (checker.Analyze: each requested
// analyzer on each root package, its prerequisites on the same package,
// and an analyzer with facts on every import). A package whose count does
// not reach zero, because an action failed its prerequisites or did not
// run on a package with errors, is simply kept.
type releaser struct {
	mu      sync.Mutex
	pending map[*types.Package]*pendingPackage
}

type pendingPackage struct {
	pkg     *packages.Package
	left    int              // actions not yet run
	passes  []*analysis.Pass // the passes of those that have
	holders []syntaxHolder   // results that keep syntax of the package
}

// syntaxHolder is a result that keeps parts of its package's syntax for
// the analyzers that require it, and can let go of them once they have
// all run (pdfields.Catalog).
type syntaxHolder interface {
	ReleaseSyntax()
}

// planRelease counts the actions checker.Analyze makes of analyzers on
// roots, by package.
func planRelease(analyzers []*analysis.Analyzer, roots []*packages.Package) *releaser {
	r := &releaser{pending: make(map[*types.Package]*pendingPackage)}
	type action struct {
		a   *analysis.Analyzer
		pkg *packages.Package
	}
	made := make(map[action]bool)
	var visit func(a *analysis.Analyzer, pkg *packages.Package)
	visit = func(a *analysis.Analyzer, pkg *packages.Package) {
		if made[action{a, pkg}] {
			return
		}
		made[action{a, pkg}] = true
		if pkg.Types != nil {
			p := r.pending[pkg.Types]
			if p == nil {
				p = &pendingPackage{pkg: pkg}
				r.pending[pkg.Types] = p
			}
			p.left++
		}
		for _, req := range a.Requires {
			visit(req, pkg)
		}
		if len(a.FactTypes) > 0 {
			for _, imp := range pkg.Imports {
				visit(a, imp)
			}
		}
	}
	for _, a := range analyzers {
		for _, pkg := range roots {
			visit(a, pkg)
		}
	}
	return r
}

// ran records that one analysis of pass.Pkg has run, on pass (the
// checker's) and inner (the copy the analyzer saw), with result; the last
// one releases the package.
func (r *releaser) ran(pass, inner *analysis.Pass, result any) {
	if r == nil || pass.Pkg == nil {
		return
	}
	r.mu.Lock()
	p := r.pending[pass.Pkg]
	if p == nil {
		r.mu.Unlock()
		return
	}
	p.passes = append(p.passes, pass, inner)
	if h, ok := result.(syntaxHolder); ok {
		p.holders = append(p.holders, h)
	}
	p.left--
	if p.left > 0 {
		r.mu.Unlock()
		return
	}
	delete(r.pending, pass.Pkg)
	r.mu.Unlock()

	for _, h := range p.holders {
		h.ReleaseSyntax()
	}
	for _, ps := range p.passes {
		ps.Files = nil
		ps.TypesInfo = nil
	}
	p.pkg.Syntax = nil
	p.pkg.TypesInfo = nil
}
