package flow

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// transfer applies one instruction's effect on labels and memory.
func (u *unit) transfer(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Phi:
		var s labelSet
		for _, e := range x.Edges {
			s = union(s, u.get(e))
		}
		u.set(x, s)
	case *ssa.BinOp:
		switch x.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			// A comparison says nothing about the data it compares.
		default:
			u.set(x, union(u.get(x.X), u.get(x.Y)))
		}
	case *ssa.UnOp:
		switch x.Op {
		case token.MUL:
			u.load(x)
		case token.ARROW:
			s := u.received(x.X)
			if x.CommaOk {
				u.setTuple(x, 0, u.receivedOrigin(x, 0, s))
			} else {
				u.read(x, s, nil, nil, x, "")
			}
		default:
			u.set(x, u.get(x.X))
		}
	case *ssa.ChangeType:
		u.set(x, u.get(x.X))
	case *ssa.Convert:
		u.set(x, u.get(x.X))
	case *ssa.MultiConvert:
		u.set(x, u.get(x.X))
	case *ssa.ChangeInterface:
		u.set(x, u.get(x.X))
	case *ssa.SliceToArrayPointer:
		u.set(x, u.get(x.X))
	case *ssa.MakeInterface:
		u.set(x, u.get(x.X))
	case *ssa.TypeAssert:
		if x.CommaOk {
			u.setTuple(x, 0, u.get(x.X))
		} else {
			u.set(x, u.get(x.X))
		}
	case *ssa.Extract:
		if _, ok := domainPart(x); ok {
			u.set(x, u.domainOf(u.tupleGet(x.Tuple, x.Index)))
			break
		}
		u.set(x, u.tupleGet(x.Tuple, x.Index))
	case *ssa.FieldAddr:
		u.set(x, u.selectField(u.get(x.X), fieldName(x.X.Type(), x.Field), u.keepParams(x.X.Type(), x.Field)))
	case *ssa.Field:
		f := fieldVar(x.X.Type(), x.Field)
		s := u.selectField(u.get(x.X), fieldName(x.X.Type(), x.Field), u.keepParams(x.X.Type(), x.Field))
		r, p := u.root(x)
		if m := u.mem[r]; m != nil {
			s = union(s, u.memLoad(m, p))
		}
		u.read(x, s, x.X.Type(), f, r, p)
	case *ssa.IndexAddr:
		if _, ok := domainPart(x); ok {
			u.set(x, u.domainOf(u.get(x.X)))
			break
		}
		u.set(x, u.get(x.X))
	case *ssa.Index:
		r, p := u.root(x)
		s := u.get(x.X)
		if _, ok := domainPart(x); ok {
			s = u.domainOf(s)
		}
		if m := u.mem[r]; m != nil {
			s = union(s, u.memLoad(m, p))
		}
		u.read(x, s, nil, nil, r, p)
	case *ssa.Lookup:
		r, p := u.root(x.X)
		s := u.deep(x.X)
		if x.CommaOk {
			u.setTuple(x, 0, s)
		} else {
			u.read(x, s, nil, nil, r, p)
		}
	case *ssa.Slice:
		if _, ok := domainPart(x); ok {
			u.set(x, u.domainOf(u.get(x.X)))
			break
		}
		u.set(x, u.get(x.X))
	case *ssa.Range:
		u.set(x, u.deep(x.X))
	case *ssa.Next:
		s := u.get(x.Iter)
		u.setTuple(x, 1, s)
		u.setTuple(x, 2, s)
	case *ssa.MakeClosure:
		if anon, ok := x.Fn.(*ssa.Function); ok && u.inUnit[anon] {
			for i, fv := range anon.FreeVars {
				if i < len(x.Bindings) {
					u.set(fv, u.deep(x.Bindings[i]))
				}
			}
		}
	case *ssa.Select:
		n := 2
		for _, st := range x.States {
			switch st.Dir {
			case types.RecvOnly:
				u.setTuple(x, n, u.receivedOrigin(x, n, u.received(st.Chan)))
				n++
			case types.SendOnly:
				u.send(x, st.Chan, st.Send)
			}
		}
	case *ssa.Store:
		r, p := u.root(x.Addr)
		u.store(r, p, u.storedOrigin(x, u.deep(x.Val)))
	case *ssa.MapUpdate:
		r, p := u.root(x.Map)
		u.store(r, p, union(u.deep(x.Key), u.deep(x.Value)))
	case *ssa.Send:
		u.send(x, x.Chan, x.X)
	case *ssa.Return:
		u.rpcResponse(x)
		fn := x.Parent()
		if fn != u.top {
			rets := u.anonRet[fn]
			for i, r := range x.Results {
				for len(rets) <= i {
					rets = append(rets, nil)
				}
				n := union(rets[i], u.deep(r))
				if !equalSets(n, rets[i]) {
					rets[i] = n
					u.changed = true
				}
			}
			u.anonRet[fn] = rets
		}
	case *ssa.Call:
		u.call(x.Common(), x, x)
	case *ssa.Go:
		u.call(x.Common(), x, nil)
	case *ssa.Defer:
		u.call(x.Common(), x, nil)
	}
}

