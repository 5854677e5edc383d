package flow

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/ssa"
)

// An openCall is a call of a method of one of the module's interfaces,
// given personal data that originate in the calling function, whose
// implementations the calling package may not all see. A plug-in is the
// usual case: a messenger package implements manager.Messenger without
// importing the manager, and main registers it (mgr.Add(email.New())).
// Only a package that sees both the call (in its imports' facts) and the
// conversion of the implementing type to the interface can join them; it
// reports the flow at the conversion (see conversionFlows).
type openCall struct {
	Method string   // the interface method, as types.Func.FullName prints it
	Call   string   // where the call is: "pkg/path file.go:line"
	Seen   []string // the implementations the calling package resolved it to, sorted
	Data   []openDatum
}

// openDatum is one piece of personal data an open call is given.
type openDatum struct {
	Param    int    // the argument, 0 being the receiver
	Path     string // where in the argument the data sit; "" the whole
	Name     string // "Subscriber.Email"
	Category annotations.Category
	Origin   string // where the data enter the calling function: "file.go:line"
}

// maxOpenData bounds the data one open call records, and maxOpenCalls the
// open calls a package fact carries, its imports' included.
const (
	maxOpenData  = 16
	maxOpenCalls = 64
)

// recordOpen records an interface call given personal data that
// originate in the unit, unless a consent check or a legal basis covers
// it: those stand at the call, where the records cannot say whether they
// cover what an unseen implementation does with the data.
func (u *unit) recordOpen(c *callee, cc *ssa.CallCommon, instr ssa.Instruction, impls []implementation) {
	m := c.obj
	if m == nil || m.Pkg() == nil || u.otherModulePkg(m.Pkg()) || receiverInterface(m) == nil {
		return
	}
	if len(u.guards(instr.Parent(), instr.Block(), 0)) > 0 || u.basisAt(instr) != "" {
		return
	}
	var data []openDatum
	fset := u.pass.Fset
	for i := 1; i < len(c.args); i++ {
		for _, d := range u.argData(c, cc, []int{i}) {
			for _, l := range d.labels {
				src := &u.sources[l.src]
				if src.param >= 0 {
					continue // a parameter's data: the caller's callers say what they are
				}
				origin := ""
				if pos := fset.Position(src.pos); pos.IsValid() {
					origin = fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
				}
				for _, cd := range u.dataOf(l) {
					data = append(data, openDatum{Param: i, Path: joinPath(l.at, cd.path), Name: cd.name, Category: cd.cat, Origin: origin})
				}
			}
		}
	}
	if len(data) == 0 {
		return
	}
	slices.SortFunc(data, compareOpenData)
	data = slices.Compact(data)
	if len(data) > maxOpenData {
		data = data[:maxOpenData]
	}
	call := u.pass.Pkg.Path()
	if pos := fset.Position(cc.Pos()); pos.IsValid() {
		call = fmt.Sprintf("%s %s:%d", call, filepath.Base(pos.Filename), pos.Line)
	}
	var seen []string
	for _, impl := range impls {
		seen = append(seen, impl.name)
	}
	u.open = append(u.open, openCall{Method: m.FullName(), Call: call, Seen: seen, Data: data})
}

func compareOpenData(a, b openDatum) int {
	return cmp.Or(cmp.Compare(a.Param, b.Param), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Name, b.Name),
		cmp.Compare(a.Category, b.Category), cmp.Compare(a.Origin, b.Origin))
}

func compareOpenCalls(a, b openCall) int {
	return cmp.Or(cmp.Compare(a.Method, b.Method), cmp.Compare(a.Call, b.Call),
		slices.Compare(a.Seen, b.Seen), slices.CompareFunc(a.Data, b.Data, compareOpenData))
}

// importedOpen returns, by interface method, the open calls the facts of
// the package's direct imports of the same module list (each lists its
// own imports' too).
func (p *pkgCtx) importedOpen() map[string][]openCall {
	if p.openIn != nil {
		return p.openIn
	}
	p.openIn = make(map[string][]openCall)
	p.moduleImportFacts(func(f *packageFlows) {
		for _, oc := range f.Open {
			p.openIn[oc.Method] = append(p.openIn[oc.Method], oc)
		}
	})
	return p.openIn
}

// exportedOpen returns the open calls of the package's fact: its own and
// its imports', sorted, without repeats, at most maxOpenCalls.
func (p *pkgCtx) exportedOpen() []openCall {
	out := slices.Clone(p.open)
	for _, ocs := range p.importedOpen() {
		out = append(out, ocs...)
	}
	slices.SortFunc(out, compareOpenCalls)
	out = slices.CompactFunc(out, func(a, b openCall) bool { return compareOpenCalls(a, b) == 0 })
	if len(out) > maxOpenCalls {
		out = out[:maxOpenCalls]
	}
	return out
}

