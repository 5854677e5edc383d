package inventory

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/exposure"
	"github.com/hrvet/hrvet/internal/flow"
	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/analysis"
)

// Analyzer builds the record of processing of one package. It reports
// nothing; its result is a *Record, its lists sorted as Merge sorts them.
var Analyzer = &analysis.Analyzer{
	Name:       "inventory",
	Doc:        "record the personal data a package keeps and the sinks they reach (the record of processing)",
	URL:        "https://pkg.go.dev/github.com/hrvet/hrvet/internal/inventory",
	Requires:   []*analysis.Analyzer{pdfields.Analyzer, flow.Analyzer},
	ResultType: reflect.TypeFor[*Record](),
	Run:        run,
}

// builder holds what the parts of one package's record share.
type builder struct {
	pass  *analysis.Pass
	cat   *pdfields.Catalog
	names *fieldNames
	rec   *Record
	res   *flow.Result
	seen  map[*types.Var]bool // fields recorded
}

func run(pass *analysis.Pass) (any, error) {
	b := &builder{
		pass:  pass,
		cat:   pass.ResultOf[pdfields.Analyzer].(*pdfields.Catalog),
		names: newFieldNames(pass),
		rec:   &Record{Package: pass.Pkg.Path()},
		seen:  make(map[*types.Var]bool),
	}
	b.declaredFields()
	b.usedFields()
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	b.res = res
	b.flows(res)
	b.decisions(res)
	b.roles()
	b.unknownCalls(res)
	b.redactedFlows()
	b.ignores()
	b.rec.sort()
	return b.rec, nil
}

// declaredFields records the personal fields of the struct types the
// package declares, at package level or in function bodies.
func (b *builder) declaredFields() {
	for _, obj := range b.pass.TypesInfo.Defs {
		v, ok := obj.(*types.Var)
		if !ok || !v.IsField() {
			continue
		}
		b.addField(v)
	}
}

// usedFields records the personal fields of other packages that the
// package reads or sets, so that a record of some packages lists all the
// data they touch, and fields marked in .hrvet.yaml for types of other
// modules (generated code) appear where they are used.
func (b *builder) usedFields() {
	for _, obj := range b.pass.TypesInfo.Uses {
		v, ok := obj.(*types.Var)
		if !ok || !v.IsField() || v.Pkg() == nil || v.Pkg() == b.pass.Pkg {
			continue
		}
		b.addField(v.Origin())
	}
}

// addField records v, once, if it is personal data.
func (b *builder) addField(v *types.Var) {
	if b.seen[v] {
		return
	}
	b.seen[v] = true
	fact, ok := b.cat.Field(v)
	if !ok || v.Pkg() == nil {
		return
	}
	f := Field{
		Name:     b.names.of(v),
		Package:  v.Pkg().Path(),
		Category: fact.Category,
		Class:    fact.Category.Class().String(),
		Marked:   Mark{By: string(fact.How)},
		Basis:    fact.Basis,
		Pos:      b.position(v.Pos()),
	}
	switch fact.How {
	case pdfields.ByConfig:
		at := parseFileLine(fact.Term)
		f.Marked.Config = &at
	case pdfields.ByName:
		f.Marked.Source, f.Marked.Term = fact.Source, fact.Term
	}
	b.rec.Fields = append(b.rec.Fields, f)
}

// flows records the flow engine's flows of the package, and each way
// requests reach the handler of an expose flow as an exposure. The flows
// at calls of HR decisions are no flows to sinks: decisions records them.
func (b *builder) flows(res *flow.Result) {
	roles := exposure.NewRoles(b.cat.Roles())
	for _, fl := range res.Flows {
		if fl.Kind == sinks.Decision {
			continue
		}
		out := Flow{
			Pos:     b.position(fl.Pos),
			Package: b.rec.Package,
			Func:    b.enclosingFunc(fl.Pos),
			Sink: Sink{
				Name:    fl.Sink,
				Kind:    string(fl.Kind),
				Purpose: fl.Purpose,
				Via:     append([]string(nil), fl.Via...),
			},
			Guard:  guardOf(fl.Guard),
			Status: status(fl.Problem),
		}
		out.Data = sortData(data(fl.Data))
		if fl.Kind == sinks.Expose {
			v := roles.Judge(fl)
			out.Guard, out.Status = flowAuthorization(v), exposeStatus(v.Status)
			if v.Status == exposure.BeyondNeed {
				for _, e := range v.Excess {
					out.Excess = append(out.Excess, data(e.Data)...)
				}
				out.Excess = sortData(out.Excess)
			}
			b.exposures(fl, v, out)
		}
		if NotCovered(out.Status) {
			out.Suppressed = b.suppression(fl)
		}
		b.rec.Flows = append(b.rec.Flows, out)
	}
}

