package forbidden

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/classify"
	"github.com/hrvet/hrvet/internal/report"
	"github.com/hrvet/hrvet/internal/sinks"
	"github.com/hrvet/hrvet/internal/sqlscan"
	"golang.org/x/tools/go/analysis"
)

// columnArgs are store sinks whose argument at the given index is a column
// name rather than SQL text: gorm's db.Update("column", value).
var columnArgs = map[string]int{
	"(*gorm.io/gorm.DB).Update":       0,
	"(*gorm.io/gorm.DB).UpdateColumn": 0,
}

// checkSQLConstant reads a string constant as SQL for the statements any
// string is checked for: CREATE TABLE, ALTER TABLE, INSERT and UPDATE.
func (c *checker) checkSQLConstant(root ast.Expr, stack []ast.Node) {
	val, ok := c.constString(root)
	if !ok {
		return
	}
	cols := sqlscan.Columns(val, sqlscan.Writes)
	if len(cols) == 0 {
		return
	}
	pieces := c.pieces(root)
	basis := c.basisAt(stack)
	for _, col := range cols {
		c.checkColumn(locate(pieces, col.Pos, root), col, basis)
	}
}

// checkSQLCall reads the string constants passed to a database as SQL,
// for every column position, reads included.
func (c *checker) checkSQLCall(call *ast.CallExpr, fn *types.Func, stack []ast.Node) {
	if !c.sqlSink(fn) {
		return
	}
	nameArg, hasNameArg := columnArgs[fn.Origin().FullName()]
	var basis string
	basisKnown := false
	for i, arg := range call.Args {
		val, ok := c.constString(arg)
		if !ok {
			continue
		}
		var cols []sqlscan.Column
		if hasNameArg && i == nameArg {
			if toks := sqlscan.Tokenize(val); len(toks) == 1 && (toks[0].Kind == sqlscan.Ident || toks[0].Kind == sqlscan.QuotedIdent) {
				cols = []sqlscan.Column{{Name: toks[0].Text, Role: sqlscan.Written, Pos: toks[0].Pos, End: toks[0].End}}
			}
		} else {
			cols = sqlscan.Columns(val, sqlscan.All)
		}
		if len(cols) == 0 {
			continue
		}
		if !basisKnown {
			basis, basisKnown = c.basisAt(stack), true
		}
		pieces := c.pieces(arg)
		for _, col := range cols {
			c.checkColumn(locate(pieces, col.Pos, arg), col, basis)
		}
	}
}

// sqlSink reports whether fn takes SQL text: a built-in store sink of an
// SQL library, or a function declared a store sink (by directive or
// config).
func (c *checker) sqlSink(fn *types.Func) bool {
	if f, ok := c.cat.Func(fn); ok && f.Sink == string(sinks.Store) {
		return true
	}
	e, ok := sinks.LookupFunc(fn)
	if !ok || e.Kind != sinks.Store {
		return false
	}
	switch {
	case e.Library == "database/sql", e.Library == "gorm.io/gorm", e.Library == "github.com/jmoiron/sqlx",
		strings.HasPrefix(e.Library, "github.com/jackc/pgx"):
		return true
	}
	return false // files, key-value stores: their strings are not SQL
}

var columnSubject = subject{remove: "remove the column", where: "on the function or statement that runs it"}

// checkColumn records a finding for a column of a forbidden category, or
// of a special one; the latter is covered when basis is not empty.
func (c *checker) checkColumn(at ast.Expr, col sqlscan.Column, basis string) {
	personLike := col.Table != "" && classify.PersonLike(col.Table)
	m, ok := classify.Name(col.Name, personLike)
	if !ok || m.Category.Class() == annotations.Personal {
		return
	}
	s := columnSubject
	s.what = "SQL column " + col.Name
	if col.Table != "" {
		s.what += " of table " + col.Table
	}
	c.columns.add(
		columnKey{at.Pos(), strings.ToLower(col.Name)},
		analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Message: message(s, m.Category)},
		!reportable(m.Category, basis),
	)
}

// A piece is the part [start, end) of a string constant's value that one
// expression spells: a literal, or a constant declared elsewhere.
type piece struct {
	start, end int
	at         ast.Expr
}

// pieces splits the constant e into the literals that spell it, following
// concatenations, conversions and the package's own named constants.
func (c *checker) pieces(e ast.Expr) []piece {
	var out []piece
	c.appendPieces(&out, e, 0, 0)
	return out
}

// maxConstDepth bounds the constants followed to their declarations.
const maxConstDepth = 8

func (c *checker) appendPieces(out *[]piece, e ast.Expr, offset, depth int) int {
	val, ok := c.constString(e)
	if !ok {
		return offset
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return c.appendPieces(out, x.Y, c.appendPieces(out, x.X, offset, depth), depth)
		}
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := x.(*ast.Ident)
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		if k, ok := c.pass.TypesInfo.Uses[id].(*types.Const); ok && depth < maxConstDepth {
			if init, ok := c.indexed().consts[k]; ok {
				if v, ok := c.constString(init); ok && v == val {
					return c.appendPieces(out, init, offset, depth+1)
				}
			}
		}
	case *ast.CallExpr: // a conversion: Query("...")
		if tv, ok := c.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.appendPieces(out, x.Args[0], offset, depth)
		}
	}
	*out = append(*out, piece{offset, offset + len(val), e})
	return offset + len(val)
}

// locate returns the expression that spells offset pos, or root.
func locate(pieces []piece, pos int, root ast.Expr) ast.Expr {
	for _, p := range pieces {
		if p.start <= pos && pos < p.end {
			return p.at
		}
	}
	return root
}

// columnKey identifies a column finding: the literal and the column name.
type columnKey struct {
	pos  token.Pos
	name string
}

// columnFindings collects the column findings of a package, so that the
// same column in the same literal is reported once, and not at all when
// one of the places that reads it (the literal itself, or a call passing
// it to a database) has a basis.
type columnFindings struct {
	order []columnKey
	byKey map[columnKey]*columnFinding
}

type columnFinding struct {
	diag    analysis.Diagnostic
	covered bool
}

func (f *columnFindings) add(key columnKey, diag analysis.Diagnostic, covered bool) {
	if old, ok := f.byKey[key]; ok {
		old.covered = old.covered || covered
		return
	}
	if f.byKey == nil {
		f.byKey = make(map[columnKey]*columnFinding)
	}
	f.order = append(f.order, key)
	f.byKey[key] = &columnFinding{diag: diag, covered: covered}
}

// report reports the findings not covered by a basis, in the order found.
func (f *columnFindings) report(rep *report.Reporter) {
	for _, key := range f.order {
		if fd := f.byKey[key]; !fd.covered {
			rep.Report(fd.diag)
		}
	}
}
