package flow

import (
	"go/constant"
	"go/token"
	"go/types"

	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/ssa"
)

// A check is a call of a consent check: a function marked
// //hrvet:consent (or listed under consent: in the config), or a wrapper
// whose summary says it is one; or, with auth set, of an authorization
// check (//hrvet:authorize, authorize: in the config, or a wrapper) that
// says yes or no. An authorization names no subject: it is about the
// person using the system, not the person the data describe.
type check struct {
	instr        ssa.Instruction
	name         string // the check, as types.Func.FullName prints it
	auth         bool   // an authorization check, not a consent check
	review       bool   // a human review of a decision (//hrvet:review), not a consent check
	purpose      string // the consent purpose, or the authorization's role; "" unknown
	purposeParam int    // the unit's parameter passing the purpose (or role), -1 if none
	subject      ssa.Value
	value        ssa.Value // the result that says yes or no
	edges        []edge    // the branches taken when consent was given
	used         bool      // the result is looked at at all
}

// An edge is a branch of an If.
type edge struct{ from, to *ssa.BasicBlock }

// findChecks records the consent and authorization checks called in fn.
func (u *unit) findChecks(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			cc := commonOf(instr)
			if cc == nil {
				continue
			}
			c := u.resolve(cc)
			if c.obj == nil {
				continue
			}
			var (
				form, purpose string
				purposeParam  = -1
				subjectParam  = -1
				direct, auth  bool
				review        bool
			)
			ff, declared := u.cat.Func(c.obj)
			sum := u.summaryOf(c.obj)
			switch {
			case declared && ff.Consent:
				form, purpose, direct = ff.ConsentResult, ff.ConsentPurpose, true
			case declared && ff.Authorize && ff.AuthorizeResult != resultMiddleware:
				form, purpose, direct, auth = ff.AuthorizeResult, ff.AuthorizeRole, true, true
			case declared && ff.Review:
				form, direct, review = ff.ReviewResult, true, true
				if form == "" {
					continue // pdfields reports a review that cannot say yes
				}
			case sum != nil && len(sum.Consent) > 0:
				cp := sum.Consent[0]
				form, purpose, subjectParam = cp.Result, cp.Purpose, cp.Param
				if purpose == "" && cp.PurposeParam >= 0 && cp.PurposeParam < len(c.args) {
					purpose, purposeParam = u.purposeArg(c.args[cp.PurposeParam])
				}
			case sum != nil && len(sum.Authorize) > 0 && sum.Authorize[0].Result != resultMiddleware:
				ap := sum.Authorize[0]
				form, purpose, auth = ap.Result, ap.Role, true
				if purpose == "" && ap.RoleParam >= 0 && ap.RoleParam < len(c.args) {
					purpose, purposeParam = u.purposeArg(c.args[ap.RoleParam])
				}
			default:
				continue
			}
			if form == "" {
				form = "error"
			}
			ch := &check{instr: instr, name: c.name(), auth: auth, review: review, purpose: purpose, purposeParam: purposeParam}
			if review {
				// A review approves the decision it dominates, whoever
				// it names: no purpose, no subject.
			} else if direct && auth {
				if ch.purpose == "" {
					for _, i := range c.dataArgs() {
						if p, pp := u.purposeArg(c.args[i]); p != "" || pp >= 0 {
							ch.purpose, ch.purposeParam = p, pp
							break
						}
					}
				}
			} else if direct {
				if ch.purpose == "" {
					for _, i := range c.dataArgs() {
						if p, pp := u.purposeArg(c.args[i]); p != "" || pp >= 0 {
							ch.purpose, ch.purposeParam = p, pp
							break
						}
					}
				}
				for _, i := range c.dataArgs() {
					if s := u.subjectOf(c.args[i], 0); s != nil {
						ch.subject = s
						break
					}
				}
			} else if subjectParam >= 0 && subjectParam < len(c.args) {
				ch.subject = u.subjectOf(c.args[subjectParam], 0)
			}
			if call, ok := instr.(*ssa.Call); ok {
				ch.value = call
				if t, ok := call.Type().(*types.Tuple); ok {
					ch.value = nil
					for _, ref := range *call.Referrers() {
						if ex, ok := ref.(*ssa.Extract); ok && ex.Index == t.Len()-1 {
							ch.value = ex
						}
					}
				}
				if ch.value != nil {
					ch.used = u.used(ch.value, 0)
					ch.edges = successEdges(ch.value, form == "bool", true, 0)
				}
			}
			u.checks[fn] = append(u.checks[fn], ch)
		}
	}
}

// purposeArg reads a consent purpose from an argument: a constant string,
// or (for a wrapper) the unit's parameter that passes it.
func (u *unit) purposeArg(v ssa.Value) (string, int) {
	if c, ok := v.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
		return constant.StringVal(c.Value), -1
	}
	if fv, ok := v.(*ssa.FreeVar); ok {
		v = u.boundTo(fv) // a factory's parameter its middleware closure uses
	}
	if p, ok := v.(*ssa.Parameter); ok && p.Parent() == u.top {
		if b, ok := p.Type().Underlying().(*types.Basic); ok && b.Kind() == types.String {
			for i, q := range u.top.Params {
				if q == p {
					return "", i
				}
			}
		}
	}
	return "", -1
}

