package flow

import (
	"go/constant"
	"go/token"
	"go/types"

	"github.com/hrvet/hrvet/annotations"
	"golang.org/x/tools/go/ssa"
)

// domainSel is the selection that stands for the part of an e-mail
// address after the '@': the domain, which names a company or a mail
// provider, not a person. A value selected so carries no e-mail address;
// other personal data in it (a name, a phone) it still carries. In a
// summary the selection shows as a path element ("param 1.@domain"), so
// that callers apply it to what they pass.
const domainSel = "@domain"

// domainOf narrows labels to the domain of the e-mail addresses they may
// be: origins whose data are all e-mail addresses are dropped; parameter
// labels are selected down domainSel, for the callers.
func (u *unit) domainOf(s labelSet) labelSet {
	var out labelSet
	for _, l := range s {
		src := &u.sources[l.src]
		if src.param >= 0 {
			if l.at == "" {
				l.sel = joinPath(l.sel, domainSel)
			}
			out = out.add(l)
			continue
		}
		if l.at == "" && u.onlyEmail(l) {
			continue
		}
		out = out.add(l)
	}
	return out
}

// onlyEmail reports whether every datum an origin label stands for is an
// e-mail address.
func (u *unit) onlyEmail(l label) bool {
	data := u.dataOf(l)
	for _, c := range data {
		if c.cat != annotations.Email {
			return false
		}
	}
	return len(data) > 0
}

// domainPart reports whether v is the part after the '@' of the string
// the labels of from describe: strings.Split(s, "@")[i] for i ≥ 1 (also
// SplitN and SplitAfter), the second result of strings.Cut(s, "@"), or
// s[strings.Index(s, "@")+1:] (also LastIndex and IndexByte).
func domainPart(v ssa.Value) (from ssa.Value, ok bool) {
	switch x := v.(type) {
	case *ssa.IndexAddr:
		return splitAt(x.X, x.Index)
	case *ssa.Index:
		return splitAt(x.X, x.Index)
	case *ssa.Extract:
		if x.Index == 1 {
			if call, ok := x.Tuple.(*ssa.Call); ok && isStringsCall(call, "Cut") && len(call.Call.Args) == 2 && isAtSign(call.Call.Args[1]) {
				return call.Call.Args[0], true
			}
		}
	case *ssa.Slice:
		if x.Low == nil || x.High != nil {
			return nil, false
		}
		add, ok := x.Low.(*ssa.BinOp)
		if !ok || add.Op != token.ADD {
			return nil, false
		}
		call, ok := add.X.(*ssa.Call)
		if !ok || !isConstInt(add.Y, 1) {
			return nil, false
		}
		if (isStringsCall(call, "Index") || isStringsCall(call, "LastIndex") || isStringsCall(call, "IndexByte") || isStringsCall(call, "LastIndexByte")) &&
			len(call.Call.Args) == 2 && isAtSign(call.Call.Args[1]) && sameString(call.Call.Args[0], x.X) {
			return x.X, true
		}
	}
	return nil, false
}

// splitAt reports whether list[index] is a part after an '@': list is a
// strings.Split of a string by "@" and index a constant of at least 1.
func splitAt(list, index ssa.Value) (ssa.Value, bool) {
	call, ok := list.(*ssa.Call)
	if !ok || !(isStringsCall(call, "Split") || isStringsCall(call, "SplitN") || isStringsCall(call, "SplitAfter")) {
		return nil, false
	}
	if len(call.Call.Args) < 2 || !isAtSign(call.Call.Args[1]) {
		return nil, false
	}
	c, ok := index.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return nil, false
	}
	if n, exact := constant.Int64Val(c.Value); !exact || n < 1 {
		return nil, false
	}
	return call.Call.Args[0], true
}

func isStringsCall(call *ssa.Call, name string) bool {
	fn, ok := call.Call.Value.(*ssa.Function)
	if !ok || fn.Pkg == nil || fn.Pkg.Pkg.Path() != "strings" {
		return false
	}
	return fn.Name() == name
}

// isAtSign reports whether v is the constant "@" or '@'.
func isAtSign(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil {
		return false
	}
	switch c.Value.Kind() {
	case constant.String:
		return constant.StringVal(c.Value) == "@"
	case constant.Int:
		n, exact := constant.Int64Val(c.Value)
		return exact && n == '@'
	}
	return false
}

func isConstInt(v ssa.Value, want int64) bool {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return false
	}
	n, exact := constant.Int64Val(c.Value)
	return exact && n == want && types.Identical(c.Type().Underlying(), types.Typ[types.Int])
}

// sameString reports whether a and b are the same string: one value, or
// two loads of the same field of the same value (su.Email, read once for
// strings.Index and again to slice it).
func sameString(a, b ssa.Value) bool {
	if a == b {
		return true
	}
	la, ok1 := a.(*ssa.UnOp)
	lb, ok2 := b.(*ssa.UnOp)
	if ok1 && ok2 && la.Op == token.MUL && lb.Op == token.MUL {
		fa, ok1 := la.X.(*ssa.FieldAddr)
		fb, ok2 := lb.X.(*ssa.FieldAddr)
		return ok1 && ok2 && fa.X == fb.X && fa.Field == fb.Field
	}
	fa, ok1 := a.(*ssa.Field)
	fb, ok2 := b.(*ssa.Field)
	return ok1 && ok2 && fa.X == fb.X && fa.Field == fb.Field
}
