package flow

import (
	"cmp"
	"go/types"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/ssa"
)

// implFlows is what one method of a concrete type, implementing a method
// of an interface declared in the same module, does with its parameters:
// the sinks they reach. A package's fact lists the implementations it
// declares and those its imports of the module listed, so that a caller
// of the interface finds them through its direct imports alone (go vet,
// gopls and nogo hand on no other facts), and finds them at all: an
// unexported implementation (&smtpService{} behind New() Service) is not
// in the export data an importer's types come from.
type implFlows struct {
	Method string // the interface method, as types.Func.FullName prints it
	Impl   string // the implementing method, as types.Func.FullName prints it
	Flows  []ParamFlow
	// Decision says the implementation is an HR decision itself;
	// Decides lists those it calls unreviewed (see decision.go).
	Decision bool
	Decides  []Decides
}

// implementation is one implementation of an interface method a call
// may dispatch to: its name, for the chain, and its flows to sinks.
type implementation struct {
	name     string
	flows    []ParamFlow
	decision bool
	decides  []Decides
}

// implOf returns what implementation impl does at a call through an
// interface, and whether it does anything: forward parameters to a
// sink, or decide.
func (p *pkgCtx) implOf(impl *types.Func) (implementation, bool) {
	ff, _ := p.cat.Func(impl)
	out := implementation{name: impl.FullName(), decision: ff.Decision}
	if s := p.summaryOf(impl); s != nil {
		out.flows, out.decides = s.Flows, s.Decides
	}
	return out, len(out.flows) > 0 || out.decision || len(out.decides) > 0
}

// implementations returns the implementations of interface method m that
// the analysis sees, sorted by name so that the findings made through
// them come out in the same order every run: the methods of this
// package's types analysed before the call's function (the engine orders
// functions by their static calls, which an interface call is not), and
// those the facts of its imports of the same module list. Only
// interfaces declared in the analysed module are resolved: another
// module's interfaces are its own business (the standard library's
// io.Writer is implemented by everything).
func (p *pkgCtx) implementations(m *types.Func) []implementation {
	if m.Pkg() == nil || p.otherModulePkg(m.Pkg()) {
		return nil
	}
	iface := receiverInterface(m)
	if iface == nil {
		return nil
	}
	var out []implementation
	for _, impl := range p.implementingMethods(m, iface) {
		if im, ok := p.implOf(impl); ok {
			out = append(out, im)
		}
	}
	for _, r := range p.importedImpls()[m.FullName()] {
		out = append(out, implementation{name: r.Impl, flows: r.Flows, decision: r.Decision, decides: r.Decides})
	}
	slices.SortFunc(out, func(a, b implementation) int { return cmp.Compare(a.name, b.name) })
	return slices.CompactFunc(out, func(a, b implementation) bool { return a.name == b.name })
}

// mayImplement reports whether a call of interface method m may reach a
// sink through an implementation the analysis sees: one of the imports'
// implementations forwards data to a sink, or a type of this package
// implements the interface (its summary is not known before the
// package's functions are analysed). It is what makes an interface call
// count for the candidate scan.
func (p *pkgCtx) mayImplement(m *types.Func) bool {
	iface := receiverInterface(m)
	if iface == nil || m.Pkg() == nil || p.otherModulePkg(m.Pkg()) {
		return false
	}
	if len(p.importedImpls()[m.FullName()]) > 0 {
		return true
	}
	for _, impl := range p.implementingMethods(m, iface) {
		if impl.Pkg() == p.pass.Pkg {
			return true
		}
		if _, ok := p.implOf(impl); ok {
			return true
		}
	}
	return false
}

// implementingMethods returns the methods of the types of the module's
// packages the analysis sees that implement interface method m, found
// once per method: an interface call is met in every round of the
// fixpoint. Their summaries are looked up at each call, since those of
// this package's methods appear as its functions are analysed.
func (p *pkgCtx) implementingMethods(m *types.Func, iface *types.Interface) []*types.Func {
	if impls, ok := p.implFuncs[m]; ok {
		return impls
	}
	var impls []*types.Func
	for _, pkg := range p.modulePackages() {
		for _, named := range p.namedTypes(pkg) {
			if impl := implementingMethod(named, iface, m); impl != nil {
				impls = append(impls, impl)
			}
		}
	}
	if p.implFuncs == nil {
		p.implFuncs = make(map[*types.Func][]*types.Func)
	}
	p.implFuncs[m] = impls
	return impls
}

