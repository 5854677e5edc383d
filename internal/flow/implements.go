package flow

import (
	"go/types"
	"slices"
	"strings"
)

// implementations returns the methods that an interface method m can
// dispatch to among the types the analysis sees: the named types of this
// package and of the packages it imports, directly or not, from the same
// module (another module's types are its own business, and the standard
// library's implement everything). They are sorted by name, so that the
// findings made through them come out in the same order every run.
//
// An implementation of this package is seen only if it was analysed
// before the call's function: the engine orders functions by their
// static calls, which an interface call is not.
func (p *pkgCtx) implementations(m *types.Func) []*types.Func {
	if impls, ok := p.impls[m]; ok {
		return impls
	}
	var impls []*types.Func
	sig, _ := m.Type().(*types.Signature)
	var iface *types.Interface
	if sig != nil && sig.Recv() != nil {
		iface, _ = sig.Recv().Type().Underlying().(*types.Interface)
	}
	if iface != nil {
		seen := make(map[*types.Func]bool)
		for _, pkg := range p.modulePackages() {
			scope := pkg.Scope()
			for _, name := range scope.Names() {
				tn, ok := scope.Lookup(name).(*types.TypeName)
				if !ok || tn.IsAlias() {
					continue
				}
				named, ok := tn.Type().(*types.Named)
				if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) {
					continue
				}
				for _, t := range []types.Type{named, types.NewPointer(named)} {
					if !types.Implements(t, iface) {
						continue
					}
					obj, _, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name())
					if f, ok := obj.(*types.Func); ok && !seen[f] {
						seen[f] = true
						impls = append(impls, f)
					}
					break
				}
			}
		}
		slices.SortFunc(impls, func(a, b *types.Func) int {
			switch {
			case a.FullName() < b.FullName():
				return -1
			case a.FullName() > b.FullName():
				return 1
			}
			return 0
		})
	}
	if p.impls == nil {
		p.impls = make(map[*types.Func][]*types.Func)
	}
	p.impls[m] = impls
	return impls
}

// modulePackages returns this package and the packages it imports,
// directly or not, that belong to its module, once.
func (p *pkgCtx) modulePackages() []*types.Package {
	if p.modPkgs != nil {
		return p.modPkgs
	}
	out := []*types.Package{p.pass.Pkg}
	seen := map[*types.Package]bool{p.pass.Pkg: true}
	for i := 0; i < len(out); i++ {
		for _, imp := range out[i].Imports() {
			if seen[imp] || p.otherModulePkg(imp) {
				continue
			}
			seen[imp] = true
			out = append(out, imp)
		}
	}
	p.modPkgs = out
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
