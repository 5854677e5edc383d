package anonymity

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/internal/flow"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// carrier tells which identifying fields the values of one function body
// carry. Within the body it is flow-insensitive: a variable carries
// everything ever assigned into it (or into its fields and elements)
// anywhere in the body, closures included. Across calls it reads the flow
// engine's summaries (see results).
type carrier struct {
	pass      *analysis.Pass
	cat       *pdfields.Catalog
	summaries *flow.Result
	vars      map[*types.Var]origins
}

// maxRounds bounds the rounds of the fixed point over assignments; each
// round adds origins, and real bodies settle in two or three.
const maxRounds = 16

func newCarrier(pass *analysis.Pass, cat *pdfields.Catalog, summaries *flow.Result, body *ast.BlockStmt) *carrier {
	c := &carrier{pass: pass, cat: cat, summaries: summaries, vars: make(map[*types.Var]origins)}
	for round := 0; round < maxRounds; round++ {
		changed := false
		ast.Inspect(body, func(n ast.Node) bool {
			if c.assignments(n) {
				changed = true
			}
			return true
		})
		if !changed {
			break
		}
	}
	return c
}

// assignments records what a statement or call stores into variables, and
// reports whether that added anything.
func (c *carrier) assignments(n ast.Node) bool {
	changed := false
	store := func(dst ast.Expr, o origins) {
		if c.into(dst, o) {
			changed = true
		}
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i := range n.Lhs {
				store(n.Lhs[i], c.expr(n.Rhs[i]))
			}
		} else if len(n.Rhs) == 1 {
			c.tuple(n.Lhs, n.Rhs[0], store)
		}
	case *ast.ValueSpec:
		if len(n.Values) == len(n.Names) {
			for i, name := range n.Names {
				store(name, c.expr(n.Values[i]))
			}
		} else if len(n.Values) == 1 {
			lhs := make([]ast.Expr, len(n.Names))
			for i, name := range n.Names {
				lhs[i] = name
			}
			c.tuple(lhs, n.Values[0], store)
		}
	case *ast.RangeStmt:
		o := c.expr(n.X)
		if n.Key != nil {
			store(n.Key, o)
		}
		if n.Value != nil {
			store(n.Value, o)
		}
	case *ast.SendStmt:
		store(n.Chan, c.expr(n.Value))
	case *ast.CallExpr:
		if c.summaryWrites(n) {
			changed = true
		}
		if dst, src := c.writes(n); dst != nil {
			o := make(origins)
			for _, e := range src {
				o.add(c.expr(e))
			}
			store(dst, o)
		}
	}
	return changed
}

// tuple assigns a multi-valued expression to lhs: a call's results one by
// one, and anything else (v, ok := m[k]) as a whole to each.
func (c *carrier) tuple(lhs []ast.Expr, rhs ast.Expr, store func(ast.Expr, origins)) {
	if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok {
		if rs := c.results(call); len(rs) == len(lhs) {
			for i := range lhs {
				store(lhs[i], rs[i])
			}
			return
		}
	}
	o := c.expr(rhs)
	for _, dst := range lhs {
		store(dst, o)
	}
}

// writes returns the destination and sources of a call that stores its
// arguments into another: copy(dst, src), fmt.Fprint*(w, ...), and the
// Write methods of strings.Builder and bytes.Buffer.
func (c *carrier) writes(call *ast.CallExpr) (ast.Expr, []ast.Expr) {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "copy" && len(call.Args) == 2 {
			return call.Args[0], call.Args[1:]
		}
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil, nil
	}
	switch fn.Pkg().Path() {
	case "fmt":
		if strings.HasPrefix(fn.Name(), "Fprint") && len(call.Args) > 0 {
			return call.Args[0], call.Args[1:]
		}
	case "strings", "bytes":
		if fn.Signature().Recv() != nil && strings.HasPrefix(fn.Name(), "Write") {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				return sel.X, call.Args
			}
		}
	}
	return nil, nil
}

// into records that the value assigned to dst (a variable, or a field,
// element or pointee of one) carries o.
func (c *carrier) into(dst ast.Expr, o origins) bool {
	if len(o) == 0 {
		return false
	}
	for {
		switch e := ast.Unparen(dst).(type) {
		case *ast.Ident:
			v, ok := c.pass.TypesInfo.ObjectOf(e).(*types.Var)
			if !ok || v.IsField() {
				return false
			}
			if c.vars[v] == nil {
				c.vars[v] = make(origins)
			}
			return c.vars[v].add(o)
		case *ast.SelectorExpr:
			dst = e.X
		case *ast.IndexExpr:
			dst = e.X
		case *ast.StarExpr:
			dst = e.X
		case *ast.UnaryExpr: // &x passed as a writer
			dst = e.X
		default:
			return false
		}
	}
}