// data lists the flow engine's data as the record does, unsorted.
func data(ds []flow.Origin) []Datum {
	var out []Datum
	for _, d := range ds {
		out = append(out, Datum{Field: d.Name, Category: d.Category})
	}
	return out
}

func guardOf(g flow.Guard) Guard {
	out := Guard{Kind: GuardNone, Check: g.Check, Purposes: append([]string(nil), g.Purposes...)}
	switch g.Kind {
	case flow.ByConsent:
		out.Kind = GuardConsent
	case flow.ByBasis:
		out.Kind = GuardBasis
		out.Citation = g.Citation
	}
	return out
}

// status names a flow's problem. The names are the inventory's own, so
// that its JSON does not change with the engine's messages.
func status(p flow.Problem) string {
	switch p {
	case flow.OK:
		return StatusOK
	case flow.Unguarded:
		return StatusUnguarded
	case flow.PurposeMismatch:
		return "purpose-mismatch"
	case flow.NeedsCommercialConsent:
		return "needs-commercial-consent"
	case flow.OtherSubject:
		return "other-subject"
	}
	return "unknown"
}

// exposeStatus names the verdict on an expose flow or one of its ways.
func exposeStatus(s exposure.Status) string {
	switch s {
	case exposure.OK:
		return StatusOK
	case exposure.Elsewhere:
		return StatusDeferred
	case exposure.BeyondNeed:
		return StatusBeyondNeed
	}
	return StatusUnguarded
}

// authorization describes one authorization in front of an expose
// flow's data; nil is none.
func authorization(g *exposure.Guard) Guard {
	switch {
	case g == nil:
		return Guard{Kind: GuardNone}
	case g.InHandler:
		return Guard{Kind: GuardAuthorization, Check: g.Check, Role: g.Role}
	}
	return Guard{Kind: GuardMiddleware, Check: g.Check, Role: g.Role}
}

// flowAuthorization is the guard of an expose flow as a whole: none when
// some way to it has no authorization, else the first way's.
func flowAuthorization(v exposure.Verdict) Guard {
	if v.Status == exposure.Unguarded {
		return Guard{Kind: GuardNone}
	}
	for _, w := range v.Ways {
		if w.Guard != nil {
			return authorization(w.Guard)
		}
	}
	return Guard{Kind: GuardNone}
}

// exposures records each way requests reach the handler of the expose
// flow fl, as v judges it; out is fl's record.
func (b *builder) exposures(fl *flow.Flow, v exposure.Verdict, out Flow) {
	handler := ""
	if fl.Access != nil {
		handler = fl.Access.Handler
	}
	for _, w := range v.Ways {
		e := Exposure{
			Pos:     out.Pos,
			Package: out.Package,
			Func:    out.Func,
			Handler: handler,
			Route:   b.route(fl.Access, w.Route),
			Data:    slices.Clone(out.Data),
			Sink:    out.Sink,
			Guard:   authorization(w.Guard),
			Status:  exposeStatus(w.Status),
		}
		if w.Excess != nil {
			e.Excess = sortData(data(w.Excess.Data))
			e.Needs = append(e.Needs, w.Excess.Needs...)
		}
		if NotCovered(e.Status) {
			e.Suppressed = b.suppression(fl)
		}
		b.rec.Exposures = append(b.rec.Exposures, e)
	}
}

// route describes a way to a handler: rt, or with no route, why none.
func (b *builder) route(acc *flow.Access, rt *flow.Route) Route {
	if rt == nil {
		switch {
		case acc != nil && acc.Deferred:
			return Route{Registered: RegisteredImporter}
		case acc != nil && acc.Unfollowed != "":
			return Route{Registered: RegisteredUnfollowed, Why: acc.Unfollowed}
		}
		return Route{Registered: RegisteredNone}
	}
	out := Route{Registered: RegisteredRoute, Method: rt.Method, Path: rt.Path, Open: rt.Open}
	if rt.Method == "" && rt.Path == "" {
		out.Registered = RegisteredCall
	}
	if rt.Pos.IsValid() {
		at := b.position(rt.Pos)
		out.Pos = &at
	}
	if acc == nil || rt.Handler != acc.Handler {
		out.Handler = rt.Handler
	}
	return out
}

