package flow

// The syntax scans that find where a package makes an implementation of
// a module interface: conversions of a concrete type to the interface,
// and calls of a constructor that returns it (see conversionFlows).

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// conversion is an expression of a concrete type of the module used as a
// value of one of the module's interfaces.
type conversion struct {
	pos   token.Pos
	named *types.Named
	iface *types.Named
}

// constructorCall returns the first call, in the source, of a function of
// package pkg whose result is the interface that declares the method
// named method, and that method.
func (p *pkgCtx) constructorCall(pkg, method string) (token.Pos, *types.Func) {
	info := p.pass.TypesInfo
	var pos token.Pos
	var found *types.Func
	for _, f := range p.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || found != nil {
				return found == nil
			}
			fn := typeutil.StaticCallee(info, call)
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkg {
				return true
			}
			for v := range fn.Signature().Results().Variables() {
				named, ok := types.Unalias(v.Type()).(*types.Named)
				if !ok || !types.IsInterface(named) {
					continue
				}
				it := named.Underlying().(*types.Interface)
				for i := range it.NumMethods() {
					if it.Method(i).FullName() == method {
						pos, found = call.Pos(), it.Method(i)
						return false
					}
				}
			}
			return true
		})
		if found != nil {
			break
		}
	}
	return pos, found
}

// conversions returns the package's conversions of its module's concrete
// named types to its module's interfaces, in the order of the source,
// found in the syntax: assignments, arguments, results, composite
// literal elements, sends and append's arguments.
func (p *pkgCtx) conversions() []conversion {
	info := p.pass.TypesInfo
	var out []conversion
	add := func(e ast.Expr, target types.Type) {
		if e == nil || target == nil {
			return
		}
		iface, ok := types.Unalias(target).(*types.Named)
		if !ok || !types.IsInterface(iface) || iface.Obj().Pkg() == nil || p.otherModulePkg(iface.Obj().Pkg()) {
			return
		}
		tv, ok := info.Types[e]
		if !ok || tv.Type == nil || types.IsInterface(tv.Type) {
			return
		}
		named, ok := types.Unalias(derefType(tv.Type)).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || p.otherModulePkg(named.Obj().Pkg()) || named.TypeParams().Len() > 0 {
			return
		}
		out = append(out, conversion{pos: e.Pos(), named: named, iface: iface})
	}
	for _, f := range p.pass.Files {
		var results []*types.Tuple // of the enclosing functions
		var visit func(n ast.Node) bool
		visit = func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncDecl:
				if obj, ok := info.Defs[x.Name].(*types.Func); ok && x.Body != nil {
					results = append(results, obj.Signature().Results())
					ast.Inspect(x.Body, visit)
					results = results[:len(results)-1]
				}
				return false
			case *ast.FuncLit:
				if sig, ok := info.TypeOf(x).(*types.Signature); ok {
					results = append(results, sig.Results())
					ast.Inspect(x.Body, visit)
					results = results[:len(results)-1]
				}
				return false
			case *ast.ReturnStmt:
				if len(results) > 0 && results[len(results)-1].Len() == len(x.Results) {
					for i, r := range x.Results {
						add(r, results[len(results)-1].At(i).Type())
					}
				}
			case *ast.AssignStmt:
				if len(x.Lhs) == len(x.Rhs) {
					for i, r := range x.Rhs {
						add(r, info.TypeOf(x.Lhs[i]))
					}
				}
			case *ast.ValueSpec:
				if len(x.Names) == len(x.Values) {
					for i, r := range x.Values {
						// var _ I = (*T)(nil) asserts that T implements I; it
						// registers nothing.
						if obj := info.Defs[x.Names[i]]; obj != nil && obj.Name() != "_" {
							add(r, obj.Type())
						}
					}
				}
			case *ast.SendStmt:
				if t := info.TypeOf(x.Chan); t != nil {
					if ch, ok := t.Underlying().(*types.Chan); ok {
						add(x.Value, ch.Elem())
					}
				}
			case *ast.CompositeLit:
				p.literalConversions(x, add)
			case *ast.CallExpr:
				p.argumentConversions(x, add)
			}
			return true
		}
		ast.Inspect(f, visit)
	}
	return out
}

// literalConversions finds the conversions of a composite literal's
// elements to its element or field types.
func (p *pkgCtx) literalConversions(x *ast.CompositeLit, add func(ast.Expr, types.Type)) {
	t := p.pass.TypesInfo.TypeOf(x)
	if t == nil {
		return
	}
	switch u := derefType(t).Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
		var elem types.Type
		switch u := u.(type) {
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		case *types.Map:
			elem = u.Elem()
		}
		for _, e := range x.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				e = kv.Value
			}
			add(e, elem)
		}
	case *types.Struct:
		for i, e := range x.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := p.pass.TypesInfo.Uses[id].(*types.Var); ok {
						add(kv.Value, f.Type())
					}
				}
				continue
			}
			if i < u.NumFields() {
				add(e, u.Field(i).Type())
			}
		}
	}
}

// argumentConversions finds the conversions of a call's arguments to its
// parameters' types (append's to the slice's element type).
func (p *pkgCtx) argumentConversions(x *ast.CallExpr, add func(ast.Expr, types.Type)) {
	info := p.pass.TypesInfo
	if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			if b.Name() == "append" && len(x.Args) > 1 && !x.Ellipsis.IsValid() {
				if t := info.TypeOf(x.Args[0]); t != nil {
					if s, ok := t.Underlying().(*types.Slice); ok {
						for _, a := range x.Args[1:] {
							add(a, s.Elem())
						}
					}
				}
			}
			return
		}
	}
	sig, ok := info.TypeOf(x.Fun).(*types.Signature)
	if !ok {
		return // a conversion T(x), or a call of something odd
	}
	params := sig.Params()
	for i, a := range x.Args {
		switch {
		case sig.Variadic() && i >= params.Len()-1 && !x.Ellipsis.IsValid():
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				add(a, s.Elem())
			}
		case i < params.Len():
			add(a, params.At(i).Type())
		}
	}
}