// ident returns what a variable carries: what was assigned into it, and
// the identifying fields of its type.
func (c *carrier) ident(v *types.Var) origins {
	o := make(origins)
	o.add(c.vars[v])
	o.add(identifyingFields(c.cat, v.Type()))
	return o
}

// expr returns the identifying fields the value of e carries. A bool
// carries none (a yes or no singles no one out), and neither does an
// error: the claim of anonymity is about the result's data.
func (c *carrier) expr(e ast.Expr) origins {
	if t := c.pass.TypesInfo.TypeOf(e); t != nil && carriesNothing(t) {
		return nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := c.pass.TypesInfo.ObjectOf(e).(*types.Var); ok {
			return c.ident(v)
		}
	case *ast.SelectorExpr:
		return c.selector(e)
	case *ast.IndexExpr:
		if t := c.pass.TypesInfo.TypeOf(e.X); t != nil {
			if _, isFunc := t.Underlying().(*types.Signature); !isFunc {
				return c.expr(e.X)
			}
		}
	case *ast.SliceExpr:
		return c.expr(e.X)
	case *ast.StarExpr:
		return c.expr(e.X)
	case *ast.TypeAssertExpr:
		return c.expr(e.X)
	case *ast.UnaryExpr:
		if e.Op != token.NOT {
			return c.expr(e.X)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ, token.LAND, token.LOR:
			return nil
		}
		return union(c.expr(e.X), c.expr(e.Y))
	case *ast.CompositeLit:
		o := make(origins)
		isMap := false
		if t := c.pass.TypesInfo.TypeOf(e); t != nil {
			_, isMap = t.Underlying().(*types.Map)
		}
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if isMap {
					o.add(c.expr(kv.Key))
				}
				o.add(c.expr(kv.Value))
				continue
			}
			o.add(c.expr(elt))
		}
		return o
	case *ast.CallExpr:
		return c.call(e)
	}
	return nil
}

// selector handles x.f: a field carries its own mark when it has one; a
// field of a struct whose fields are catalogued carries nothing else; a
// field of any other value carries what was stored into the value.
func (c *carrier) selector(e *ast.SelectorExpr) origins {
	sel := c.pass.TypesInfo.Selections[e]
	if sel == nil { // a qualified identifier: pkg.Var
		if v, ok := c.pass.TypesInfo.Uses[e.Sel].(*types.Var); ok {
			return c.ident(v)
		}
		return nil
	}
	if sel.Kind() != types.FieldVal {
		return nil // a method value
	}
	field := sel.Obj().(*types.Var)
	if f, ok := c.cat.Field(field); ok {
		if !f.Category.Identifying() {
			return nil
		}
		return origins{c.fieldPath(e): f.Category}
	}
	if o := identifyingFields(c.cat, field.Type()); len(o) > 0 {
		return o
	}
	if len(c.cat.PersonalFields(sel.Recv())) > 0 {
		return nil
	}
	return c.expr(e.X)
}

// fieldPath names the field e selects after the type it is read from,
// through the fields around it: e.Contact.Email is Employee.Contact.Email.
func (c *carrier) fieldPath(e *ast.SelectorExpr) string {
	if inner, ok := ast.Unparen(e.X).(*ast.SelectorExpr); ok {
		if sel := c.pass.TypesInfo.Selections[inner]; sel != nil && sel.Kind() == types.FieldVal {
			return c.fieldPath(inner) + "." + e.Sel.Name
		}
	}
	owner := "struct"
	if sel := c.pass.TypesInfo.Selections[e]; sel != nil {
		if named := namedOf(sel.Recv()); named != nil {
			owner = named.Obj().Name()
		}
	}
	return owner + "." + e.Sel.Name
}

// carriesNothing reports whether values of type t carry no identifying
// data whatever they are built from: a bool (a yes or no singles no one
// out) and an error (the claim of anonymity is about the result's data).
func carriesNothing(t types.Type) bool {
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
		return true
	}
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func union(a, b origins) origins {
	o := make(origins, len(a)+len(b))
	o.add(a)
	o.add(b)
	return o
}