// roles records the roles: entries of the package's configuration.
func (b *builder) roles() {
	cfg := b.cat.Config()
	for _, r := range b.cat.Roles() {
		role := Role{Name: r.Name, Categories: append([]annotations.Category{}, r.Categories...), All: r.All}
		if cfg != nil && cfg.Path != "" {
			role.Config = Position{File: cfg.Path, Line: r.Line}
		}
		b.rec.Roles = append(b.rec.Roles, role)
	}
}

// suppression returns the position of the //hrvet:ignore that keeps
// the analyzer reporting fl (logleak for a log sink, access for an
// expose sink, consent for the others) from reporting it, or nil.
func (b *builder) suppression(fl *flow.Flow) *Position {
	analyzer := "consent"
	switch fl.Kind {
	case sinks.Log:
		analyzer = "logleak"
	case sinks.Expose:
		analyzer = "access"
	}
	return b.suppressedAt(fl.Pos, analyzer)
}

// suppressedAt returns the position of the //hrvet:ignore of analyzer
// that suppresses a finding at pos, or nil.
func (b *builder) suppressedAt(pos token.Pos, analyzer string) *Position {
	for _, f := range b.pass.Files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, d := range b.cat.Directives(f).IgnoresAt(pos) {
			if d.Names(analyzer) {
				at := b.position(d.Pos)
				return &at
			}
		}
	}
	return nil
}

// ignores records the package's //hrvet:ignore directives.
func (b *builder) ignores() {
	for _, f := range b.pass.Files {
		df := b.cat.Directives(f)
		if df == nil {
			continue
		}
		for _, d := range df.Ignores {
			b.rec.Ignores = append(b.rec.Ignores, Ignore{
				Pos:       b.position(d.Pos),
				Package:   b.rec.Package,
				Analyzers: append([]string{}, d.Analyzers...),
				Reason:    d.Reason,
			})
		}
	}
}

// enclosingFunc names the function declaration holding pos, relative to
// the package: "Notify", "(*Server).Onboard".
func (b *builder) enclosingFunc(pos token.Pos) string {
	fd := b.enclosingDecl(pos)
	if fd == nil {
		return ""
	}
	if fn, ok := b.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
		return funcName(b.pass.Pkg, fn)
	}
	return fd.Name.Name
}

// enclosingFuncObj returns the function declared by the declaration
// holding pos, or nil.
func (b *builder) enclosingFuncObj(pos token.Pos) *types.Func {
	fd := b.enclosingDecl(pos)
	if fd == nil {
		return nil
	}
	fn, _ := b.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	return fn
}

// enclosingDecl returns the function declaration holding pos, or nil.
func (b *builder) enclosingDecl(pos token.Pos) *ast.FuncDecl {
	for _, f := range b.pass.Files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if ok && pos >= fd.Pos() && pos <= fd.End() {
				return fd
			}
		}
	}
	return nil
}

// funcName names fn relative to pkg.
func funcName(pkg *types.Package, fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return fn.Name()
	}
	return "(" + types.TypeString(recv.Type(), types.RelativeTo(pkg)) + ")." + fn.Name()
}

// position resolves pos; an invalid pos is the zero Position.
func (b *builder) position(pos token.Pos) Position {
	if !pos.IsValid() {
		return Position{}
	}
	p := b.pass.Fset.Position(pos)
	return Position{File: p.Filename, Line: p.Line, Column: p.Column}
}

// parseFileLine reads the "file:line" pdfields records for a field
// marked in the config.
func parseFileLine(s string) Position {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return Position{File: s}
	}
	line, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return Position{File: s}
	}
	return Position{File: s[:i], Line: line}
}

// dataString lists data as "Employee.Phone (phone), ...", for sorting
// and tests.
func dataString(data []Datum) string {
	parts := make([]string, len(data))
	for i, d := range data {
		parts[i] = fmt.Sprintf("%s (%s)", d.Field, d.Category)
	}
	return strings.Join(parts, ", ")
}
