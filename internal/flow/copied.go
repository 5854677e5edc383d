package flow

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"

	"github.com/hrvet/hrvet/annotations"
)

// copiedFields returns the unexported fields of the package's struct
// types that the package sets to a personal field as it is (a message's
// to: s.Email, or m.to = s.Email), with that field's category. Such a
// field holds the personal data under another name, and a read of it is
// an origin like the read of a marked field. Only unexported fields are
// taken: the package writes all of them, so what one write shows holds
// for the field; an exported field may be written elsewhere with
// anything. A value derived from the personal field (a string built
// from it, a hash) does not make the field personal.
func (p *pkgCtx) copiedFields() map[*types.Var]copiedField {
	if p.copied != nil {
		return p.copied
	}
	p.copied = make(map[*types.Var]copiedField)
	info := p.pass.TypesInfo
	note := func(dst *types.Var, val ast.Expr) {
		if dst == nil || dst.Exported() || dst.Pkg() != p.pass.Pkg || !dst.IsField() {
			return
		}
		if _, ok := p.cat.Field(dst); ok {
			return // marked already
		}
		src := fieldSelection(info, val)
		if src == nil {
			return
		}
		ff, ok := p.cat.Field(src)
		if !ok || !types.Identical(src.Type().Underlying(), dst.Type().Underlying()) {
			return
		}
		if _, seen := p.copied[dst]; !seen {
			pos := p.pass.Fset.Position(val.Pos())
			p.copied[dst] = copiedField{cat: ff.Category,
				note: fmt.Sprintf("%s is set to %s.%s at %s:%d", dst.Name(), structName(selectedType(info, val)), src.Name(), filepath.Base(pos.Filename), pos.Line)}
		}
	}
	for _, f := range p.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := x.Key.(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok {
						note(v, x.Value)
					}
				}
			case *ast.AssignStmt:
				if len(x.Lhs) != len(x.Rhs) {
					return true
				}
				for i, l := range x.Lhs {
					if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
						if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
							note(s.Obj().(*types.Var), x.Rhs[i])
						}
					}
				}
			}
			return true
		})
	}
	return p.copied
}

// copiedField is what a copied field holds: the category of the field it
// is set to, and a note naming that field and where.
type copiedField struct {
	cat  annotations.Category
	note string
}

// selectedType returns the type of the value a selection selects from.
func selectedType(info *types.Info, e ast.Expr) types.Type {
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil {
			return s.Recv()
		}
	}
	return nil
}

// fieldSelection returns the field e selects, if e is a selection of
// a field (x.Email).
func fieldSelection(info *types.Info, e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	v, _ := s.Obj().(*types.Var)
	return v
}

// copiedData lists the copied fields (see copiedFields) of struct type t,
// or of the struct t points to, as a whole value of t carries them.
func (p *pkgCtx) copiedData(t types.Type) []carried {
	copied := p.copiedFields()
	if len(copied) == 0 {
		return nil
	}
	st, ok := derefStruct(t)
	if !ok {
		return nil
	}
	var out []carried
	for f := range st.Fields() {
		if c, ok := copied[f]; ok {
			out = append(out, carried{name: structName(t) + "." + f.Name(), cat: c.cat, path: f.Name(), note: c.note})
		}
	}
	return out
}
