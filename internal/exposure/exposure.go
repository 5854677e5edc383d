// Package exposure judges the flows of personal data into the response of
// a request handler (sink kind expose) by SPEC section 6's access rules:
// whether an authorization stands in front of the data on every way
// requests reach the handler, and which of the data a guarding role does
// not need to know (Labour Code art. 88 p.5). The access analyzer reports
// what Judge finds and 'hrvet inventory' records it, so that the record
// and the findings agree.
//
// The flow engine (internal/flow) says what guards a flow in the handler
// (Flow.Guard) and how requests reach it (Flow.Access); this package only
// puts the two together and applies roles: from .hrvet.yaml.
package exposure

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/flow"
)

// Status is the verdict on one way to the data, or on a whole flow.
type Status int

// The statuses, from the best to the worst but one: a flow takes the
// worst status of its ways, except that a flow with one way judged here
// and found lawful is OK even if its other ways are judged elsewhere.
const (
	// OK: an authorization guards the data, and its role needs them.
	OK Status = iota
	// Elsewhere: the way is judged where the handler is registered, not
	// here: by an importing package (flow.Access.Deferred), or on a
	// router that comes from a parameter, whose middleware the callers
	// add (flow.Route.Open).
	Elsewhere
	// BeyondNeed: an authorization guards the data, but its role does
	// not need some of them, per roles:.
	BeyondNeed
	// Unguarded: no authorization check stands in front of the data.
	Unguarded
)

// Guard is one authorization in front of an expose flow's data.
type Guard struct {
	// InHandler is set for a check in the handler (or in a helper on the
	// way to the response, through its summary); else the guard is the
	// middleware of Route.
	InHandler bool
	// Check is the check or the middleware, as messages name them; ""
	// for a check inside the wrappers the data pass through (Flow.Via).
	Check string
	Role  string // the role checked; "" unknown
}

// Way is one way requests reach the handler of an expose flow: one of its
// routes, or, when no route of the package reaches it, none.
type Way struct {
	Route  *flow.Route // nil: no route of the package (see flow.Access)
	Guard  *Guard      // nil: no authorization
	Status Status
	Excess *Excess // BeyondNeed: what the guard's role does not need
}

// Verdict is the judgement on one expose flow.
type Verdict struct {
	Status Status
	// Open is, for an Unguarded flow, the first route with no
	// authorization in front of it; nil when no route of the package
	// reaches the handler.
	Open *flow.Route
	Ways []Way // in the order of flow.Access.Routes
	// Excess lists, for each role that guards the data, once each and in
	// the order of Ways, what it does not need. Under an Unguarded
	// flow's guarded ways too: the access analyzer reports them once the
	// missing authorization is added.
	Excess []*Excess
}

// Judge decides an expose flow. The check in the handler (f.Guard, of
// kind flow.ByAuthorization) guards every route; else each route has the
// authorizing middleware in front of it, if any. A route with none is
// unguarded, unless its router comes from a parameter; a handler no route
// of the package reaches is unguarded, unless an importing package may
// register it (flow.Access.Deferred). Each guard's role is then held
// against roles:.
func (t Roles) Judge(f *flow.Flow) Verdict {
	var handler *Guard
	if f.Guard.Kind == flow.ByAuthorization {
		handler = &Guard{InHandler: true, Check: f.Guard.Check, Role: f.Guard.Role}
	}
	acc := f.Access
	var v Verdict
	if acc == nil || len(acc.Routes) == 0 {
		w := Way{Guard: handler}
		if handler == nil && acc != nil && acc.Deferred {
			w.Status = Elsewhere
		}
		v.Ways = []Way{w}
	} else {
		for i := range acc.Routes {
			rt := &acc.Routes[i]
			w := Way{Route: rt, Guard: handler}
			switch {
			case handler != nil:
			case rt.Guarded:
				w.Guard = &Guard{Check: rt.Middleware, Role: rt.Role}
			case rt.Open:
				w.Status = Elsewhere
			}
			v.Ways = append(v.Ways, w)
		}
	}
	byRole := make(map[string]*Excess)
	for i := range v.Ways {
		w := &v.Ways[i]
		switch {
		case w.Guard != nil:
			e, seen := byRole[w.Guard.Role]
			if !seen {
				e = t.Excess(f.Data, w.Guard.Role)
				byRole[w.Guard.Role] = e
				if e != nil {
					v.Excess = append(v.Excess, e)
				}
			}
			if e != nil {
				w.Status, w.Excess = BeyondNeed, e
			}
		case w.Status == Elsewhere:
		case f.Problem != flow.OK:
			w.Status = Unguarded
			if v.Status != Unguarded {
				v.Open = w.Route
			}
		}
		v.Status = max(v.Status, w.Status)
	}
	if v.Status == Elsewhere && slices.ContainsFunc(v.Ways, func(w Way) bool { return w.Status == OK }) {
		v.Status = OK
	}
	return v
}