// conversionFlows joins the open calls the package knows of (its own and
// its imports') to the implementations its conversions make: where a
// type T becomes an interface I and a call of I.M, given personal data,
// was not resolved to T's method, what T.M forwards to a sink is reported
// at the first such conversion in the package. The calls are named in the
// related information, since their positions lie in another package.
func (p *pkgCtx) conversionFlows() []*Flow {
	open := make(map[string][]openCall)
	for m, ocs := range p.importedOpen() {
		open[m] = ocs
	}
	for _, oc := range p.open {
		open[oc.Method] = append(open[oc.Method], oc)
	}
	if len(open) == 0 {
		return nil
	}
	var flows []*Flow
	index := make(map[string]*Flow) // one flow per conversion and sink path, as at a call
	add := func(fs []*Flow) {
		for _, f := range fs {
			key := flowKey(f)
			if old, ok := index[key]; ok {
				old.Data = append(old.Data, f.Data...)
				continue
			}
			index[key] = f
			flows = append(flows, f)
		}
	}
	joined := make(map[string]bool) // interface method and implementation joined at a conversion
	done := make(map[[2]*types.Named]bool)
	for _, cv := range p.conversions() {
		key := [2]*types.Named{cv.named, cv.iface}
		if done[key] {
			continue
		}
		done[key] = true
		it := cv.iface.Underlying().(*types.Interface)
		for i := range it.NumMethods() {
			m := it.Method(i)
			ocs := open[m.FullName()]
			if len(ocs) == 0 {
				continue
			}
			impl := implementingMethod(cv.named, it, m)
			if impl == nil {
				continue
			}
			sum := p.summaryOf(impl)
			if sum == nil {
				continue
			}
			for _, oc := range ocs {
				if slices.Contains(oc.Seen, impl.FullName()) {
					continue
				}
				joined[m.FullName()+"\x00"+impl.FullName()] = true
				here := typeString(cv.named) + " is made a " + typeString(cv.iface) + " here"
				add(p.openFlows(cv.pos, here, m, impl.FullName(), oc, sum.Flows))
			}
		}
	}
	if p.pass.Pkg.Name() == "main" {
		add(p.wiredFlows(open, joined))
	}
	for _, f := range flows {
		slices.SortFunc(f.Data, compareOrigins)
		f.Data = slices.Compact(f.Data)
	}
	return flows
}

// wiredFlows joins, in a main package, the open calls to the
// implementations the imports' facts list (packageFlows.Impls) that no
// conversion here joined: main wires a service whose constructor returns
// the interface (svc := subscription.NewService(...)) into a handler
// that calls it, and no package but main sees both. The flow is reported
// at main's first call of a function of the implementation's package that
// returns the interface.
func (p *pkgCtx) wiredFlows(open map[string][]openCall, joined map[string]bool) []*Flow {
	var out []*Flow
	impls := p.importedImpls()
	for _, name := range slices.Sorted(maps.Keys(open)) {
		for _, r := range impls[name] {
			if joined[name+"\x00"+r.Impl] {
				continue
			}
			pos, m := p.constructorCall(funcPackage(r.Impl), name)
			if !pos.IsValid() {
				continue
			}
			for _, oc := range open[name] {
				if slices.Contains(oc.Seen, r.Impl) {
					continue
				}
				here := r.Impl + " is created here as a " + shortName(m) + "'s implementation"
				out = append(out, p.openFlows(pos, here, m, r.Impl, oc, r.Flows)...)
			}
		}
	}
	return out
}

func compareOrigins(a, b Origin) int {
	return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Category, b.Category), cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.Note, b.Note))
}

// openFlows returns the flows of open call oc through implementation impl,
// registered at conversion cv.
func (p *pkgCtx) openFlows(pos token.Pos, here string, m *types.Func, impl string, oc openCall, pflows []ParamFlow) []*Flow {
	var out []*Flow
	for _, pf := range pflows {
		if sinks.Kind(pf.Kind) == sinks.Log && p.otherModuleNotStdPath(funcPackage(lastOf(impl, pf.Via))) {
			continue // another module's diagnostics (see libraryLog)
		}
		path := strings.Join(pf.Path, ".")
		var data []Origin
		for _, d := range oc.Data {
			if d.Param != pf.Param {
				continue
			}
			_, below := underPath(d.Path, path)
			_, above := underPath(path, d.Path)
			if !below && !above {
				continue
			}
			note := "given to " + shortName(m) + " at " + oc.Call
			if d.Origin != "" {
				note += ", from " + d.Origin
			}
			data = append(data, Origin{Name: d.Name, Category: d.Category, Pos: pos, Note: note + "; " + here})
		}
		if len(data) == 0 {
			continue
		}
		spec := sinkSpec{kind: sinks.Kind(pf.Kind), purpose: pf.Purpose, sink: pf.Sink, via: chainVia(impl, pf.Via), consents: pf.Consents}
		g, prob := evaluate(spec, nil, nil, "")
		out = append(out, &Flow{
			Pos: pos, End: pos,
			Callee:  m.FullName(),
			Sink:    spec.sink,
			Via:     spec.via,
			Kind:    spec.kind,
			Purpose: spec.purpose,
			Data:    data,
			Guard:   g,
			Problem: prob,
		})
	}
	return out
}

// lastOf returns the last of via, or first if via is empty.
func lastOf(first string, via []string) string {
	if len(via) > 0 {
		return via[len(via)-1]
	}
	return first
}

// shortName prints an interface method as "manager.Messenger.Push".
func shortName(m *types.Func) string {
	if it := receiverNamed(m); it != nil {
		return typeString(it) + "." + m.Name()
	}
	return m.Name()
}

func receiverNamed(m *types.Func) *types.Named {
	sig, _ := m.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	named, _ := types.Unalias(derefType(sig.Recv().Type())).(*types.Named)
	return named
}

// typeString prints a named type qualified by its package's name.
func typeString(t *types.Named) string {
	return types.TypeString(t, func(pkg *types.Package) string { return pkg.Name() })
}
