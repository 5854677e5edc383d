package inventory

import (
	"cmp"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/annotations"
)

// Inventory is the record of processing of a set of packages: the JSON
// document hrvet inventory -json prints, and what the Markdown shows.
// Every list is sorted and none is null.
type Inventory struct {
	Packages []string `json:"packages"` // the packages recorded, by import path
	Fields   []Field  `json:"fields"`   // every personal field, by package and name
	Flows    []Flow   `json:"flows"`    // every flow to a sink, by position
	// Exposures are the expose flows of Flows again, one for each way
	// requests reach the handler, by position and route.
	Exposures []Exposure `json:"exposures"`
	Roles     []Role     `json:"roles"` // the roles: entries of .hrvet.yaml, by name and entry
	// Decisions are the calls of HR decisions, with what each rests on
	// and its review, by position.
	Decisions []Decision `json:"decisions"`
	Special   []Field    `json:"special"` // the fields of Fields in a special or forbidden category
	Ignores   []Ignore   `json:"ignores"` // every //hrvet:ignore, by position
	Diagram   []Edge     `json:"diagram"` // categories to sinks, as the Mermaid diagram draws them
	// Unknown are the functions of other modules that personal data are
	// passed to and that hrvet does not know, the most data first.
	Unknown []Unknown `json:"unknown"`
}

// Edge is one arrow of the diagram: the flows of a category to a sink
// under one kind of guard.
type Edge struct {
	Category annotations.Category `json:"category"`
	Sink     string               `json:"sink"`
	Kind     string               `json:"kind"`   // the sink's kind
	Guard    string               `json:"guard"`  // the guard kind
	Status   string               `json:"status"` // "ok", or the flows' problem
	Flows    int                  `json:"flows"`  // how many flows it stands for
}

// Merge combines the records of packages into one inventory, with file
// names relative to dir where they lie under it, every list sorted and
// duplicates dropped, so that the same code always gives the same bytes.
func Merge(dir string, records []*Record) *Inventory {
	inv := &Inventory{
		Packages:  []string{},
		Fields:    []Field{},
		Flows:     []Flow{},
		Exposures: []Exposure{},
		Roles:     []Role{},
		Decisions: []Decision{},
		Special:   []Field{},
		Ignores:   []Ignore{},
		Diagram:   []Edge{},
		Unknown:   []Unknown{},
	}
	records = slices.Clone(records)
	slices.SortFunc(records, func(a, b *Record) int { return cmp.Compare(a.Package, b.Package) })

	fields := make(map[string]int) // package and name -> index in inv.Fields
	var calls []Call
	for _, r := range records {
		if r == nil {
			continue
		}
		inv.Packages = append(inv.Packages, r.Package)
		for _, f := range r.Fields {
			f.Pos = relative(f.Pos, dir)
			f.Marked.Config = relativePtr(f.Marked.Config, dir)
			key := f.Package + "\x00" + f.Name
			if i, ok := fields[key]; ok {
				// A field seen from several packages: the declaring
				// package's own view wins.
				if r.Package == f.Package {
					inv.Fields[i] = f
				}
				continue
			}
			fields[key] = len(inv.Fields)
			inv.Fields = append(inv.Fields, f)
		}
		for _, f := range r.Flows {
			f.Pos = relative(f.Pos, dir)
			f.Suppressed = relativePtr(f.Suppressed, dir)
			if f.Data == nil {
				f.Data = []Datum{}
			}
			f.Guard.Check = relativeClosure(f.Guard.Check, dir)
			inv.Flows = append(inv.Flows, f)
		}
		for _, e := range r.Exposures {
			e.Pos = relative(e.Pos, dir)
			e.Route.Pos = relativePtr(e.Route.Pos, dir)
			e.Suppressed = relativePtr(e.Suppressed, dir)
			if e.Data == nil {
				e.Data = []Datum{}
			}
			e.Guard.Check = relativeClosure(e.Guard.Check, dir)
			inv.Exposures = append(inv.Exposures, e)
		}
		for _, role := range r.Roles {
			role.Config = relative(role.Config, dir)
			inv.Roles = append(inv.Roles, role)
		}
		for _, d := range r.Decisions {
			d.Pos = relative(d.Pos, dir)
			d.Suppressed = relativePtr(d.Suppressed, dir)
			if d.Review != nil {
				review := *d.Review
				review.Pos = relative(review.Pos, dir)
				d.Review = &review
			}
			if d.Data == nil {
				d.Data = []Datum{}
			}
			inv.Decisions = append(inv.Decisions, d)
		}
		for _, ig := range r.Ignores {
			ig.Pos = relative(ig.Pos, dir)
			inv.Ignores = append(inv.Ignores, ig)
		}
		for _, c := range r.Calls {
			c.Pos = relative(c.Pos, dir)
			calls = append(calls, c)
		}
	}
	inv.Packages = slices.Compact(inv.Packages)

	slices.SortFunc(inv.Fields, compareFields)
	for _, f := range inv.Fields {
		if f.Category.Class() != annotations.Personal {
			inv.Special = append(inv.Special, f)
		}
	}
	slices.SortFunc(inv.Flows, compareFlows)
	inv.Flows = slices.CompactFunc(inv.Flows, func(a, b Flow) bool { return compareFlows(a, b) == 0 })
	slices.SortFunc(inv.Exposures, compareExposures)
	inv.Exposures = slices.CompactFunc(inv.Exposures, func(a, b Exposure) bool { return compareExposures(a, b) == 0 })
	slices.SortFunc(inv.Roles, compareRoles)
	inv.Roles = slices.CompactFunc(inv.Roles, func(a, b Role) bool { return compareRoles(a, b) == 0 })
	slices.SortFunc(inv.Decisions, compareDecisions)
	inv.Decisions = slices.CompactFunc(inv.Decisions, func(a, b Decision) bool { return compareDecisions(a, b) == 0 })
	slices.SortFunc(inv.Ignores, compareIgnores)
	inv.Diagram = edges(inv.Flows)
	slices.SortFunc(calls, compareCalls)
	calls = slices.CompactFunc(calls, func(a, b Call) bool { return compareCalls(a, b) == 0 })
	inv.Unknown = unknowns(calls)
	return inv
}