// Roles is the roles: section of a configuration, by role name.
type Roles struct {
	configured bool
	needs      map[string][]annotations.Category // the categories of a role with a list
	all        map[string]bool                   // roles with [all]
}

// NewRoles indexes the entries of roles:.
func NewRoles(entries []config.Role) Roles {
	t := Roles{needs: make(map[string][]annotations.Category), all: make(map[string]bool)}
	for _, r := range entries {
		t.configured = true
		if r.All {
			t.all[r.Name] = true
			continue
		}
		t.needs[r.Name] = r.Categories
	}
	return t
}

// Excess is the data an authorised role is shown and does not need.
type Excess struct {
	Role   string // "" unknown
	Listed bool   // roles: has an entry for Role
	// Needs are the categories the entry lists, in the order written.
	Needs []annotations.Category
	// Data are those of the flow's data outside Needs (for a role with
	// no entry, those of a special or forbidden category), once per
	// field and category.
	Data []flow.Origin
}

// Excess returns the data of ds that role does not need, or nil. With no
// roles: section nothing is in excess. A role with a list does not need
// the categories outside it; a role with no entry, or an unknown one,
// does not need the special and forbidden categories, which every role
// must name to see them.
func (t Roles) Excess(ds []flow.Origin, role string) *Excess {
	if !t.configured || t.all[role] {
		return nil
	}
	list, listed := t.needs[role]
	var extra []flow.Origin
	for _, d := range ds {
		if slices.Contains(list, d.Category) || !listed && d.Category.Class() == annotations.Personal {
			continue
		}
		if !slices.ContainsFunc(extra, func(o flow.Origin) bool { return o.Name == d.Name && o.Category == d.Category }) {
			extra = append(extra, d)
		}
	}
	if len(extra) == 0 {
		return nil
	}
	return &Excess{Role: role, Listed: listed, Needs: list, Data: extra}
}

// String words the excess as the access analyzer reports it, without
// the rule: "Employee.Passport (govid) is exposed to role manager, which
// needs only name, phone, email, employment".
func (e *Excess) String() string {
	shown := &flow.Flow{Data: e.Data}
	what, verb := shown.DataString(), "is"
	if shown.Plural() {
		verb = "are"
	}
	kind := "a special category"
	if slices.ContainsFunc(e.Data, func(d flow.Origin) bool { return d.Category.Class() == annotations.Forbidden }) {
		kind = "a special or forbidden category"
	}
	switch {
	case e.Role == "":
		return fmt.Sprintf("%s, of %s, %s exposed to an authorised caller of unknown role; name the role in the authorization and list the category under it in roles:", what, kind, verb)
	case !e.Listed:
		return fmt.Sprintf("%s, of %s, %s exposed to role %s, which roles: does not list", what, kind, verb, e.Role)
	}
	return fmt.Sprintf("%s %s exposed to role %s, which needs only %s", what, verb, e.Role, e.NeedsString())
}

// NeedsString lists the categories the role needs: "name, phone".
func (e *Excess) NeedsString() string {
	names := make([]string, len(e.Needs))
	for i, c := range e.Needs {
		names[i] = string(c)
	}
	return strings.Join(names, ", ")
}
