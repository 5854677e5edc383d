package flow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// argLabels returns what argument a of call cc carries: what deep finds,
// and, where a is the address of memory the function cannot know (a
// variable a decoder filled, new(User) a loader filled, a literal that
// json.Unmarshal filled), an origin of the personal fields of the value
// it points to. Passing &u is passing u: a read of u there would be an
// origin (see read), and so is handing out its address. n tells the
// argument (and the element of a variadic one) apart.
func (u *unit) argLabels(cc *ssa.CallCommon, n int, a ssa.Value) labelSet {
	s := u.deep(a)
	v := addressOf(throughInterfaces(a))
	if v == nil {
		return s // a loaded or returned pointer was an origin where it was read
	}
	ptr, ok := v.Type().Underlying().(*types.Pointer)
	if !ok || !u.bearing(ptr.Elem()) {
		return s
	}
	r, p := u.root(v)
	switch r.(type) {
	case *ssa.Alloc, *ssa.Global:
	default:
		return s
	}
	if !u.unknown(r) || u.hasBearingParam(s) {
		return s
	}
	id, ok := u.origin(srcKey{at: cc, kind: keyPointee, n: n}, func() source {
		data := u.typeData(ptr.Elem())
		if alloc, ok := r.(*ssa.Alloc); ok {
			data = withoutWritten(data, u.written[alloc], p)
		}
		pos := v.Pos()
		if f := u.filledBefore(r); f != nil && f.pos.IsValid() {
			pos = f.pos // where the decoder or loader filled it
		}
		if !pos.IsValid() {
			pos = cc.Pos()
		}
		return source{pos: pos, data: data, root: u.canonical(r), typeBased: true}
	})
	if !ok {
		return s
	}
	return s.add(label{src: id})
}

// throughInterfaces looks through conversions to an interface or another
// named type: the pointer passed as json.Marshal's any.
func throughInterfaces(v ssa.Value) ssa.Value {
	for range maxRootChase {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return v
		}
	}
	return v
}

// addressOf returns v if it is the address of memory the function names
// (a variable, a global, a field or element of one), or the one such
// address among the edges of a φ-node whose other edges are nil
// (var u *User; if ... { u = &User{}; json.Unmarshal(b, u) }; send(u)).
func addressOf(v ssa.Value) ssa.Value {
	switch x := v.(type) {
	case *ssa.Alloc, *ssa.Global, *ssa.FieldAddr, *ssa.IndexAddr:
		return v
	case *ssa.Phi:
		var found ssa.Value
		for _, e := range x.Edges {
			if c, ok := e.(*ssa.Const); ok && c.IsNil() {
				continue
			}
			switch e.(type) {
			case *ssa.Alloc, *ssa.Global, *ssa.FieldAddr, *ssa.IndexAddr:
				if found != nil && found != e {
					return nil
				}
				found = e
			default:
				return nil
			}
		}
		return found
	}
	return nil
}
