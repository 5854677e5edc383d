package inventory

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/analyzers/pdfields"
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
	b.flows(res)
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

// flows records the flow engine's flows of the package.
func (b *builder) flows(res *flow.Result) {
	for _, fl := range res.Flows {
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
		if out.Status != "ok" {
			out.Suppressed = b.suppression(fl)
		}
		for _, d := range fl.Data {
			out.Data = append(out.Data, Datum{Field: d.Name, Category: d.Category})
		}
		out.Data = sortData(out.Data)
		b.rec.Flows = append(b.rec.Flows, out)
	}
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
		return "ok"
	case flow.Unguarded:
		return "unguarded"
	case flow.PurposeMismatch:
		return "purpose-mismatch"
	case flow.NeedsCommercialConsent:
		return "needs-commercial-consent"
	case flow.OtherSubject:
		return "other-subject"
	}
	return "unknown"
}

// suppression returns the position of the //hrvet:ignore that keeps
// the analyzer reporting fl (logleak for a log sink, consent for the
// others) from reporting it, or nil.
func (b *builder) suppression(fl *flow.Flow) *Position {
	analyzer := "consent"
	if fl.Kind == sinks.Log {
		analyzer = "logleak"
	}
	for _, f := range b.pass.Files {
		if fl.Pos < f.FileStart || fl.Pos > f.FileEnd {
			continue
		}
		for _, d := range b.cat.Directives(f).IgnoresAt(fl.Pos) {
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
	for _, f := range b.pass.Files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || pos < fd.Pos() || pos > fd.End() {
				continue
			}
			if fn, ok := b.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				return funcName(b.pass.Pkg, fn)
			}
			return fd.Name.Name
		}
	}
	return ""
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