// sort puts r's lists in the order Merge gives them.
func (r *Record) sort() {
	slices.SortFunc(r.Fields, compareFields)
	slices.SortFunc(r.Flows, compareFlows)
	slices.SortFunc(r.Exposures, compareExposures)
	slices.SortFunc(r.Roles, compareRoles)
	slices.SortFunc(r.Decisions, compareDecisions)
	slices.SortFunc(r.Ignores, compareIgnores)
	slices.SortFunc(r.Calls, compareCalls)
}

func compareFields(a, b Field) int {
	return cmp.Or(cmp.Compare(a.Package, b.Package), cmp.Compare(a.Name, b.Name), a.Pos.compare(b.Pos))
}

func compareIgnores(a, b Ignore) int {
	return cmp.Or(a.Pos.compare(b.Pos), cmp.Compare(a.Reason, b.Reason))
}

// compareFlows orders flows by position, then by everything else they
// say, so that no two different flows compare equal.
func compareFlows(a, b Flow) int {
	return cmp.Or(
		a.Pos.compare(b.Pos),
		cmp.Compare(a.Sink.Name, b.Sink.Name),
		cmp.Compare(strings.Join(a.Sink.Via, "\x00"), strings.Join(b.Sink.Via, "\x00")),
		cmp.Compare(a.Guard.Kind, b.Guard.Kind),
		cmp.Compare(a.Status, b.Status),
		cmp.Compare(dataString(a.Data), dataString(b.Data)),
		cmp.Compare(dataString(a.Excess), dataString(b.Excess)),
		cmp.Compare(a.Guard.Check, b.Guard.Check),
		cmp.Compare(strings.Join(a.Guard.Purposes, "\x00"), strings.Join(b.Guard.Purposes, "\x00")),
		cmp.Compare(a.Guard.Citation, b.Guard.Citation),
		cmp.Compare(a.Guard.Redactor, b.Guard.Redactor),
		cmp.Compare(a.Guard.Role, b.Guard.Role),
		cmp.Compare(a.Sink.Kind, b.Sink.Kind),
		cmp.Compare(a.Sink.Purpose, b.Sink.Purpose),
		cmp.Compare(a.Package, b.Package),
		cmp.Compare(a.Func, b.Func),
	)
}

