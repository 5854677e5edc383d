package flow

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// UnknownCall is personal data passed to a function of another module
// that the engine knows neither as a sink nor as harmless: an SDK's
// method, a client's call. The engine passes the arguments through such a
// call (see unknownCall) or applies its summary, which found no sink for
// them; if the callee sends them on (through an interface field, a
// function value, code the engine cannot see), the flow is lost there.
// 'hrvet inventory' lists these calls so that a team can declare each
// one, once, as a sink or as safe in .hrvet.yaml.
type UnknownCall struct {
	Pos, End token.Pos // the call
	Callee   string    // as types.Func.FullName prints it
	Data     []Origin  // the personal data passed, sorted by name; see noteUnknown for data of parameters
}

// noteUnknown records, in the last round, a call of a function of
// another module that takes personal data and that nothing declares
// (the caller has checked that no directive or config entry gives it a
// role, and that it is not a sink of the catalogue). sum is the callee's
// summary, if it has one.
//
// Which arguments count:
//   - an argument a summary sends to a sink does not: that is a flow,
//     reported at this call;
//   - an argument the callee writes into its receiver (a setter of a
//     builder: the summary's writes, or with no summary a method named
//     Set*, With*, To, Cc, ... on memory the unit follows) does not: the
//     data are followed in the receiver, to where it goes;
//   - the receiver counts when it is consumed: no result carries it on
//     (a summary returns nothing of it; with no summary, every result is
//     an error), so a getter of a record (e.GetPhone()) or a builder's
//     Build() is a step, not an end, and Save() or Send() on a record or
//     a filled builder is an end;
//   - every other argument counts.
//
// Data that entered the function through one of its parameters (or a
// literal's) are described by the parameter's type: the personal fields
// a value of that type holds under the selection passed. A wrapper of
// this module (*Payments).Charge(e *Employee) that gives e.Email to an
// SDK is listed at the SDK's call, in the wrapper, and its callers call
// the wrapper, which is not another module's, so each call of an SDK is
// listed once. A parameter of a type that holds no personal fields (a
// string) gives nothing there, and its callers do not see the SDK call:
// see the limits in doc.go.
func (u *unit) noteUnknown(c *callee, cc *ssa.CallCommon, instr ssa.Instruction, sum *Summary) {
	if mod := u.pass.Module; mod == nil || mod.Version != "" {
		// A dependency (a module with a version) is analysed for its
		// facts; nobody asks for its record, and keeping its calls
		// would cost memory to the end of the run.
		return
	}
	if !u.otherModuleNotStd(c.obj) || sum != nil && len(sum.Consent) > 0 {
		return
	}
	if _, safe := u.cat.Config().SafeFor(c.obj); safe {
		return
	}
	idx := make([]int, 0, len(c.args))
	for i := range c.args {
		if i == 0 && c.recv {
			if u.receiverConsumed(c, sum) {
				idx = append(idx, i)
			}
			continue
		}
		if !u.argFollowed(c, sum, i) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return
	}
	var data []Origin
	for _, a := range u.argData(c, cc, idx) {
		for _, l := range a.labels {
			src := &u.sources[l.src]
			if src.param >= 0 {
				data = u.paramData(data, src, l)
				continue
			}
			for _, d := range u.dataOf(l) {
				data = append(data, Origin{Name: d.name, Category: d.cat, Pos: src.pos})
			}
		}
	}
	if len(data) == 0 {
		return
	}
	uc := UnknownCall{Pos: cc.Pos(), End: cc.Pos(), Callee: c.name(), Data: data}
	if call := u.callAt(cc.Pos()); call != nil {
		uc.Pos, uc.End = call.Pos(), call.End()
	}
	if !uc.Pos.IsValid() {
		return
	}
	u.unknowns = append(u.unknowns, uc)
}

