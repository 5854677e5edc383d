package access

import (
	"fmt"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/internal/exposure"
	"github.com/hrvet/hrvet/internal/flow"
	"github.com/hrvet/hrvet/internal/report"
	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports personal data written into the response of a request
// handler that no authorization check guards, and data of a category the
// guarding role does not need (Labour Code art. 88 p.5).
var Analyzer = &analysis.Analyzer{
	Name:     "access",
	Doc:      doc,
	URL:      "https://pkg.go.dev/github.com/hrvet/hrvet/analyzers/access",
	Requires: []*analysis.Analyzer{pdfields.Analyzer, flow.Analyzer},
	Run:      run,
}

const rule = "(Labour Code art. 88 p.5)"

func run(pass *analysis.Pass) (any, error) {
	cat := pass.ResultOf[pdfields.Analyzer].(*pdfields.Catalog)
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	r := report.New(pass, cat.Directives)
	roles := exposure.NewRoles(cat.Roles())
	for _, f := range res.Flows {
		if f.Kind != sinks.Expose {
			continue
		}
		for _, d := range findings(f, roles.Judge(f)) {
			r.Report(d)
		}
	}
	for _, u := range res.Unchecked {
		if !u.Auth {
			continue // consent reports those
		}
		r.Report(analysis.Diagnostic{
			Pos:     u.Pos,
			End:     u.End,
			Message: fmt.Sprintf("result of authorization check %s is not checked, so it guards nothing %s", u.Check, rule),
		})
	}
	r.Finish()
	return nil, nil
}

// findings words what is wrong with one expose flow, as v judges it: no
// authorization in front of it on some route, or else data a guarding
// role does not need, once per role.
func findings(f *flow.Flow, v exposure.Verdict) []analysis.Diagnostic {
	acc := f.Access
	handler := ""
	if acc != nil {
		handler = acc.Handler
	}
	if v.Status == exposure.Unguarded {
		msg := fmt.Sprintf("%s %s exposed by %s with no authorization check %s", f.DataString(), be(f), exposer(v.Open, handler), rule)
		if acc != nil && acc.Unfollowed != "" {
			msg += fmt.Sprintf("; %s is %s, where hrvet cannot follow its registration, so a middleware in front of it is not seen", handler, acc.Unfollowed)
		}
		return []analysis.Diagnostic{{Pos: f.Pos, End: f.End, Message: msg, Related: related(f, v.Open)}}
	}
	var out []analysis.Diagnostic
	for _, e := range v.Excess {
		// The route of the first way the role guards, as the finding's
		// related information; nil for a check in the handler.
		var rt *flow.Route
		for _, w := range v.Ways {
			if w.Excess == e {
				rt = w.Route
				if w.Guard.InHandler {
					rt = nil
				}
				break
			}
		}
		shown := *f
		shown.Data = e.Data // the related information names only the data reported
		out = append(out, analysis.Diagnostic{Pos: f.Pos, End: f.End, Message: e.String() + " " + rule, Related: related(&shown, rt)})
	}
	return out
}

// be returns the verb for the flow's data.
func be(f *flow.Flow) string {
	if f.Plural() {
		return "are"
	}
	return "is"
}

// exposer names what shows the data: the route and its handler, or the
// handler alone.
func exposer(rt *flow.Route, handler string) string {
	switch {
	case rt != nil && rt.Path != "" && handler != "":
		return fmt.Sprintf("%s (%s)", rt.String(), handler)
	case handler != "":
		return handler
	}
	return "a response"
}

// related explains a finding: where the data come from, the path, and
// the route's registration.
func related(f *flow.Flow, rt *flow.Route) []analysis.RelatedInformation {
	out := f.Related()
	if rt != nil && rt.Pos.IsValid() {
		msg := "registered here"
		if rt.Guarded {
			msg = "registered here behind " + rt.Middleware
		}
		out = append(out, analysis.RelatedInformation{Pos: rt.Pos, End: rt.Pos, Message: msg})
	}
	return out
}