// keepParams reports whether a parameter's data survive the selection of
// field i of a struct of type t: not when the struct is person-bearing
// and the field is neither personal nor person-bearing itself.
func (u *unit) keepParams(t types.Type, i int) bool {
	f := fieldVar(t, i)
	if f == nil {
		return true
	}
	if fi := u.field(f); fi.personal || fi.bearing {
		return true
	}
	return !u.bearing(derefType(t))
}

// load handles *addr.
func (u *unit) load(x *ssa.UnOp) {
	r, p := u.root(x.X)
	s := u.get(x.X)
	if m := u.mem[r]; m != nil {
		s = union(s, u.memLoad(m, p))
	}
	if fa, ok := x.X.(*ssa.FieldAddr); ok {
		f := fieldVar(fa.X.Type(), fa.Field)
		if f != nil && isError(f.Type()) && !u.field(f).personal {
			// An error field holds what was stored into it, not what was
			// written into the whole value: a writer's Error after
			// w.String(email) quotes nothing (SPEC: an error carries
			// personal data only when they were formatted into it).
			s = nil
			if m := u.mem[r]; m != nil {
				s = u.memLoadWithin(m, p)
			}
		}
		u.read(x, s, fa.X.Type(), f, r, p)
		return
	}
	u.read(x, s, nil, nil, r, p)
}

// received returns what a value received from channel ch carries: what
// the unit sent on it. A message received on a channel the function was
// given (or reached through a parameter, as a worker's m.queue) is input,
// like a decoded request: whoever sent it is not a caller, so it does not
// stand for a parameter's data, and the personal data read from it
// originate at the read (see unknown: the receive is its own root).
func (u *unit) received(ch ssa.Value) labelSet {
	if r, _ := u.root(ch); fresh(r) {
		return u.deep(ch) // a channel the unit made: it sent what it receives
	}
	var out labelSet
	for _, l := range u.deep(ch) {
		if u.sources[l.src].param < 0 {
			out = out.add(l)
		}
	}
	return out
}

// receivedOrigin adds to s, what component n of tuple x (a receive with
// ok, or a select) carries, the origin of the person-bearing value it
// receives: the whole value read, as a non-tuple receive's (see read).
func (u *unit) receivedOrigin(x ssa.Value, n int, s labelSet) labelSet {
	tuple, ok := x.Type().(*types.Tuple)
	if !ok || n >= tuple.Len() || !u.bearing(tuple.At(n).Type()) {
		return s
	}
	t := tuple.At(n).Type()
	id, ok := u.origin(srcKey{at: x, kind: keyRead, n: n}, func() source {
		return source{pos: readPos(x), data: u.typeData(t), root: x, typeBased: true}
	})
	if ok {
		s = s.add(label{src: id})
	}
	return s
}

// send handles a channel send: the data go into the channel's memory,
// and out of the program if the channel is a sink's.
func (u *unit) send(instr ssa.Instruction, ch, v ssa.Value) {
	r, p := u.root(ch)
	s := u.deep(v)
	u.store(r, p, s)
	if t, ok := u.sinkTo[r]; ok && u.final {
		u.sinkEvent(instr, t.entry, t.name, []argData{{arg: -1, ast: -1, labels: s}})
	}
}

// readPos is the position a read of personal data is reported at.
func readPos(v ssa.Value) token.Pos {
	if x, ok := v.(*ssa.UnOp); ok {
		if fa, ok := x.X.(*ssa.FieldAddr); ok && fa.Pos().IsValid() {
			return fa.Pos()
		}
	}
	if v.Pos().IsValid() {
		return v.Pos()
	}
	if instr, ok := v.(ssa.Instruction); ok && instr.Parent() != nil {
		return instr.Parent().Pos()
	}
	return token.NoPos
}

func constIndex(v ssa.Value) (int, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return 0, false
	}
	i, ok := constant.Int64Val(c.Value)
	if !ok || i < 0 || i > 1<<16 {
		return 0, false
	}
	return int(i), true
}
