package forbidden

import (
	"go/ast"
	"go/types"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports struct fields, SQL columns and request keys that hold
// a forbidden category of personal data, or a special one with no legal
// basis.
var Analyzer = &analysis.Analyzer{
	Name:     "forbidden",
	Doc:      doc,
	URL:      "https://pkg.go.dev/github.com/hrvet/hrvet/analyzers/forbidden",
	Requires: []*analysis.Analyzer{pdfields.Analyzer},
	Run:      run,
}

// checker holds what the checks of one package share.
type checker struct {
	pass *analysis.Pass
	cat  *pdfields.Catalog
	rep  *report.Reporter

	// consts maps the constants declared in the package to their
	// initializers, so that a column found in a constant used elsewhere is
	// reported at the literal that spells it. assigned maps the local
	// variables of the package to the values assigned to them, to see that
	// q in q := r.URL.Query() holds a request's query. Few packages need
	// either, so both are built on first use (see indexed).
	consts   map[*types.Const]ast.Expr
	assigned map[*types.Var][]ast.Expr

	columns columnFindings
}

func run(pass *analysis.Pass) (any, error) {
	cat := pass.ResultOf[pdfields.Analyzer].(*pdfields.Catalog)
	c := &checker{
		pass: pass,
		cat:  cat,
		rep:  report.New(pass, cat.Directives),
	}
	// One walk of the syntax. (Not the inspect pass: the checker would
	// keep its inspector for every package until the end of the run.)
	walkWithStack(pass.Files, func(n ast.Node, stack []ast.Node) {
		c.checkFields(n)
		c.checkCode(n, stack)
	})
	c.columns.report(c.rep)
	c.rep.Finish()
	return nil, nil
}

// indexed returns the checker after recording, on its first call, the
// package's constant initializers and local assignments.
func (c *checker) indexed() *checker {
	if c.consts != nil {
		return c
	}
	c.consts = make(map[*types.Const]ast.Expr)
	c.assigned = make(map[*types.Var][]ast.Expr)
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			c.index(n)
			return true
		})
	}
	return c
}

// index records what n says of constant initializers and local
// assignments.
func (c *checker) index(n ast.Node) {
	switch n := n.(type) {
	case *ast.ValueSpec:
		for i, name := range n.Names {
			switch obj := c.pass.TypesInfo.Defs[name].(type) {
			case *types.Const:
				if i < len(n.Values) {
					c.consts[obj] = n.Values[i]
				}
			case *types.Var:
				c.assign(obj, n.Values, i)
			}
		}
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				continue
			}
			if v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
				c.assign(v, n.Rhs, i)
			}
		}
	}
}

// walkWithStack walks the files depth first and calls visit for each node
// with the stack of nodes from the file down to it, the node last.
func walkWithStack(files []*ast.File, visit func(n ast.Node, stack []ast.Node)) {
	var stack []ast.Node
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			visit(n, stack)
			return true
		})
	}
}

// assign records that the i-th of the variables on the left of an
// assignment gets its value from rhs: rhs[i], or the one multi-valued call.
func (c *checker) assign(v *types.Var, rhs []ast.Expr, i int) {
	if v.IsField() || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
		return // only local variables: a package variable may be set anywhere
	}
	switch {
	case len(rhs) == 1 && i > 0:
		c.assigned[v] = append(c.assigned[v], nil) // a second result: not the value
	case i < len(rhs):
		c.assigned[v] = append(c.assigned[v], rhs[i])
	}
}

// basisAt returns the citation of the //hrvet:basis covering the innermost
// node of stack: on an enclosing statement, or on the enclosing function
// (by directive or config). Closures inherit the basis of the function
// around them.
func (c *checker) basisAt(stack []ast.Node) string {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case ast.Stmt:
			if b, ok := c.cat.StmtBasis(n); ok {
				return b
			}
		case *ast.FuncDecl:
			if fn, ok := c.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				if f, ok := c.cat.Func(fn); ok && f.Basis != "" {
					return f.Basis
				}
			}
			return ""
		}
	}
	return ""
}
