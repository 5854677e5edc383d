package driver

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// guard returns copies of analyzers, and of everything they require, whose
// Run turns a panic into an error naming the analyzer, the package and the
// place, so that a bug in one pass costs one line on stderr and exit code 1
// rather than a crash with a stack trace. Neither checker nor unitchecker
// recovers; a panic in a goroutine an analyzer starts is still fatal.
//
// The copies leave the originals alone: an analyzer finds its
// prerequisites' results under the original pointers, as it expects.
func guard(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	out, _ := newGuarded(analyzers)
	return out
}

// guardReleasing is guard for a run of checker.Analyze over roots whose
// results are read only as diagnostics: each package's syntax and type
// information are dropped once its analyses have run (see releaser).
func guardReleasing(analyzers []*analysis.Analyzer, roots []*packages.Package) []*analysis.Analyzer {
	out, g := newGuarded(analyzers)
	g.release = planRelease(out, roots)
	return out
}

func newGuarded(analyzers []*analysis.Analyzer) ([]*analysis.Analyzer, *guarded) {
	g := &guarded{
		copies:    make(map[*analysis.Analyzer]*analysis.Analyzer),
		originals: make(map[*analysis.Analyzer]*analysis.Analyzer),
	}
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		out[i] = g.copyOf(a)
	}
	return out, g
}

// guarded maps each analyzer to its guarded copy and back. It is complete
// before any analysis starts and only read afterwards.
type guarded struct {
	copies    map[*analysis.Analyzer]*analysis.Analyzer
	originals map[*analysis.Analyzer]*analysis.Analyzer
	release   *releaser // nil: nothing is released
	// onError, if set, sees each error an analyzer returns (a panic
	// included) before the driver does.
	onError func(error)
}

func (g *guarded) copyOf(orig *analysis.Analyzer) *analysis.Analyzer {
	if c, ok := g.copies[orig]; ok {
		return c
	}
	c := new(analysis.Analyzer)
	*c = *orig // the copied FlagSet shares its flag values with the original
	g.copies[orig] = c
	g.originals[c] = orig
	c.Requires = make([]*analysis.Analyzer, len(orig.Requires))
	for i, req := range orig.Requires {
		c.Requires[i] = g.copyOf(req)
	}
	c.Run = g.run(orig)
	return c
}

// run returns a Run that calls orig.Run on a pass dressed as orig's own.
func (g *guarded) run(orig *analysis.Analyzer) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (result any, err error) {
		inner := *pass
		inner.Analyzer = orig
		inner.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
		for req, res := range pass.ResultOf {
			inner.ResultOf[g.originals[req]] = res
		}
		pkgPath := "?"
		if pass.Pkg != nil {
			pkgPath = pass.Pkg.Path()
		}
		defer func() {
			if v := recover(); v != nil {
				result = nil
				err = &panicError{pkg: pkgPath, value: v, site: panicSite()}
			}
			if err != nil && g.onError != nil {
				g.onError(err)
			}
			g.release.ran(pass, &inner, result)
		}()
		return orig.Run(&inner)
	}
}

// panicError is an analyzer's panic, turned into an error.
type panicError struct {
	pkg   string // the package being analyzed
	value any    // what was passed to panic
	site  string // where, as "function (file:line)", or ""
}

func (e *panicError) Error() string {
	msg := fmt.Sprintf("panic while analyzing %s: %s", e.pkg, oneLine(fmt.Sprint(e.value)))
	if e.site != "" {
		msg += " in " + e.site
	}
	return msg
}

// panicSite names the frame, outside the runtime, where the panic being
// recovered began, as "function (file:line)". Called from a deferred
// function, the stack reads from the top: this function, the deferred
// one, the runtime's panic machinery, the culprit. A panic recovered on
// the way up and raised again by a deferred function (the flow engine's
// strict mode does that) leaves a second runtime.gopanic above the
// first, with that deferred function as its culprit: the place that
// matters is below the outermost runtime.gopanic. (A deferred function
// that panics anew during a panic it did not recover is named for the
// first panic too, with the second one's value.)
func panicSite() string {
	pcs := make([]uintptr, 256)
	n := runtime.Callers(3, pcs) // skip runtime.Callers, panicSite and the deferred function
	frames := runtime.CallersFrames(pcs[:n])
	site := ""
	afterPanic := true // with no runtime.gopanic found, the innermost frame
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			afterPanic = true
		case afterPanic && f.Function != "" && !inRuntime(f.Function):
			name := f.Function[strings.LastIndexByte(f.Function, '/')+1:]
			site = fmt.Sprintf("%s (%s:%d)", name, filepath.Base(f.File), f.Line)
			afterPanic = false
		}
		if !more {
			return site
		}
	}
}

// inRuntime reports whether the function named fn is part of the runtime.
func inRuntime(fn string) bool {
	return strings.HasPrefix(fn, "runtime.") || strings.HasPrefix(fn, "internal/runtime/")
}
