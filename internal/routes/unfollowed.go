package routes

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// unfollowed lists the places where a handler's value is taken that no
// registration was followed through.
func (a *analysis) unfollowed() []Unfollowed {
	var out []Unfollowed
	for _, fn := range a.fns {
		forInstrs(fn, func(instr ssa.Instruction) {
			a.candidates(instr, func(s site, h *ssa.Function) {
				if !a.consumed[s] {
					out = append(out, Unfollowed{Pos: posOf(instr, s.fn), Handler: h, Why: a.why(instr, 0)})
				}
			})
		})
	}
	sortByPos(out, func(u Unfollowed) token.Pos { return u.Pos })
	return out
}

// candidates calls f with each place in instr where the value of a
// handler of the package is taken: a handler function used other than
// by calling it, a closure or method value of a handler's type, a value
// of the package's type passed as an http.Handler.
func (a *analysis) candidates(instr ssa.Instruction, f func(site, *ssa.Function)) {
	switch x := instr.(type) {
	case *ssa.MakeClosure:
		fn := x.Fn.(*ssa.Function)
		if h := a.funcOf(fn); a.isHandler(h, x.Type()) {
			f(site{x, fn}, h)
		}
		return
	case *ssa.MakeInterface:
		if isNamed(x.Type(), "net/http", "Handler") {
			if m := a.serveHTTP(x.X.Type()); m != nil {
				f(site{x, m}, m)
			}
		}
	}
	_, isCall := instr.(ssa.CallInstruction)
	for i, op := range instr.Operands(nil) {
		fn, ok := (*op).(*ssa.Function)
		if !ok || isCall && i == 0 {
			continue
		}
		if h := a.funcOf(fn); a.isHandler(h, fn.Type()) {
			f(site{instr, fn}, h)
		}
	}
}

// isHandler reports whether h, a value of type t, is a handler of the
// package. A closure inside a middleware (a function that takes a
// handler) is the middleware's body, not a handler.
func (a *analysis) isHandler(h *ssa.Function, t types.Type) bool {
	if h == nil || !a.pkgs[h.Pkg] || !isHandlerType(t) {
		return false
	}
	for p := h.Parent(); p != nil; p = p.Parent() {
		for _, q := range p.Params {
			if isHandlerType(q.Type()) {
				return false
			}
		}
	}
	return !callsNext(h)
}

// callsNext reports whether fn calls the Next method of gin's or fiber's
// context: it is then a middleware, which the handlers it runs before
// are registered behind.
func callsNext(fn *ssa.Function) bool {
	found := false
	forInstrs(fn, func(instr ssa.Instruction) {
		c, ok := instr.(ssa.CallInstruction)
		if !ok || found {
			return
		}
		if f := calleeFunc(c.Common()); f != nil && f.Name() == "Next" && f.Signature().Recv() != nil {
			t := f.Signature().Recv().Type()
			found = isPtrTo(t, "github.com/gin-gonic/gin", "Context") || isPtrTo(t, "github.com/gofiber/fiber/v2", "Ctx")
		}
	})
	return found
}

// why says, in a short phrase, what instr does with a handler's value
// that is not followed.
func (a *analysis) why(instr ssa.Instruction, depth int) string {
	switch x := instr.(type) {
	case *ssa.MakeClosure, *ssa.ChangeType, *ssa.MakeInterface, *ssa.Phi, *ssa.UnOp:
		if depth < 8 {
			for _, r := range *x.(ssa.Value).Referrers() {
				if _, ok := r.(*ssa.DebugRef); !ok {
					return a.why(r, depth+1)
				}
			}
		}
		return "not used"
	case *ssa.Store:
		switch addr := x.Addr.(type) {
		case *ssa.IndexAddr:
			if c := variadicCall(addr); c != nil {
				return "passed to " + a.calleeName(c.Common())
			}
			return "stored in a slice"
		case *ssa.FieldAddr:
			return "stored in a struct field"
		case *ssa.Global:
			return "stored in a package variable"
		case *ssa.Alloc:
			if depth < 8 {
				for _, r := range *addr.Referrers() {
					if u, ok := r.(*ssa.UnOp); ok {
						return a.why(u, depth+1)
					}
				}
			}
			return "stored in a variable"
		}
		return "stored"
	case *ssa.MapUpdate:
		return "stored in a map"
	case *ssa.Return:
		return "returned"
	case ssa.CallInstruction:
		if b, ok := x.Common().Value.(*ssa.Builtin); ok && b.Name() == "append" {
			return "stored in a slice"
		}
		return "passed to " + a.calleeName(x.Common())
	case *ssa.Send:
		return "sent on a channel"
	}
	return "used as a value"
}

// variadicCall returns the call an array element is passed to as
// variadic arguments, if any.
func variadicCall(ia *ssa.IndexAddr) ssa.CallInstruction {
	al, ok := ia.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	for _, r := range *al.Referrers() {
		sl, ok := r.(*ssa.Slice)
		if !ok || sl.Referrers() == nil {
			continue
		}
		for _, r := range *sl.Referrers() {
			c, ok := r.(ssa.CallInstruction)
			if !ok {
				continue
			}
			args := c.Common().Args
			if _, builtin := c.Common().Value.(*ssa.Builtin); !builtin && len(args) > 0 && args[len(args)-1] == ssa.Value(sl) {
				return c
			}
		}
	}
	return nil
}

// calleeName names what c calls, for a reason: a function of the
// package by its name, another by its package's name too.
func (a *analysis) calleeName(c *ssa.CallCommon) string {
	f := calleeFunc(c)
	if f == nil {
		if c.StaticCallee() != nil {
			return "a closure"
		}
		return "a function value"
	}
	qual := func(p *types.Package) string {
		for pkg := range a.pkgs {
			if pkg.Pkg == p {
				return ""
			}
		}
		return p.Name()
	}
	if recv := f.Signature().Recv(); recv != nil {
		return "(" + types.TypeString(recv.Type(), qual) + ")." + f.Name()
	}
	if q := qual(f.Pkg()); q != "" {
		return q + "." + f.Name()
	}
	return f.Name()
}

// posOf returns where the value of fn, an operand of instr, is taken:
// instr's position, or that of what uses its result; the declaration of
// fn, which SSA gives some implicit conversions and stores, does not
// count, and an element of variadic arguments is taken at the call.
func posOf(instr ssa.Instruction, fn *ssa.Function) token.Pos {
	for i := 0; i < 4 && instr != nil; i++ {
		if p := instr.Pos(); p.IsValid() && p != fn.Pos() {
			return p
		}
		if st, ok := instr.(*ssa.Store); ok {
			if ia, ok := st.Addr.(*ssa.IndexAddr); ok && ia.X.Pos().IsValid() {
				return ia.X.Pos()
			}
		}
		v, ok := instr.(ssa.Value)
		if !ok || v.Referrers() == nil || len(*v.Referrers()) == 0 {
			break
		}
		instr = (*v.Referrers())[0]
	}
	return instr.Parent().Pos()
}
