package access

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/annotations"
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
	roles := rolesOf(cat)
	for _, f := range res.Flows {
		if f.Kind != sinks.Expose {
			continue
		}
		for _, d := range findings(f, roles) {
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

// findings words what is wrong with one expose flow: no authorization in
// front of it on some route, or data a guarding role does not need.
func findings(f *flow.Flow, roles roleTable) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	acc := f.Access
	handler := ""
	if acc != nil {
		handler = acc.Handler
	}
	if f.Problem != flow.OK {
		if open := acc.Unguarded(); open != nil || acc.Unregistered() {
			msg := fmt.Sprintf("%s %s exposed by %s with no authorization check %s", f.DataString(), be(f), exposer(open, handler), rule)
			if acc != nil && acc.Unfollowed != "" {
				msg += fmt.Sprintf("; %s is %s, where hrvet cannot follow its registration, so a middleware in front of it is not seen", handler, acc.Unfollowed)
			}
			out = append(out, analysis.Diagnostic{Pos: f.Pos, End: f.End, Message: msg, Related: related(f, open)})
			return out
		}
	}
	// Guarded: in the handler (f.Guard) or on every route by a middleware.
	seen := make(map[string]bool)
	for _, g := range guardsOf(f) {
		if seen[g.role] {
			continue
		}
		seen[g.role] = true
		if msg, extra := roles.excess(f.Data, g.role); msg != "" {
			shown := *f
			shown.Data = extra // the related information names only the data reported
			out = append(out, analysis.Diagnostic{Pos: f.Pos, End: f.End, Message: msg, Related: related(&shown, g.route)})
		}
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

// guard is one authorization in front of a flow, with the route it was
// found on (nil: in the handler or a callee).
type guard struct {
	role  string
	route *flow.Route
}

// guardsOf lists the authorizations that guard an expose flow: the check
// in the handler, or else the authorising middleware of each route.
func guardsOf(f *flow.Flow) []guard {
	if f.Guard.Kind == flow.ByAuthorization {
		return []guard{{role: f.Guard.Role}}
	}
	var out []guard
	if f.Access != nil {
		for i := range f.Access.Routes {
			rt := &f.Access.Routes[i]
			if rt.Guarded {
				out = append(out, guard{role: rt.Role, route: rt})
			}
		}
	}
	return out
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

// roleTable is the config's roles: section, by role name.
type roleTable struct {
	configured bool
	needs      map[string][]annotations.Category // nil entry with all
	all        map[string]bool
}

func rolesOf(cat *pdfields.Catalog) roleTable {
	t := roleTable{needs: make(map[string][]annotations.Category), all: make(map[string]bool)}
	for _, r := range cat.Roles() {
		t.configured = true
		if r.All {
			t.all[r.Name] = true
			continue
		}
		t.needs[r.Name] = r.Categories
	}
	return t
}

// excess words the data of ds that role does not need, or returns "".
// With no roles: section nothing is reported. A role with a list gets
// every category outside it; a role with no entry, or an unknown one,
// only the special categories, which every role must name to see.
func (t roleTable) excess(ds []flow.Origin, role string) (string, []flow.Origin) {
	if !t.configured || t.all[role] {
		return "", nil
	}
	list, listed := t.needs[role]
	var extra []flow.Origin
	for _, d := range ds {
		if slices.Contains(list, d.Category) || !listed && d.Category.Class() == annotations.Personal {
			continue
		}
		extra = append(extra, d)
	}
	if len(extra) == 0 {
		return "", nil
	}
	shown := &flow.Flow{Data: extra}
	what, verb := shown.DataString(), "is"
	if shown.Plural() {
		verb = "are"
	}
	kind := "a special category"
	if slices.ContainsFunc(extra, func(d flow.Origin) bool { return d.Category.Class() == annotations.Forbidden }) {
		kind = "a special or forbidden category"
	}
	switch {
	case role == "":
		return fmt.Sprintf("%s, of %s, %s exposed to an authorised caller of unknown role; name the role in the authorization and list the category under it in roles: %s", what, kind, verb, rule), extra
	case !listed:
		return fmt.Sprintf("%s, of %s, %s exposed to role %s, which roles: does not list %s", what, kind, verb, role, rule), extra
	}
	names := make([]string, len(list))
	for i, c := range list {
		names[i] = string(c)
	}
	return fmt.Sprintf("%s %s exposed to role %s, which needs only %s %s", what, verb, role, strings.Join(names, ", "), rule), extra
}