// paramData appends the personal data of parameter label l: those a
// value of the parameter's type holds under l's selection.
func (u *unit) paramData(out []Origin, src *source, l label) []Origin {
	if src.fn == nil || src.param >= len(src.fn.Params) {
		return out
	}
	prm := src.fn.Params[src.param]
	for _, d := range u.paramTypeData(prm, l.sel) {
		out = append(out, Origin{Name: d.name, Category: d.cat, Pos: prm.Pos()})
	}
	return out
}

// paramTypeData lists the personal fields a value of parameter prm's
// type holds under selection sel (all of them for ""), with their paths
// below sel; a selection inside one personal field gives that field.
func (u *unit) paramTypeData(prm *ssa.Parameter, sel string) []carried {
	var out []carried
	for _, c := range u.typeData(prm.Type()) {
		if rest, ok := underPath(c.path, sel); ok {
			c.path = rest
			out = append(out, c)
		} else if _, ok := underPath(sel, c.path); ok {
			c.path = ""
			out = append(out, c)
		}
	}
	return out
}

// otherModuleNotStd reports whether fn is a function of another module than the
// analysed package's, and not of the standard library (whose first path
// element has no dot). Without module information (GOPATH mode, some
// build systems) nothing is foreign: see otherModule.
func (p *pkgCtx) otherModuleNotStd(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && p.otherModuleNotStdPath(fn.Pkg().Path())
}

// otherModuleNotStdPath is otherModuleNotStd for a package path.
func (p *pkgCtx) otherModuleNotStdPath(path string) bool {
	if !p.otherModulePath(path) {
		return false
	}
	first, _, _ := strings.Cut(path, "/")
	return strings.Contains(first, ".")
}

// argFollowed reports whether the engine follows argument i of a call
// beyond it: to a sink the summary names, or into the receiver a setter
// writes it into.
func (u *unit) argFollowed(c *callee, sum *Summary, i int) bool {
	if sum != nil {
		for _, pf := range sum.Flows {
			if pf.Param == i {
				return true
			}
		}
		if c.recv {
			for _, wf := range sum.Writes {
				if wf.Param == i && wf.Into == 0 {
					return true
				}
			}
		}
		return false
	}
	if !c.recv || len(c.args) == 0 || !setterName(c.obj.Name()) {
		return false
	}
	r, _ := u.root(c.args[0])
	return u.writable(c.args[0], r)
}

// setterName reports whether a method of this name sets what it is
// given into its receiver: Set*, With*, and a message's To, Cc, ...
// (Push, Put, Store and the other writers of receiverWriters are left
// out: on a client, they are what sends the data).
func setterName(name string) bool {
	return messageFields[name] || strings.HasPrefix(name, "Set") || strings.HasPrefix(name, "With")
}

// receiverConsumed reports whether a call ends the road of its
// receiver's data: no result carries them on.
func (u *unit) receiverConsumed(c *callee, sum *Summary) bool {
	if sum != nil {
		for _, pf := range sum.Flows {
			if pf.Param == 0 {
				return false // a flow, reported at this call
			}
		}
		for _, rf := range sum.Returns {
			if rf.Param == 0 {
				return false
			}
		}
		return true
	}
	res := c.obj.Signature().Results()
	for v := range res.Variables() {
		if !isError(v.Type()) {
			return false
		}
	}
	return true
}

// compactUnknown merges the records of one call (a call the last round
// saw twice) and sorts the data of each.
func compactUnknown(ucs []UnknownCall) []UnknownCall {
	if len(ucs) == 0 {
		return nil
	}
	slices.SortStableFunc(ucs, func(a, b UnknownCall) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.Callee, b.Callee))
	})
	out := ucs[:1]
	for _, uc := range ucs[1:] {
		last := &out[len(out)-1]
		if last.Pos == uc.Pos && last.Callee == uc.Callee {
			last.Data = append(last.Data, uc.Data...)
			continue
		}
		out = append(out, uc)
	}
	for i := range out {
		d := out[i].Data
		slices.SortFunc(d, func(a, b Origin) int {
			return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Category, b.Category), cmp.Compare(a.Pos, b.Pos))
		})
		out[i].Data = slices.Clip(slices.Compact(d))
	}
	return slices.Clip(out)
}