// compareExposures orders exposures by position, then by route, then
// by everything else they say.
func compareExposures(a, b Exposure) int {
	return cmp.Or(
		a.Pos.compare(b.Pos),
		compareRoutes(a.Route, b.Route),
		cmp.Compare(a.Sink.Name, b.Sink.Name),
		cmp.Compare(strings.Join(a.Sink.Via, "\x00"), strings.Join(b.Sink.Via, "\x00")),
		cmp.Compare(dataString(a.Data), dataString(b.Data)),
		cmp.Compare(a.Guard.Kind, b.Guard.Kind),
		cmp.Compare(a.Guard.Check, b.Guard.Check),
		cmp.Compare(a.Guard.Role, b.Guard.Role),
		cmp.Compare(a.Status, b.Status),
		cmp.Compare(dataString(a.Excess), dataString(b.Excess)),
		cmp.Compare(a.Handler, b.Handler),
		cmp.Compare(a.Package, b.Package),
		cmp.Compare(a.Func, b.Func),
	)
}

// compareRoutes orders the routes of one write: registrations by path,
// method and position, then the ways with no registration.
func compareRoutes(a, b Route) int {
	var pa, pb Position
	unregistered := func(r Route) int { // 0 for a route or call, 1 for none
		if r.Registered == RegisteredRoute || r.Registered == RegisteredCall {
			return 0
		}
		return 1
	}
	if a.Pos != nil {
		pa = *a.Pos
	}
	if b.Pos != nil {
		pb = *b.Pos
	}
	return cmp.Or(
		cmp.Compare(unregistered(a), unregistered(b)),
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Method, b.Method),
		pa.compare(pb),
		cmp.Compare(a.Registered, b.Registered),
		cmp.Compare(a.Handler, b.Handler),
		cmp.Compare(a.Why, b.Why),
	)
}

// compareRoles orders roles by name, then by where they are declared.
func compareRoles(a, b Role) int {
	return cmp.Or(cmp.Compare(a.Name, b.Name), a.Config.compare(b.Config))
}

// edges groups flows into the diagram's arrows, one per category, sink,
// guard kind and status, sorted in that order. The categories of a flow
// beyond need to know that the role does need are ok.
func edges(flows []Flow) []Edge {
	index := make(map[Edge]int) // the edge with Flows 0 -> its index
	var out []Edge
	for _, f := range flows {
		cats := make([]annotations.Category, 0, len(f.Data))
		for _, d := range f.Data {
			cats = append(cats, d.Category)
		}
		slices.Sort(cats)
		for _, c := range slices.Compact(cats) {
			status := f.Status
			if status == StatusBeyondNeed && !slices.ContainsFunc(f.Excess, func(d Datum) bool { return d.Category == c }) {
				status = StatusOK // the role needs this category
			}
			key := Edge{Category: c, Sink: f.Sink.Name, Kind: f.Sink.Kind, Guard: f.Guard.Kind, Status: status}
			i, ok := index[key]
			if !ok {
				i = len(out)
				index[key] = i
				out = append(out, key)
			}
			out[i].Flows++
		}
	}
	slices.SortFunc(out, func(a, b Edge) int {
		return cmp.Or(
			cmp.Compare(a.Category, b.Category),
			cmp.Compare(a.Sink, b.Sink),
			cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Guard, b.Guard),
			cmp.Compare(a.Status, b.Status),
		)
	})
	if out == nil {
		out = []Edge{}
	}
	return out
}

// relativePtr is relative for an optional position: a new one, or nil.
func relativePtr(p *Position, dir string) *Position {
	if p == nil {
		return nil
	}
	at := relative(*p, dir)
	return &at
}

// closurePrefix begins the name the flow engine gives an authorising
// middleware that is a closure: "a closure at /abs/file.go:12:3".
const closurePrefix = "a closure at "

// relativeClosure makes the position in the name of a closure middleware
// relative to dir, as relative does for positions; other names are kept.
func relativeClosure(name, dir string) string {
	at, ok := strings.CutPrefix(name, closurePrefix)
	if !ok {
		return name
	}
	var p Position
	if p.UnmarshalText([]byte(at)) != nil {
		return name
	}
	return closurePrefix + relative(p, dir).String()
}

// relative rewrites p's file name relative to dir when the file lies
// under dir, with forward slashes, so that the record reads the same on
// every machine and system.
func relative(p Position, dir string) Position {
	if dir == "" || !filepath.IsAbs(p.File) {
		return p
	}
	rel, err := filepath.Rel(dir, p.File)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return p
	}
	p.File = filepath.ToSlash(rel)
	return p
}