// receiverInterface returns the interface m is a method of, or nil.
func receiverInterface(m *types.Func) *types.Interface {
	sig, _ := m.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	iface, _ := sig.Recv().Type().Underlying().(*types.Interface)
	return iface
}

// implementingMethod returns the method of named (or of a pointer to it)
// that implements interface method m of iface, or nil if neither
// implements iface.
func implementingMethod(named *types.Named, iface *types.Interface, m *types.Func) *types.Func {
	// A type without a method of m's name cannot implement iface: the
	// lookup is much cheaper than types.Implements, and most types fail it.
	ptr := types.NewPointer(named)
	obj, _, _ := types.LookupFieldOrMethod(ptr, true, m.Pkg(), m.Name())
	f, _ := obj.(*types.Func)
	if f == nil {
		return nil
	}
	for _, t := range []types.Type{named, ptr} {
		if types.Implements(t, iface) {
			return f
		}
	}
	return nil
}

// namedTypes returns the concrete, non-generic named types pkg declares
// at its top level (as the type checker sees it: an imported package's
// unexported types are mostly absent), in the order of their names.
func (p *pkgCtx) namedTypes(pkg *types.Package) []*types.Named {
	if ts, ok := p.types[pkg]; ok {
		return ts
	}
	scope := pkg.Scope()
	var ts []*types.Named
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) {
			continue
		}
		ts = append(ts, named)
	}
	if p.types == nil {
		p.types = make(map[*types.Package][]*types.Named)
	}
	p.types[pkg] = ts
	return ts
}

// modulePackages returns this package and the packages of its module it
// imports, directly or not, as the type checker sees them, once.
func (p *pkgCtx) modulePackages() []*types.Package {
	if p.modPkgs != nil {
		return p.modPkgs
	}
	out := []*types.Package{p.pass.Pkg}
	seen := map[*types.Package]bool{p.pass.Pkg: true}
	for i := 0; i < len(out); i++ {
		for _, imp := range out[i].Imports() {
			if !seen[imp] && !p.otherModulePkg(imp) {
				seen[imp] = true
				out = append(out, imp)
			}
		}
	}
	p.modPkgs = out
	return out
}

// importedImpls returns, by interface method, the implementations the
// facts of the package's direct imports of the same module list.
func (p *pkgCtx) importedImpls() map[string][]implFlows {
	if p.impls != nil {
		return p.impls
	}
	p.impls = make(map[string][]implFlows)
	p.moduleImportFacts(func(f *packageFlows) {
		for _, r := range f.Impls {
			p.impls[r.Method] = append(p.impls[r.Method], r)
		}
	})
	return p.impls
}

// moduleImportFacts calls visit with the fact of each direct import of
// the same module that has one, in the order of the imports.
func (p *pkgCtx) moduleImportFacts(visit func(*packageFlows)) {
	for _, imp := range p.pass.Pkg.Imports() {
		if p.otherModulePkg(imp) {
			continue
		}
		var f packageFlows
		if p.pass.ImportPackageFact(imp, &f) {
			visit(&f)
		}
	}
}

