package inventory

import (
	"bytes"
	"strings"
)

func (inv *Inventory) markdownExposures(b *bytes.Buffer) {
	b.WriteString("\n## Exposures\n\n")
	if len(inv.Exposures) == 0 {
		b.WriteString("No personal data are shown in the response of a request handler.\n")
		return
	}
	b.WriteString("Personal data shown in the responses of request handlers, once for each way\n" +
		"requests reach the handler, with the authorization in front of it (Labour\n" +
		"Code art. 88 p.5: access only by specially authorised persons, each seeing\n" +
		"only what their function needs). Exposures marked **NOT COVERED** are\n" +
		"reported by the access analyzer.\n\n")
	t := newTable("route", "handler", "where", "data", "guard", "lawful as written")
	for _, e := range inv.Exposures {
		t.row(routeText(e.Route), code(e.Handler), e.Pos.FileLine(), dataText(e.Data), guardText(e.Guard, e.Sink), lawfulText(e))
	}
	t.write(b)
}

// routeText says how requests reach a handler: "`GET /employees/{id}`
// at api/server.go:50", "registered by an importer", ...
func routeText(r Route) string {
	var s string
	switch r.Registered {
	case RegisteredImporter:
		return "registered by an importer"
	case RegisteredUnfollowed:
		return "registration not followed: " + text(r.Why)
	case RegisteredNone:
		return "not registered here"
	case RegisteredCall:
		s = "called by " + code(r.Handler)
	default:
		s = code(strings.TrimSpace(r.Method + " " + r.Path))
		if r.Handler != "" {
			s += " to " + code(r.Handler)
		}
	}
	if r.Pos != nil {
		s += " at " + r.Pos.FileLine()
	}
	if r.Open {
		s += ", on a router its callers pass in"
	}
	return s
}

// lawfulText says whether an exposure is lawful as written, and if not,
// why.
func lawfulText(e Exposure) string {
	why := ""
	switch e.Status {
	case StatusOK:
		return "yes"
	case StatusDeferred:
		if e.Route.Open {
			return "not judged here: the router comes from the callers, whose middleware is not seen"
		}
		return "judged where an importer registers the handler"
	case StatusUnguarded:
		why = "no authorization check"
	case StatusBeyondNeed:
		why = excessText(e)
	default:
		why = strings.ReplaceAll(e.Status, "-", " ")
	}
	if e.Suppressed != nil {
		return why + ", suppressed by the //hrvet:ignore at " + e.Suppressed.FileLine()
	}
	return "**NOT COVERED**: " + why
}

// excessText says what the guarding role is shown and does not need,
// as the access analyzer words it.
func excessText(e Exposure) string {
	what := dataText(e.Excess)
	switch {
	case e.Guard.Role == "":
		return what + ", of a special category, shown to a caller of unknown role"
	case len(e.Needs) == 0:
		return what + ", of a special category, shown to role " + text(e.Guard.Role) + ", which roles: does not list"
	}
	var needs []string
	for _, c := range e.Needs {
		needs = append(needs, string(c))
	}
	return what + " shown to role " + text(e.Guard.Role) + ", which needs only " + strings.Join(needs, ", ")
}

// dataText lists data as the tables show them: "`Employee.Phone` (phone)".
func dataText(data []Datum) string {
	parts := make([]string, len(data))
	for i, d := range data {
		parts[i] = code(d.Field) + " (" + string(d.Category) + ")"
	}
	return strings.Join(parts, ", ")
}

func (inv *Inventory) markdownRoles(b *bytes.Buffer) {
	b.WriteString("\n## Roles\n\n")
	if len(inv.Roles) == 0 {
		b.WriteString("No `roles:` in .hrvet.yaml: only authorization is checked, not what each role\n" +
			"needs to know.\n")
		return
	}
	b.WriteString("The categories of personal data each role needs, from `roles:` in .hrvet.yaml:\n" +
		"a handler that shows an authorised role more is not covered. A role with no\n" +
		"entry may see every category but the special ones.\n\n")
	t := newTable("role", "needs", "declared at")
	for _, r := range inv.Roles {
		needs := "all"
		if !r.All {
			var cats []string
			for _, c := range r.Categories {
				cats = append(cats, string(c))
			}
			needs = strings.Join(cats, ", ")
		}
		at := r.Config.FileLine()
		if at == "" {
			at = "settings"
		}
		t.row(text(r.Name), needs, at)
	}
	t.write(b)
}
