package flow

import (
	"fmt"
	"go/constant"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A flow can hang on a parameter's field: an avatar refresher asks
// Gravatar only when user.AvatarType is "Auto" or "Gravatar". Such a
// flow's summary row lists the field as required non-zero
// (ParamFlow.Requires, "0.AvatarType"), and a caller that passes a record
// it built without setting that field drops the row: the branch cannot
// run for it. A caller that passes its own parameter's record hands the
// requirement on to its callers; any other caller keeps the row.

// requiredNonZero lists the fields of the unit's parameters that must be
// non-zero for instr to run: every path from the entry to instr's block
// leaves, for each, a test that the field equals a non-zero constant (or
// differs from the zero value) by the branch that test takes only when
// the field is not zero.
func (u *unit) requiredNonZero(instr ssa.Instruction) []string {
	fn := instr.Parent()
	if fn != u.top || instr.Block() == nil || len(fn.Blocks) == 0 {
		return nil
	}
	if out, ok := u.nonZero[instr.Block()]; ok {
		return out // every event of a block needs the same fields
	}
	if u.nonZero == nil {
		u.nonZero = make(map[*ssa.BasicBlock][]string)
	}
	dead := make(map[string]map[*ssa.BasicBlock]int) // field -> test block -> the successor a zero field never takes
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		field, succ, ok := u.zeroTest(ifi)
		if !ok {
			continue
		}
		if dead[field] == nil {
			dead[field] = make(map[*ssa.BasicBlock]int)
		}
		dead[field][b] = succ
	}
	var out []string
	for field, tests := range dead {
		if !reachableAvoiding(fn, instr.Block(), tests) {
			out = append(out, field)
		}
	}
	slices.Sort(out)
	u.nonZero[instr.Block()] = out
	return out
}

// zeroTest recognises an If on a comparison of a parameter's field with a
// constant, and returns the field ("0.AvatarType") and the successor the
// branch cannot take when the field holds its zero value.
func (u *unit) zeroTest(ifi *ssa.If) (string, int, bool) {
	bin, ok := ifi.Cond.(*ssa.BinOp)
	if !ok || (bin.Op != token.EQL && bin.Op != token.NEQ) {
		return "", 0, false
	}
	x, c := bin.X, bin.Y
	k, ok := c.(*ssa.Const)
	if !ok {
		x, c = bin.Y, bin.X
		if k, ok = c.(*ssa.Const); !ok {
			return "", 0, false
		}
	}
	field := u.paramField(x)
	if field == "" {
		return "", 0, false
	}
	// With the field at its zero value, x == k holds only if k is zero.
	holds := (bin.Op == token.EQL) == isZeroConst(k)
	if holds {
		return field, 1, true // the else branch is not taken
	}
	return field, 0, true // the then branch is not taken
}

// paramField names the field a load of x reads, as "param.path", when it
// is a field of one of the unit's parameters.
func (u *unit) paramField(x ssa.Value) string {
	switch x.(type) {
	case *ssa.UnOp, *ssa.Field:
	default:
		return ""
	}
	r, p := u.root(x)
	prm, ok := r.(*ssa.Parameter)
	if !ok || p == "" {
		return ""
	}
	for i, q := range u.top.Params {
		if q == prm {
			return fmt.Sprintf("%d.%s", i, p)
		}
	}
	return ""
}

// isZeroConst reports whether k is its type's zero value.
func isZeroConst(k *ssa.Const) bool {
	if k.Value == nil {
		return true
	}
	switch k.Value.Kind() {
	case constant.String:
		return constant.StringVal(k.Value) == ""
	case constant.Bool:
		return !constant.BoolVal(k.Value)
	case constant.Int, constant.Float, constant.Complex:
		return constant.Sign(k.Value) == 0 && constant.Sign(constant.Imag(k.Value)) == 0
	}
	return false
}

// reachableAvoiding reports whether to can be reached from fn's entry
// without taking, at a block of tests, the successor it names.
func reachableAvoiding(fn *ssa.Function, to *ssa.BasicBlock, tests map[*ssa.BasicBlock]int) bool {
	seen := make([]bool, len(fn.Blocks))
	stack := []*ssa.BasicBlock{fn.Blocks[0]}
	seen[0] = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b == to {
			return true
		}
		for i, s := range b.Succs {
			if d, ok := tests[b]; ok && d == i {
				continue
			}
			if !seen[s.Index] {
				seen[s.Index] = true
				stack = append(stack, s)
			}
		}
	}
	return false
}

// mapRequires turns a callee row's required fields into the caller's
// terms at call c: a field of what the caller's own parameter points to
// is required of the caller's callers; a record the caller built before
// the call without setting the field makes the row impossible here (dead);
// anything else drops the requirement.
func (u *unit) mapRequires(c *callee, instr ssa.Instruction, reqs []string) (out []string, dead bool) {
	for _, req := range reqs {
		idx, path, ok := strings.Cut(req, ".")
		k, err := strconv.Atoi(idx)
		if !ok || err != nil || k < 0 || k >= len(c.args) {
			continue
		}
		r, p := u.root(c.args[k])
		full := joinPath(p, path)
		if prm, ok := r.(*ssa.Parameter); ok {
			for i, q := range u.top.Params {
				if q == prm {
					out = append(out, fmt.Sprintf("%d.%s", i, full))
				}
			}
			continue
		}
		if a, ok := r.(*ssa.Alloc); ok && a.Comment == "complit" && !u.setBefore(a, full, instr) {
			return nil, true
		}
	}
	slices.Sort(out)
	return slices.Compact(out), false
}

// setBefore reports whether the record a, a composite literal, may have
// its field path set before instr: the literal or a store sets it, or the
// record (or a part of it holding the field) goes anywhere but into field
// reads and stores of other fields before instr (another call, another
// variable), where it may be set.
func (u *unit) setBefore(a *ssa.Alloc, path string, instr ssa.Instruction) bool {
	at := pointOf(instr)
	var visit func(v ssa.Value, p string) bool
	visit = func(v ssa.Value, p string) bool {
		refs := v.Referrers()
		if refs == nil {
			return true
		}
		for _, ref := range *refs {
			if ref == instr {
				continue
			}
			switch x := ref.(type) {
			case *ssa.FieldAddr:
				q := joinPath(p, fieldName(x.X.Type(), x.Field))
				_, below := underPath(path, q)
				_, above := underPath(q, path)
				if (below || above) && visit(x, q) {
					return true
				}
			case *ssa.UnOp:
				// a load reads; it sets nothing
			case *ssa.DebugRef:
			case *ssa.Store:
				if x.Addr == v && u.reaches(pointOf(x), at) {
					return true
				}
				if x.Val == v {
					return true // the address is kept elsewhere
				}
			default:
				if u.reaches(pointOf(ref), at) {
					return true
				}
			}
		}
		return false
	}
	return visit(a, "")
}