// exportedImpls returns the implementation records of the package's fact:
// those of its imports, and, for each method of its own types that
// implements a method of an interface of the module and forwards a
// parameter to a sink, one of its own. Sorted and without repeats.
func (p *pkgCtx) exportedImpls() []implFlows {
	var out []implFlows
	for _, rs := range p.importedImpls() {
		out = append(out, rs...)
	}
	var ifaces []*types.TypeName
	for _, named := range p.namedTypes(p.pass.Pkg) {
		if !p.forwards(named) {
			continue // no method of it reaches a sink: nothing to record
		}
		if ifaces == nil {
			ifaces = p.moduleInterfaces()
		}
		for _, iface := range ifaces {
			it := iface.Type().Underlying().(*types.Interface)
			if implementingMethod(named, it, it.Method(0)) == nil {
				continue // named does not implement iface
			}
			for i := range it.NumMethods() {
				m := it.Method(i)
				obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, m.Pkg(), m.Name())
				impl, _ := obj.(*types.Func)
				if impl == nil {
					continue
				}
				if im, ok := p.implOf(impl); ok {
					out = append(out, implFlows{Method: m.FullName(), Impl: im.name, Flows: im.flows, Decision: im.decision, Decides: im.decides})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b implFlows) int {
		return cmp.Or(cmp.Compare(a.Method, b.Method), cmp.Compare(a.Impl, b.Impl))
	})
	return slices.CompactFunc(out, func(a, b implFlows) bool { return a.Method == b.Method && a.Impl == b.Impl })
}

// forwards reports whether a method of named (or of a pointer to it)
// has a summary with flows to sinks.
func (p *pkgCtx) forwards(named *types.Named) bool {
	ms := types.NewMethodSet(types.NewPointer(named))
	for i := range ms.Len() {
		if f, ok := ms.At(i).Obj().(*types.Func); ok {
			if _, ok := p.implOf(f); ok {
				return true
			}
		}
	}
	return false
}

// moduleInterfaces returns the named interfaces with methods declared at
// the top level of this package and of the packages of its module it
// imports, directly or not.
func (p *pkgCtx) moduleInterfaces() []*types.TypeName {
	if p.ifaces != nil {
		return p.ifaces
	}
	out := []*types.TypeName{}
	for _, pkg := range p.modulePackages() {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || !types.IsInterface(tn.Type()) {
				continue
			}
			if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() == 0 {
				if it := named.Underlying().(*types.Interface); it.NumMethods() > 0 {
					out = append(out, tn)
				}
			}
		}
	}
	p.ifaces = out
	return out
}

// otherModulePkg reports whether pkg belongs to another module than the
// analysed package (see otherModule). Without module information (GOPATH
// mode), packages whose paths start with another first element than the
// analysed package's are another's.
func (p *pkgCtx) otherModulePkg(pkg *types.Package) bool {
	path := pkg.Path()
	if mod := p.pass.Module; mod != nil && mod.Path != "" {
		return path != mod.Path && !strings.HasPrefix(path, mod.Path+"/")
	}
	first := func(s string) string {
		head, _, _ := strings.Cut(s, "/")
		return head
	}
	return first(path) != first(p.pass.Pkg.Path())
}

// dynamicParamData returns the personal data a parameter label l of the
// unit's function brings to log event ev, when the function is reached
// only through an interface: a method of a type of this package that
// implements a method of an interface another package of the module
// declares. That package cannot import this one, so the calls through the
// interface there (a handler holding the service's interface, the
// implementation wired in main) never see this method: the flow is
// reported here, in the method, with the parameter as its origin and
// the personal fields its type declares as its data, and it is left out
// of the summary, so that it is reported once. Only logs: a transfer's
// consent check stands at the caller, which this method cannot see.
func (u *unit) dynamicParamData(ev event, l label) []carried {
	src := &u.sources[l.src]
	if ev.spec.kind != sinks.Log || src.param >= len(u.top.Params) || u.dynamicOnly(u.top) == "" {
		return nil
	}
	prm := u.top.Params[src.param]
	if !u.bearing(prm.Type()) {
		return nil
	}
	return u.paramTypeData(prm, l.sel)
}

// dynamicParamNote says which parameter of the unit's function, reached
// only through an interface method, data reported in it come from.
func (u *unit) dynamicParamNote(prm ssa.Value) string {
	return "parameter " + prm.Name() + ", given by the callers of " + u.dynamicOnly(u.top)
}

// dynamicOnly returns the interface method fn implements, if fn is a
// method of a type of this package and the interface is declared in
// another package of the module; "" otherwise.
func (p *pkgCtx) dynamicOnly(fn *ssa.Function) string {
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return ""
	}
	if m, ok := p.dynamic[obj]; ok {
		return m
	}
	m := ""
	if recv := obj.Signature().Recv(); recv != nil && obj.Exported() {
		if named, ok := types.Unalias(derefType(recv.Type())).(*types.Named); ok && named.Obj().Pkg() == p.pass.Pkg {
			for _, tn := range p.moduleInterfaces() {
				if tn.Pkg() == p.pass.Pkg {
					continue
				}
				it := tn.Type().Underlying().(*types.Interface)
				for i := range it.NumMethods() {
					im := it.Method(i)
					if im.Name() == obj.Name() && implementingMethod(named, it, im) == obj {
						m = im.FullName()
					}
				}
				if m != "" {
					break
				}
			}
		}
	}
	if p.dynamic == nil {
		p.dynamic = make(map[*types.Func]string)
	}
	p.dynamic[obj] = m
	return m
}
