package anonymity

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/hrvet/hrvet/internal/flow"
	"golang.org/x/tools/go/types/typeutil"
)

// call returns what the results of a call carry, together.
func (c *carrier) call(call *ast.CallExpr) origins {
	o := make(origins)
	for _, r := range c.results(call) {
		o.add(r)
	}
	return o
}

// results returns what each result of a call carries, by the first rule
// that applies:
//
//   - a conversion carries its operand; append, min, max, complex, real
//     and imag their arguments; other builtins nothing;
//   - a //hrvet:redact function's result carries nothing, nor does another
//     //hrvet:anonymize function's, which answers for itself where it is
//     declared;
//   - a function the flow engine summarised carries what its summary's
//     Returns say, each result its own: the caller's arguments' data
//     selected down the summary's path, and the identifying data that
//     originate inside it;
//   - any other call (a function the engine did not need to analyse, one
//     of the standard library, a func value) carries all its arguments'
//     data and its receiver's, as the engine takes it to.
//
// A result of a person-bearing type also carries its type's identifying
// fields, as a variable of that type does.
func (c *carrier) results(call *ast.CallExpr) []origins {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return []origins{c.expr(call.Args[0])} // a conversion
		}
		return nil
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "append", "min", "max", "complex", "real", "imag":
				return []origins{c.args(call.Args, nil)}
			}
			return nil // len, cap, make, new, copy, ...
		}
	}
	rtypes := resultTypes(info.TypeOf(call))
	if len(rtypes) == 0 {
		return nil
	}
	out := make([]origins, len(rtypes))
	for i := range out {
		out[i] = make(origins)
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn != nil {
		if f, ok := c.cat.Func(fn); ok && (f.Redact || f.Anonymize) {
			return nil
		}
	}
	if s := c.summary(fn); s != nil {
		for _, r := range s.Returns {
			if r.Result >= 0 && r.Result < len(out) {
				out[r.Result].add(c.returned(fn, call, r))
			}
		}
	} else {
		recv, _ := c.receiver(fn, call)
		all := c.args(call.Args, recv)
		for i := range out {
			out[i].add(all)
		}
	}
	for i, t := range rtypes {
		out[i].add(identifyingFields(c.cat, t))
	}
	return out
}

// summary returns the flow engine's summary of fn, or nil when there is
// none (or fn is nil: a call of a func value).
func (c *carrier) summary(fn *types.Func) *flow.Summary {
	if fn == nil {
		return nil
	}
	return c.summaries.Summary(fn)
}

// resultTypes lists the types of a call's results.
func resultTypes(t types.Type) []types.Type {
	switch t := t.(type) {
	case nil:
		return nil
	case *types.Tuple:
		out := make([]types.Type, t.Len())
		for i := range t.Len() {
			out[i] = t.At(i).Type()
		}
		return out
	}
	return []types.Type{t}
}

// returned returns what a summary's ReturnFlow brings to the caller: the
// argument's data selected down its path, or the identifying data that
// originate inside the callee.
func (c *carrier) returned(fn *types.Func, call *ast.CallExpr, r flow.ReturnFlow) origins {
	if r.Param >= 0 {
		return c.argData(fn, call, r.Param, r.Path)
	}
	return identifyingData(r.Data)
}

// identifyingData returns the identifying data among the engine's.
func identifyingData(data []flow.Datum) origins {
	o := make(origins)
	for _, d := range data {
		if d.Category.Identifying() {
			o[d.Name] = d.Category
		}
	}
	return o
}

// summaryWrites records the writes a summarised callee makes through its
// pointer parameters (a setter, an out parameter): the destination
// arguments carry what the summary says is written into them. It reports
// whether that added anything.
func (c *carrier) summaryWrites(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	s := c.summary(fn)
	if s == nil {
		return false
	}
	changed := false
	for _, w := range s.Writes {
		var o origins
		if w.Param >= 0 {
			o = c.argData(fn, call, w.Param, w.Path)
		} else {
			o = identifyingData(w.Data)
		}
		for _, dst := range c.paramArgs(fn, call, w.Into) {
			if c.into(dst, o) {
				changed = true
			}
		}
	}
	return changed
}

