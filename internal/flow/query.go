package flow

import "go/types"

// Summary returns the summary of fn: the one computed for a function of
// this package, or the one imported as a fact for a function of another
// package that this package refers to. It returns nil for a function the
// engine has no summary for (one it did not need to analyse, one of the
// standard library, one that neither this package declares nor refers
// to): by the rule of Summary, such a function's results carry all its
// arguments' data.
//
// Other analyzers that Require pdflow use it to follow data through calls
// without a second engine. The returned Summary is shared: do not modify
// it.
func (r *Result) Summary(fn *types.Func) *Summary {
	if r == nil || fn == nil {
		return nil
	}
	return r.summaries[fn.Origin()]
}

// collectSummaries gathers, for Result.Summary, the summaries of the
// package's own functions and those of the other packages' functions it
// refers to. Facts can be imported only while the pass runs, so the
// imports are made here, once per referenced function.
func (p *pkgCtx) collectSummaries() map[*types.Func]*Summary {
	out := make(map[*types.Func]*Summary, len(p.local))
	for obj, s := range p.local {
		out[obj] = s
	}
	for _, obj := range p.pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == p.pass.Pkg {
			continue
		}
		if s := p.summaryOf(fn); s != nil {
			out[fn.Origin()] = s
		}
	}
	return out
}