// used reports whether a consent check's result is looked at: compared,
// branched on, returned, stored or handed to a function. Only printing
// it, or dropping it, does not count.
func (u *unit) used(v ssa.Value, depth int) bool {
	refs := v.Referrers()
	if refs == nil || depth > 4 {
		return true
	}
	for _, ref := range *refs {
		switch r := ref.(type) {
		case *ssa.DebugRef:
			continue
		case *ssa.MakeInterface:
			if u.used(r, depth+1) {
				return true
			}
			continue
		case *ssa.ChangeType:
			if u.used(r, depth+1) {
				return true
			}
			continue
		case *ssa.ChangeInterface:
			if u.used(r, depth+1) {
				return true
			}
			continue
		case *ssa.Store:
			if ia, ok := r.Addr.(*ssa.IndexAddr); ok {
				if a, ok := ia.X.(*ssa.Alloc); ok && a.Comment == "varargs" {
					continue // an operand of a variadic call: printed, say
				}
			}
		case ssa.CallInstruction:
			if u.printsOnly(r.Common()) {
				continue
			}
		}
		return true
	}
	return false
}

// printsOnly reports whether a call only sends its arguments to a sink
// (a log line, say), which does not look at them.
func (u *unit) printsOnly(cc *ssa.CallCommon) bool {
	c := u.resolve(cc)
	if c.obj == nil {
		return false
	}
	if ff, ok := u.cat.Func(c.obj); ok && ff.Sink != "" {
		return true
	}
	_, ok := sinks.LookupFunc(c.obj)
	return ok
}

// successEdges returns the branches taken when the check's result v says
// consent was given. asBool says v is a boolean; pol whether true means
// given. Error results are followed through comparisons with nil,
// booleans through !, comparisons with constants and If.
func successEdges(v ssa.Value, asBool, pol bool, depth int) []edge {
	refs := v.Referrers()
	if refs == nil || depth > 4 {
		return nil
	}
	var out []edge
	for _, ref := range *refs {
		switch r := ref.(type) {
		case *ssa.If:
			if !asBool || r.Cond != v || len(r.Block().Succs) != 2 {
				continue
			}
			succ := r.Block().Succs[0]
			if !pol {
				succ = r.Block().Succs[1]
			}
			out = append(out, edge{from: r.Block(), to: succ})
		case *ssa.UnOp:
			if asBool && r.Op == token.NOT {
				out = append(out, successEdges(r, true, !pol, depth+1)...)
			}
		case *ssa.BinOp:
			if r.Op != token.EQL && r.Op != token.NEQ {
				continue
			}
			other := r.Y
			if other == v {
				other = r.X
			}
			c, ok := other.(*ssa.Const)
			if !ok {
				continue
			}
			if !asBool {
				if c.IsNil() {
					// err == nil is true exactly when consent was given.
					out = append(out, successEdges(r, true, r.Op == token.EQL, depth+1)...)
				}
				continue
			}
			if c.Value == nil || c.Value.Kind() != constant.Bool {
				continue
			}
			val := constant.BoolVal(c.Value)
			if r.Op == token.NEQ {
				val = !val
			}
			// r is true exactly when v == val.
			out = append(out, successEdges(r, true, val == pol, depth+1)...)
		}
	}
	return out
}

// dominates reports whether every path to b takes the edge e.
func (e edge) dominates(b *ssa.BasicBlock) bool {
	if !e.to.Dominates(b) {
		return false
	}
	n := 0
	for _, p := range e.to.Preds {
		if p == e.from {
			n++
			continue
		}
		if !e.to.Dominates(p) {
			return false // another way into e.to
		}
	}
	return n == 1
}

// guards returns the consent checks whose success branch dominates
// instruction instr: in its function, and for a closure also those that
// dominate every place the closure is created or called.
func (u *unit) guards(fn *ssa.Function, b *ssa.BasicBlock, depth int) []*check {
	var out []*check
	for _, c := range u.checks[fn] {
		for _, e := range c.edges {
			if e.dominates(b) {
				out = append(out, c)
				break
			}
		}
	}
	if fn == u.top || depth > 8 {
		return out
	}
	sites := u.sites[fn]
	if len(sites) == 0 {
		return out
	}
	common := u.guards(sites[0].Parent(), sites[0].Block(), depth+1)
	for _, s := range sites[1:] {
		here := u.guards(s.Parent(), s.Block(), depth+1)
		kept := common[:0:0]
		for _, c := range common {
			for _, h := range here {
				if c == h {
					kept = append(kept, c)
					break
				}
			}
		}
		common = kept
	}
	return append(out, common...)
}

