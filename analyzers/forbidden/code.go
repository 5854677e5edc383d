package forbidden

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// checkCode runs, on one node of the package's code and the stack of
// nodes around it, the checks on string constants (SQL) and calls (SQL
// passed to a database, keys read from a request).
func (c *checker) checkCode(n ast.Node, stack []ast.Node) {
	switch n := n.(type) {
	case *ast.BasicLit, *ast.BinaryExpr:
		if c.stringRoot(stack) {
			c.checkSQLConstant(n.(ast.Expr), stack)
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(c.pass.TypesInfo, n).(*types.Func)
		if !ok {
			return
		}
		c.checkSQLCall(n, fn, stack)
		c.checkCollectCall(n, fn, stack)
	case *ast.IndexExpr:
		c.checkCollectIndex(n, stack)
	}
}

// constString returns the value of e if it is a string constant.
func (c *checker) constString(e ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// stringRoot reports whether the innermost node of stack, a literal or a
// binary expression, is a whole string constant: a string literal or a
// concatenation of constants that is not itself part of a longer one.
// Struct tags and import paths are not.
func (c *checker) stringRoot(stack []ast.Node) bool {
	n := stack[len(stack)-1].(ast.Expr)
	switch n := n.(type) {
	case *ast.BasicLit:
		if n.Kind != token.STRING {
			return false
		}
	case *ast.BinaryExpr:
		if n.Op != token.ADD {
			return false
		}
		if _, ok := c.constString(n); !ok {
			return false
		}
	}
	for i := len(stack) - 2; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			_, isConst := c.constString(p)
			return !(p.Op == token.ADD && isConst)
		case *ast.Field, *ast.ImportSpec:
			return false
		}
		return true
	}
	return true
}
