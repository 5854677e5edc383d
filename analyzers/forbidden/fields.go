package forbidden

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

var fieldSubject = subject{remove: "remove the field", where: "on the field or its type"}

// checkFields reports, at a type declaration, the fields of the package's struct types that the
// pdfields catalogue marks with a forbidden category, or a special one
// without a basis on the field or its type.
func (c *checker) checkFields(n ast.Node) {
	if spec, ok := n.(*ast.TypeSpec); ok {
		if st, ok := spec.Type.(*ast.StructType); ok {
			c.structFields(st, spec.Name.Name)
		}
	}
}

// structFields checks the fields of st, whose path so far is prefix
// ("Candidate", "Candidate.Contact"), and of the struct types nested in it.
func (c *checker) structFields(st *ast.StructType, prefix string) {
	for _, field := range st.Fields.List {
		for _, id := range fieldIdents(field) {
			path := prefix + "." + id.Name
			if v, ok := c.pass.TypesInfo.Defs[id].(*types.Var); ok {
				if f, ok := c.cat.Field(v); ok && reportable(f.Category, f.Basis) {
					s := fieldSubject
					s.what = path
					c.rep.Report(analysis.Diagnostic{Pos: id.Pos(), End: id.End(), Message: message(s, f.Category)})
				}
			}
			if nested, ok := field.Type.(*ast.StructType); ok {
				c.structFields(nested, path)
			}
		}
	}
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