// argData returns what the argument a call passes for fn's parameter i
// (the receiver is parameter 0 of a method, as in the engine's summaries)
// carries at the field path below it.
func (c *carrier) argData(fn *types.Func, call *ast.CallExpr, i int, path []string) origins {
	if k, ok := paramIndex(fn, i); ok && len(call.Args) == 1 && fn.Signature().Params().Len() > 1 {
		if inner, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr); ok {
			// f(g()): g's results are f's arguments, one by one.
			if rs := c.results(inner); k < len(rs) {
				return rs[k]
			}
			return c.expr(inner)
		}
	}
	o := make(origins)
	for _, a := range c.paramArgs(fn, call, i) {
		o.add(c.at(a, path, fn.Pkg()))
	}
	return o
}

// paramIndex maps parameter i of a summary (the receiver first, for a
// method) to the index of fn's ordinary parameter, and reports false for
// the receiver.
func paramIndex(fn *types.Func, i int) (int, bool) {
	if fn.Signature().Recv() != nil {
		if i == 0 {
			return 0, false
		}
		i--
	}
	return i, true
}

// paramArgs returns the argument expressions a call passes for fn's
// parameter i (the receiver is parameter 0 of a method): one, or the
// elements of a variadic parameter, or none.
func (c *carrier) paramArgs(fn *types.Func, call *ast.CallExpr, i int) []ast.Expr {
	sig := fn.Signature()
	args := call.Args
	if sig.Recv() != nil {
		recv, methodExpr := c.receiver(fn, call)
		if i == 0 {
			if recv == nil {
				return nil
			}
			return []ast.Expr{recv}
		}
		if methodExpr && len(args) > 0 {
			args = args[1:]
		}
	}
	k, _ := paramIndex(fn, i)
	params := sig.Params()
	switch {
	case k < 0 || k >= params.Len():
		return nil
	case sig.Variadic() && k == params.Len()-1 && !call.Ellipsis.IsValid():
		if k <= len(args) {
			return args[k:]
		}
		return nil
	case k < len(args):
		return args[k : k+1]
	}
	return nil
}

// receiver returns the receiver a method call passes: x in x.M(...), or
// the first argument of a method expression T.M(x, ...), and says which.
func (c *carrier) receiver(fn *types.Func, call *ast.CallExpr) (recv ast.Expr, methodExpr bool) {
	if fn == nil || fn.Signature().Recv() == nil {
		return nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	s := c.pass.TypesInfo.Selections[sel]
	switch {
	case s == nil:
		return nil, false
	case s.Kind() == types.MethodExpr:
		if len(call.Args) == 0 {
			return nil, true
		}
		return call.Args[0], true
	}
	return sel.X, false
}

// at returns what the value of e carries at the field path below it, as
// the chain of selectors e.f.g would: path is a summary's, field names
// from the parameter down, through pointers and (as the engine's paths
// do) elements. A path the type of e does not have (the engine followed
// a type assertion) selects all that e carries.
func (c *carrier) at(e ast.Expr, path []string, pkg *types.Package) origins {
	if len(path) == 0 {
		return c.expr(e)
	}
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return c.expr(e)
	}
	owner := "struct"
	if named := namedOf(t); named != nil {
		owner = named.Obj().Name()
	}
	inBearing := false
	var field *types.Var
	for i, name := range path {
		t = elemOf(t)
		if len(c.cat.PersonalFields(t)) > 0 {
			inBearing = true
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, name)
		f, ok := obj.(*types.Var)
		if !ok || !f.IsField() {
			return c.expr(e)
		}
		if ff, ok := c.cat.Field(f); ok {
			if !ff.Category.Identifying() {
				return nil
			}
			return origins{owner + "." + strings.Join(path[:i+1], "."): ff.Category}
		}
		field, t = f, f.Type()
	}
	if carriesNothing(field.Type()) {
		return nil
	}
	if o := identifyingFields(c.cat, field.Type()); len(o) > 0 {
		return o
	}
	if inBearing {
		return nil // an unmarked field of a catalogued struct carries nothing else
	}
	return c.expr(e)
}

// elemOf returns the type under pointers, slices, arrays, maps and
// channels of t.
func elemOf(t types.Type) types.Type {
	for range 8 {
		switch u := types.Unalias(t).(type) {
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
			return t
		}
	}
	return t
}

// args returns what the arguments of a call, and its receiver if not nil,
// carry together.
func (c *carrier) args(args []ast.Expr, recv ast.Expr) origins {
	o := make(origins)
	if recv != nil {
		o.add(c.expr(recv))
	}
	for _, a := range args {
		o.add(c.expr(a))
	}
	return o
}
