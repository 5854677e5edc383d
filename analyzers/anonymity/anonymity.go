package anonymity

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/flow"
	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports //hrvet:anonymous types that keep identifying fields and
// //hrvet:anonymize functions whose results are built from identifying
// data.
var Analyzer = &analysis.Analyzer{
	Name:     "anonymity",
	Doc:      doc,
	URL:      "https://pkg.go.dev/github.com/hrvet/hrvet/analyzers/anonymity",
	Requires: []*analysis.Analyzer{pdfields.Analyzer, flow.Analyzer},
	Run:      run,
}

// rule is why identifying data make a claim of anonymity false.
const rule = "data stripped of the name stay personal while a phone number, car plate or card number remains (Convention 108 art. 2(a))"

func run(pass *analysis.Pass) (any, error) {
	cat := pass.ResultOf[pdfields.Analyzer].(*pdfields.Catalog)
	summaries := pass.ResultOf[flow.Analyzer].(*flow.Result)
	rep := report.New(pass, cat.Directives)
	// The syntax is walked here rather than through the inspect pass,
	// whose inspector the checker would keep for every package until the
	// end of the run.
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.TypeSpec:
				checkAnonymousType(pass, cat, rep, n)
			case *ast.FuncDecl:
				checkAnonymizer(pass, cat, summaries, rep, n)
			}
			return true
		})
	}
	rep.Finish()
	return nil, nil
}

// checkAnonymousType reports the identifying fields of an //hrvet:anonymous
// struct type: fields of an identifying category, and fields whose type
// carries some.
func checkAnonymousType(pass *analysis.Pass, cat *pdfields.Catalog, rep *report.Reporter, spec *ast.TypeSpec) {
	tn, ok := pass.TypesInfo.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return
	}
	if tf, ok := cat.Type(tn); !ok || !tf.Anonymous {
		return
	}
	if st, ok := spec.Type.(*ast.StructType); ok {
		anonymousFields(pass, cat, rep, st, tn.Name(), tn.Name())
	}
}

func anonymousFields(pass *analysis.Pass, cat *pdfields.Catalog, rep *report.Reporter, st *ast.StructType, typeName, prefix string) {
	for _, field := range st.Fields.List {
		for _, id := range fieldIdents(field) {
			path := prefix + "." + id.Name
			v, ok := pass.TypesInfo.Defs[id].(*types.Var)
			if !ok {
				continue
			}
			f, marked := cat.Field(v)
			nested, literal := field.Type.(*ast.StructType)
			switch {
			case marked:
				if f.Category.Identifying() {
					rep.Report(analysis.Diagnostic{Pos: id.Pos(), End: id.End(), Message: fmt.Sprintf(
						"%s (%s) identifies a person, so %s is not anonymous: %s; drop the field or aggregate it",
						path, f.Category, typeName, rule)})
				}
			case literal:
				anonymousFields(pass, cat, rep, nested, typeName, path)
			default:
				if carried := identifyingFields(cat, v.Type()); len(carried) > 0 {
					rep.Report(analysis.Diagnostic{Pos: id.Pos(), End: id.End(), Message: fmt.Sprintf(
						"%s carries %s, %s, so %s is not anonymous: %s; drop the field or keep only what does not identify anyone",
						path, carried, carried.identify(), typeName, rule)})
				}
			}
		}
	}
}

// checkAnonymizer reports the returns of an //hrvet:anonymize function
// whose results carry identifying data.
func checkAnonymizer(pass *analysis.Pass, cat *pdfields.Catalog, summaries *flow.Result, rep *report.Reporter, decl *ast.FuncDecl) {
	fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if !ok || decl.Body == nil {
		return
	}
	if f, ok := cat.Func(fn); !ok || !f.Anonymize {
		return
	}
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		if named := namedOf(recv.Type()); named != nil {
			name = named.Obj().Name() + "." + name
		}
	}
	c := newCarrier(pass, cat, summaries, decl.Body)
	results := fn.Signature().Results()
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a closure's returns are its own
		case *ast.ReturnStmt:
			carried := make(origins)
			if len(n.Results) == 0 { // a bare return of named results
				for i := range results.Len() {
					carried.add(c.ident(results.At(i)))
				}
			}
			for _, e := range n.Results {
				carried.add(c.expr(e))
			}
			if len(carried) > 0 {
				rep.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: fmt.Sprintf(
					"%s returns %s, %s, so its result is not anonymous: %s; drop %s, aggregate %s, or mask %s with a //hrvet:redact func",
					name, carried, carried.identify(), rule, carried.them(), carried.them(), carried.them())})
			}
		}
		return true
	})
}

// origins are the identifying fields a value carries, by path
// ("Employee.Phone").
type origins map[string]annotations.Category

func (o origins) add(other origins) (changed bool) {
	for path, c := range other {
		if _, ok := o[path]; !ok {
			o[path] = c
			changed = true
		}
	}
	return changed
}

// identify says what the origins do, in the right number.
func (o origins) identify() string {
	if len(o) == 1 {
		return "which identifies a person"
	}
	return "which identify a person"
}

// them refers to the origins, in the right number.
func (o origins) them() string {
	if len(o) == 1 {
		return "it"
	}
	return "them"
}

// String lists the origins in order: "Employee.Phone (phone) and
// Employee.CarPlate (vehicle)", at most three and a count of the rest.
func (o origins) String() string {
	paths := make([]string, 0, len(o))
	for p := range o {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	const shown = 3
	var parts []string
	for i, p := range paths {
		if i == shown {
			parts = append(parts, fmt.Sprintf("%d more", len(paths)-shown))
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", p, o[p]))
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// identifyingFields returns the identifying personal fields a value of type
// t carries, unless t (through pointers, slices, maps...) is an
// //hrvet:anonymous type, whose fields are reported where it is declared.
func identifyingFields(cat *pdfields.Catalog, t types.Type) origins {
	if named := namedOf(t); named != nil {
		if tf, ok := cat.Type(named.Obj()); ok && tf.Anonymous {
			return nil
		}
	}
	var out origins
	for _, pf := range cat.PersonalFields(t) {
		if pf.Fact.Category.Identifying() {
			if out == nil {
				out = make(origins)
			}
			out[pf.Path] = pf.Fact.Category
		}
	}
	return out
}

// namedOf returns the named type at the core of t: t itself, or the
// element of a pointer, slice, array, map or channel of it.
func namedOf(t types.Type) *types.Named {
	for range 8 {
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			return u
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		case *types.Chan:
			t = u.Elem()
		default:
			return nil
		}
	}
	return nil
}

// fieldIdents returns the identifiers a field declares: its names, or for
// an embedded field the name of its type, under which go/types records it.
func fieldIdents(field *ast.Field) []*ast.Ident {
	if len(field.Names) > 0 {
		return field.Names
	}
	t := field.Type
	for {
		switch x := t.(type) {
		case *ast.Ident:
			return []*ast.Ident{x}
		case *ast.StarExpr:
			t = x.X
		case *ast.SelectorExpr:
			return []*ast.Ident{x.Sel}
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		default:
			return nil
		}
	}
}