// subjectOf returns the value a consent check's argument names the
// person by: the root of a person-bearing value, or of the value whose ID
// field is passed, or of what was stored into a request struct passed by
// pointer. nil if the argument names nobody the unit can tell.
func (u *unit) subjectOf(v ssa.Value, depth int) ssa.Value {
	for ; depth < 8; depth++ {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.Convert:
			v = x.X
			continue
		case *ssa.ChangeInterface:
			v = x.X
			continue
		case *ssa.Field:
			if u.bearing(x.X.Type()) {
				r, _ := u.root(x.X)
				return u.canonical(r)
			}
			v = x.X
			continue
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			if fa, ok := x.X.(*ssa.FieldAddr); ok {
				if u.bearing(fa.X.Type()) {
					r, _ := u.root(fa.X)
					return u.canonical(r)
				}
				v = fa.X
				continue
			}
			v = x.X
			continue
		case *ssa.Alloc:
			if u.bearing(x.Type()) {
				return u.canonical(x)
			}
			for _, sv := range u.stores[x] {
				if s := u.subjectOf(sv, depth+1); s != nil {
					return s
				}
			}
			return nil
		}
		if u.bearing(v.Type()) {
			r, _ := u.root(v)
			return u.canonical(r)
		}
		return nil
	}
	return nil
}

// checkOf returns the check whose result v is, if any.
func (u *unit) checkOf(fn *ssa.Function, v ssa.Value) *check {
	for _, c := range u.checks[fn] {
		if c.value == v {
			return c
		}
	}
	return nil
}

// consentWrapper says whether the unit's function is itself a consent
// check: its last result is error or bool, and every return either
// passes on a consent check's result, says yes (nil, true) only where a
// check's success branch dominates, or says no.
func (u *unit) consentWrapper() []ConsentParam {
	found, form := u.wrapped(false)
	if found == nil {
		return nil
	}
	cp := ConsentParam{Param: -1, Purpose: found.purpose, PurposeParam: found.purposeParam, Result: form}
	if found.purpose != "" {
		cp.PurposeParam = -1
	}
	for i, p := range u.top.Params {
		if found.subject == p {
			cp.Param = i
		}
	}
	return []ConsentParam{cp}
}

// wrapped returns the check (of consent, or with auth of authorization)
// whose answer the unit's function passes on, as consentWrapper
// describes, and the form of its last result; nil if it is no wrapper.
func (u *unit) wrapped(auth bool) (*check, string) {
	res := u.top.Signature.Results()
	n := res.Len()
	if n == 0 {
		return nil, ""
	}
	last := res.At(n - 1).Type()
	form := ""
	switch {
	case isError(last):
		form = "error"
	case types.Identical(last.Underlying(), types.Typ[types.Bool]):
		form = "bool"
	default:
		return nil, ""
	}
	var found *check
	for _, b := range u.top.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != n {
			continue
		}
		v := ret.Results[n-1]
		if c := u.checkOf(u.top, v); c != nil && c.auth == auth && !c.review {
			if found == nil {
				found = c
			}
			continue
		}
		yes, no := isYes(v, form), isNo(v, form)
		switch {
		case yes:
			g := checksOfKind(u.guards(u.top, b, 0), auth)
			if len(g) == 0 {
				return nil, "" // says yes without asking
			}
			if found == nil {
				found = g[0]
			}
		case no:
		default:
			return nil, ""
		}
	}
	return found, form
}

// checksOfKind keeps the authorization checks of cs, with auth, or the
// consent checks.
func checksOfKind(cs []*check, auth bool) []*check {
	var out []*check
	for _, c := range cs {
		if c.auth == auth && !c.review {
			out = append(out, c)
		}
	}
	return out
}

// isYes reports whether v is a constant that says consent was given.
func isYes(v ssa.Value, form string) bool {
	c, ok := v.(*ssa.Const)
	if !ok {
		return false
	}
	if form == "error" {
		return c.IsNil()
	}
	return c.Value != nil && c.Value.Kind() == constant.Bool && constant.BoolVal(c.Value)
}

// isNo reports whether v certainly says consent was not given: false, or
// an error that cannot be nil (a sentinel global, a new error, a value
// converted to error). An error returned by another call might be nil, so
// a function returning one is no consent check.
func isNo(v ssa.Value, form string) bool {
	if form != "error" {
		c, ok := v.(*ssa.Const)
		return ok && c.Value != nil && c.Value.Kind() == constant.Bool && !constant.BoolVal(c.Value)
	}
	switch x := v.(type) {
	case *ssa.UnOp:
		_, ok := x.X.(*ssa.Global)
		return x.Op == token.MUL && ok
	case *ssa.MakeInterface:
		c, ok := x.X.(*ssa.Const)
		return !ok || !c.IsNil()
	case *ssa.Call:
		if fn := x.Call.StaticCallee(); fn != nil {
			if obj, ok := fn.Object().(*types.Func); ok {
				return errorCtors[obj.FullName()]
			}
		}
	}
	return false
}

// boundTo follows a closure's free variable to the value its enclosing
// functions in the unit bind it to, or returns it as it is.
func (u *unit) boundTo(fv *ssa.FreeVar) ssa.Value {
	var v ssa.Value = fv
	for range maxRootChase {
		x, ok := v.(*ssa.FreeVar)
		if !ok {
			return v
		}
		b, ok := u.bindings[x]
		if !ok {
			return v
		}
		v = b
	}
	return v
}
