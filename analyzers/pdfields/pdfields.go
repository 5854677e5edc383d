package pdfields

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/internal/classify"
	"github.com/hrvet/hrvet/internal/directive"
	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
)

// Analyzer decides which fields are personal data and which functions play
// a role (consent check, sink, basis, redactor, ...), exports both as facts,
// and reports malformed pd tags and //hrvet: directives.
var Analyzer = &analysis.Analyzer{
	Name:       "pdfields",
	Doc:        doc,
	URL:        "https://pkg.go.dev/github.com/hrvet/hrvet/analyzers/pdfields",
	Run:        run,
	ResultType: reflect.TypeFor[*Catalog](),
	// packageMarks carries the marks; the three object facts are exported
	// only in tests (see objectFactsForTests).
	FactTypes: []analysis.Fact{new(packageMarks), new(FieldFact), new(FuncFact), new(TypeFact)},
}

func run(pass *analysis.Pass) (any, error) {
	cfg, err := loadConfig(packageDir(pass))
	if err != nil {
		return nil, err
	}
	c := newCatalog(pass, cfg)
	for _, f := range pass.Files {
		df := directive.Scan(pass.Fset, f)
		c.files[f] = df
		for _, e := range df.Errors {
			reportDirectiveError(pass, e)
		}
	}
	for _, f := range pass.Files {
		c.scanFile(f)
	}
	if err := c.applyConfig(); err != nil {
		return nil, err
	}
	c.inferDecisions()
	c.exportFacts()
	return c, nil
}

// packageDir returns the directory of the package's source files, where the
// search for .hrvet.yaml starts. Files generated into the build cache (cgo)
// are skipped.
func packageDir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		name := pass.Fset.File(f.FileStart).Name()
		if strings.Contains(filepath.ToSlash(name), "/go-build") {
			continue
		}
		return filepath.Dir(name)
	}
	return ""
}

func reportDirectiveError(pass *analysis.Pass, e directive.Error) {
	d := analysis.Diagnostic{Pos: e.Pos, End: e.End, Message: e.Msg}
	if e.Fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*e.Fix}
	}
	report.Report(pass, d)
}

// scanFile marks the fields of every struct type in f and records the
// directives on its declarations.
func (c *Catalog) scanFile(f *ast.File) {
	df := c.files[f]
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			c.funcDirectives(n, df.ForFunc(n))
		case *ast.TypeSpec:
			c.typeSpec(n, df)
			return true
		case ast.Stmt:
			for _, d := range df.ForStmt(n) {
				if d.Verb == directive.Basis {
					c.stmtBasis[n] = d.Citation
				}
			}
		}
		return true
	})
}

// typeSpec handles a type declaration: directives on struct types, sink
// directives on interface methods, and the struct's fields.
func (c *Catalog) typeSpec(spec *ast.TypeSpec, df *directive.File) {
	tn, _ := c.pass.TypesInfo.Defs[spec.Name].(*types.TypeName)
	if tn == nil {
		return
	}
	switch t := spec.Type.(type) {
	case *ast.StructType:
		var tf TypeFact
		for _, d := range df.ForType(spec) {
			switch d.Verb {
			case directive.Anonymous:
				tf.Anonymous = true
			case directive.Basis:
				tf.Basis = d.Citation
			}
		}
		if tf != (TypeFact{}) {
			c.types[tn] = &tf
		}
		ctx := classify.Thing
		switch {
		case classify.PersonLike(tn.Name()) || tf.Anonymous:
			ctx = classify.Person
		case c.cfg.Infer:
			ev := structEvidence(t)
			ctx = ev.Context(tn.Name())
		}
		c.markFields(t, ctx, tf.Basis, df)
	case *ast.InterfaceType:
		for _, m := range t.Methods.List {
			if len(m.Names) != 1 {
				continue
			}
			fn, _ := c.pass.TypesInfo.Defs[m.Names[0]].(*types.Func)
			if fn != nil {
				c.funcRoles(fn, df.ForField(m))
			}
		}
	}
}

// structEvidence weighs the fields a struct declares itself (not embedded
// ones, nor those of nested struct types): a valid pd tag gives its
// category, pd:"-" and a malformed pd tag give nothing, and the rest are
// read by name as inference reads them. Tag problems are reported by
// markFields, not here.
func structEvidence(st *ast.StructType) classify.Evidence {
	var ev classify.Evidence
	for _, field := range st.Fields.List {
		if _, nested := field.Type.(*ast.StructType); nested || len(field.Names) == 0 {
			continue
		}
		raw := ""
		if field.Tag != nil {
			raw, _ = strconv.Unquote(field.Tag.Value)
		}
		cat, state, _ := parseTag(raw)
		for _, name := range field.Names {
			switch state {
			case tagValid:
				ev.Category(cat)
			case tagAbsent:
				ev.Field(name.Name, raw)
			}
		}
	}
	return ev
}

// markFields marks the fields of st in the context its declaration gives
// (person-like, a request body's, a thing's). Anonymous struct types
// nested in a field inherit the context and basis of the declaration
// around them.
func (c *Catalog) markFields(st *ast.StructType, ctx classify.Context, typeBasis string, df *directive.File) {
	for _, field := range st.Fields.List {
		if nested, ok := field.Type.(*ast.StructType); ok {
			c.markFields(nested, ctx, typeBasis, df)
		}
		cat, state, tag := readTag(c.pass, field)
		if state == tagNone || state == tagInvalid {
			for _, v := range fieldVars(c.pass, field) {
				c.tagged[v] = true // the source has spoken: the config does not override it
			}
			continue
		}
		basis := typeBasis
		for _, d := range df.ForField(field) {
			if d.Verb == directive.Basis {
				basis = d.Citation
			}
		}
		for _, v := range fieldVars(c.pass, field) {
			var fact *FieldFact
			switch {
			case state == tagValid:
				fact = &FieldFact{Category: cat, How: ByTag}
			case c.cfg.Infer:
				if m, ok := classify.FieldIn(v.Name(), tag, ctx); ok {
					fact = &FieldFact{Category: m.Category, How: ByName, Term: m.Term, Source: m.Source}
				}
			}
			if fact == nil {
				continue
			}
			fact.Basis = basis
			c.fields[v] = fact
		}
	}
}

// fieldVars returns the objects a field declaration declares; an embedded
// field declares one named after its type.
func fieldVars(pass *analysis.Pass, field *ast.Field) []*types.Var {
	var vars []*types.Var
	if len(field.Names) == 0 {
		if v, ok := pass.TypesInfo.Implicits[field].(*types.Var); ok {
			return append(vars, v)
		}
		// Embedded fields are recorded in Defs under the type's identifier.
		if id := embeddedIdent(field.Type); id != nil {
			if v, ok := pass.TypesInfo.Defs[id].(*types.Var); ok {
				vars = append(vars, v)
			}
		}
		return vars
	}
	for _, name := range field.Names {
		if v, ok := pass.TypesInfo.Defs[name].(*types.Var); ok {
			vars = append(vars, v)
		}
	}
	return vars
}

func embeddedIdent(e ast.Expr) *ast.Ident {
	for {
		switch t := e.(type) {
		case *ast.Ident:
			return t
		case *ast.StarExpr:
			e = t.X
		case *ast.SelectorExpr:
			return t.Sel
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		default:
			return nil
		}
	}
}
