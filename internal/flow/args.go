package flow

import (
	"go/constant"
	"go/types"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/ssa"
)

// argData is what one argument of a call carries. A variadic argument
// built by the compiler is split into its elements, so that a message or
// a fix can point at the one that leaks.
type argData struct {
	arg    int // index into callee.args; -1 for a channel send
	ast    int // index into the call's ast.CallExpr.Args; -1 if not there
	labels labelSet
	plain  bool // a string, a number or a bool (before conversion to an interface)
}

// argData returns what the arguments idx of a call carry, dropping
// contexts and the operands of %T and %p in a constant printf format.
func (u *unit) argData(c *callee, cc *ssa.CallCommon, idx []int) []argData {
	var out []argData
	last := len(c.args) - 1
	var skip map[int]bool
	if c.variadic && last >= 1 && isPrintf(c) {
		skip = printfNonCarrying(c.args[last-1])
	}
	for _, i := range idx {
		if i < 0 || i >= len(c.args) {
			continue
		}
		a := c.args[i]
		if isContext(a.Type()) {
			continue
		}
		if c.variadic && i == last {
			if elems, ok := u.elements(a); ok {
				for k, e := range elems {
					if e == nil || skip[k] {
						continue
					}
					out = append(out, argData{arg: i, ast: i - c.astOffset + k, labels: u.argLabels(cc, i<<10|k, e), plain: isPlain(e)})
				}
				continue
			}
		}
		ast := i - c.astOffset
		if ast < 0 {
			ast = -1
		}
		out = append(out, argData{arg: i, ast: ast, labels: u.argLabels(cc, i<<10, a), plain: isPlain(a)})
	}
	return out
}

// isPlain reports whether v, before any conversion to an interface, is
// a string, a number or a bool.
func isPlain(v ssa.Value) bool {
	_, ok := throughInterfaces(v).Type().Underlying().(*types.Basic)
	return ok
}

// elements returns the elements of a variadic slice the compiler built
// for a call f(a, b, c), if v is one.
func (u *unit) elements(v ssa.Value) ([]ssa.Value, bool) {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	a, ok := sl.X.(*ssa.Alloc)
	if !ok || a.Comment != "varargs" {
		return nil, false
	}
	elems, ok := u.varargs[a]
	return elems, ok
}

// isPrintf reports whether the callee takes a format and ...any, and is
// named like a printf wrapper (Printf, Errorf, Infof, ...).
func isPrintf(c *callee) bool {
	if c.obj == nil || !strings.HasSuffix(c.obj.Name(), "f") {
		return false
	}
	params := c.obj.Signature().Params()
	n := params.Len()
	if n < 2 {
		return false
	}
	sl, ok := params.At(n - 1).Type().(*types.Slice)
	if !ok {
		return false
	}
	if it, ok := sl.Elem().Underlying().(*types.Interface); !ok || it.NumMethods() != 0 {
		return false
	}
	b, ok := params.At(n - 2).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// printfNonCarrying returns the indexes of the operands of a constant
// format that print none of their value: those used only by %T (the type)
// or %p (the address), and widths and precisions given by *.
func printfNonCarrying(format ssa.Value) map[int]bool {
	c, ok := format.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return nil
	}
	uses := parseFormat(constant.StringVal(c.Value))
	out := make(map[int]bool)
	for i, verbs := range uses {
		carries := false
		for _, v := range verbs {
			if v != 'T' && v != 'p' && v != '*' {
				carries = true
			}
		}
		if !carries {
			out[i] = true
		}
	}
	return out
}

// parseFormat returns, for each operand index a printf format uses, the
// verbs that use it ('*' for a width or precision). Operands the format
// does not use are absent: fmt prints them anyway, as %!(EXTRA ...).
func parseFormat(f string) map[int][]rune {
	uses := make(map[int][]rune)
	arg := 0
	use := func(r rune) {
		if arg < 1<<10 {
			uses[arg] = append(uses[arg], r)
		}
		arg++
	}
	for i := 0; i < len(f); {
		if f[i] != '%' {
			i++
			continue
		}
		i++
		for i < len(f) && strings.IndexByte("+-# 0", f[i]) >= 0 {
			i++
		}
		i = argIndex(f, i, &arg)
		i = widthOrPrecision(f, i, use)
		if i < len(f) && f[i] == '.' {
			i = argIndex(f, i+1, &arg)
			i = widthOrPrecision(f, i, use)
		}
		i = argIndex(f, i, &arg)
		if i >= len(f) {
			break
		}
		if f[i] == '%' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		use(r)
		i += size
	}
	return uses
}

// argIndex reads an explicit operand index "[n]" at f[i:], if any, and
// returns the position after it.
func argIndex(f string, i int, arg *int) int {
	if i >= len(f) || f[i] != '[' {
		return i
	}
	end := strings.IndexByte(f[i:], ']')
	if end < 0 {
		return len(f)
	}
	if n, err := strconv.Atoi(f[i+1 : i+end]); err == nil && n > 0 && n < 1<<10 {
		*arg = n - 1
	}
	return i + end + 1
}

// widthOrPrecision reads a width or precision at f[i:]: digits, or a *
// that takes an operand.
func widthOrPrecision(f string, i int, use func(rune)) int {
	if i < len(f) && f[i] == '*' {
		use('*')
		return i + 1
	}
	for i < len(f) && f[i] >= '0' && f[i] <= '9' {
		i++
	}
	return i
}
