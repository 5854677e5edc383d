package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// storedOrigin returns what a store into a personal field puts there: the
// stored value's labels, and, where the value comes from outside the
// function and carries no personal data the engine knows of (a form
// value, a decoded request's plain string, a call of another module), an
// origin of the field's category. A value typed as a person's name from
// the moment it is stored is personal data from there on: &User{Name:
// r.FormValue("name")} holds a name.
//
// A personal value written in the code is an origin too:
// Employee{Phone: "+7 900 123-45-67"} holds a phone number, whoever wrote
// it (see writtenInCode).
//
// A value that carries personal data already, or data of a parameter
// that can hold them (a string, bytes, a person-bearing value: the
// callers say what they pass), a placeholder constant, memory the
// function built, and the result of a redactor or of a function whose
// summary the engine knows make no origin.
func (u *unit) storedOrigin(x *ssa.Store, s labelSet) labelSet {
	fa, ok := x.Addr.(*ssa.FieldAddr)
	if !ok {
		return s
	}
	f := fieldVar(fa.X.Type(), fa.Field)
	if f == nil || !u.field(f).personal {
		return s
	}
	for _, l := range s {
		src := &u.sources[l.src]
		if src.param < 0 || src.param < len(src.fn.Params) && dataParam(u, src.fn.Params[src.param].Type()) {
			return s
		}
	}
	if !u.foreign(x.Val, 0) && !u.writtenInCode(x) {
		return s
	}
	id, ok := u.origin(srcKey{at: x, kind: keyStore}, func() source {
		r, _ := u.root(x.Addr)
		pos := x.Val.Pos()
		if !pos.IsValid() {
			pos = x.Pos()
		}
		return source{pos: pos, data: u.fieldData(fa.X.Type(), f), root: u.canonical(r)}
	})
	if !ok {
		return s
	}
	return s.add(label{src: id})
}

// dataParam reports whether a parameter of type t can bring personal data
// from the callers by itself: a string, a number, bytes, or a
// person-bearing value. A request, a context or a service cannot: what
// is read from them is not the callers' to say.
func dataParam(u *unit, t types.Type) bool {
	switch x := t.Underlying().(type) {
	case *types.Basic:
		return true
	case *types.Slice:
		if isByte(x.Elem()) {
			return true
		}
	}
	return u.bearing(t)
}

// foreign reports whether v comes from outside the function's knowledge:
// the result of a call the engine has no summary for (another module's,
// the standard library's, a function value's), or a read of memory the
// function cannot know or of a parameter that cannot bring personal data
// by itself (r.Form of a handler's request).
func (u *unit) foreign(v ssa.Value, depth int) bool {
	if depth > maxRootChase {
		return false
	}
	switch x := v.(type) {
	case *ssa.Convert:
		return u.foreign(x.X, depth+1)
	case *ssa.ChangeType:
		return u.foreign(x.X, depth+1)
	case *ssa.MakeInterface:
		return u.foreign(x.X, depth+1)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if u.foreign(e, depth+1) {
				return true
			}
		}
		return false
	case *ssa.BinOp:
		return x.Op == token.ADD && (u.foreign(x.X, depth+1) || u.foreign(x.Y, depth+1))
	case *ssa.Extract:
		return u.foreign(x.Tuple, depth+1)
	case *ssa.Call:
		return u.foreignCall(x)
	case *ssa.UnOp, *ssa.Field, *ssa.Index, *ssa.Lookup:
		if un, ok := x.(*ssa.UnOp); ok && un.Op != token.MUL {
			return false
		}
		r, _ := u.root(v)
		if p, ok := r.(*ssa.Parameter); ok {
			return !dataParam(u, p.Type())
		}
		return u.unknown(r)
	}
	return false
}

// foreignCall reports whether a call's result is data the engine knows
// nothing about: not a redactor's or consent check's, not a summarised
// function's (a summary is exact), not a value the callee built, not a
// builtin's or a literal's of the unit, and not a call given nothing (the
// date of hire set to time.Now() comes from the clock, not a person).
func (u *unit) foreignCall(x *ssa.Call) bool {
	if u.built[x] {
		return false
	}
	c := u.resolve(x.Common())
	switch {
	case c.builtin != nil, c.anon != nil:
		return false
	case c.obj == nil:
		return true
	case len(c.args) == 0:
		return false // a clock or a generator: time.Now(), uuid.New()
	}
	if ff, _ := u.cat.Func(c.obj); ff.Redact || ff.Consent {
		return false
	}
	return u.summaryOf(c.obj) == nil
}
