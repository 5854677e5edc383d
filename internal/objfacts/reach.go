package objfacts

import (
	"go/types"
)

// Foreign is what a package fact re-exports about the objects of another
// package: Fact holds entries named by object paths within the package
// whose import path is Pkg.
//
// Why re-export: go vet (the unitchecker), gopls and Bazel's nogo give a
// package the package facts of its direct imports only. A package that
// imports store, which returns a model.Employee, sees model.Employee and
// its fields without importing model, and so without model's fact. So
// each package's fact repeats the entries of the objects of other
// packages that its API hands on (see Reachable), and a reader that has
// no fact of a package looks there (see Reexports). The x/tools checker
// and analysistest copy every package fact to every importer, directly
// or not, and there the package's own fact is found first.
type Foreign[F any] struct {
	Pkg  string
	Fact F
}

// Reexports indexes what the facts of a package's direct imports
// re-export about other packages, by the path of the package described.
// read returns the re-exports in one direct import's fact (nil when it
// has none). Entries about one package may come from several imports;
// each is the same, derived from that package's own fact.
func Reexports[F any](pkg *types.Package, read func(imp *types.Package) []Foreign[F]) map[string][]*F {
	var index map[string][]*F
	for _, imp := range pkg.Imports() {
		others := read(imp)
		for i := range others {
			if index == nil {
				index = make(map[string][]*F)
			}
			index[others[i].Pkg] = append(index[others[i].Pkg], &others[i].Fact)
		}
	}
	return index
}

// Reachable returns the objects of other packages that an importer of pkg
// can reach through pkg's API without importing their packages: the named
// types, struct fields and exported methods met in the types of pkg's
// exported declarations, followed from type to type. These, and only
// these, are the objects an importer can meet through pkg (its type
// checker learns of them from pkg's export data), so they are what pkg's
// fact re-exports. Fields and methods of generic types are given through
// their origins. The order is deterministic: the order of the walk from
// the package scope's sorted names.
func Reachable(pkg *types.Package) []types.Object {
	r := reach{pkg: pkg, seen: make(map[types.Type]bool)}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue // an importer can name only exported declarations
		}
		switch obj := obj.(type) {
		case *types.TypeName:
			r.typ(obj.Type())
		case *types.Func:
			r.typ(obj.Type())
		case *types.Var:
			r.typ(obj.Type())
		}
	}
	return r.out
}

// reach walks types for Reachable.
type reach struct {
	pkg  *types.Package
	seen map[types.Type]bool
	out  []types.Object
}

// add records obj when it belongs to another package.
func (r *reach) add(obj types.Object) {
	if obj.Pkg() != nil && obj.Pkg() != r.pkg {
		r.out = append(r.out, obj)
	}
}

func (r *reach) typ(t types.Type) {
	if t == nil || r.seen[t] {
		return
	}
	r.seen[t] = true
	switch t := t.(type) {
	case *types.Alias:
		for i := range t.TypeArgs().Len() {
			r.typ(t.TypeArgs().At(i))
		}
		r.typ(types.Unalias(t))
	case *types.Named:
		for i := range t.TypeArgs().Len() {
			r.typ(t.TypeArgs().At(i))
		}
		if origin := t.Origin(); origin != t {
			r.typ(origin)
			return
		}
		r.add(t.Obj())
		for i := range t.NumMethods() {
			m := t.Method(i)
			if m.Exported() {
				r.add(m)
				r.typ(m.Type())
			}
		}
		r.typ(t.Underlying())
	case *types.Struct:
		// Unexported fields too: a whole value carries every personal
		// field of its type, recursively.
		for i := range t.NumFields() {
			f := t.Field(i)
			r.add(f)
			r.typ(f.Type())
		}
	case *types.Interface:
		for i := range t.NumMethods() {
			m := t.Method(i)
			if m.Exported() {
				r.add(m)
				r.typ(m.Type())
			}
		}
	case *types.Signature:
		r.typ(t.Params())
		r.typ(t.Results())
	case *types.Tuple:
		for i := range t.Len() {
			r.typ(t.At(i).Type())
		}
	case *types.Pointer:
		r.typ(t.Elem())
	case *types.Slice:
		r.typ(t.Elem())
	case *types.Array:
		r.typ(t.Elem())
	case *types.Chan:
		r.typ(t.Elem())
	case *types.Map:
		r.typ(t.Key())
		r.typ(t.Elem())
	case *types.TypeParam:
		r.typ(t.Constraint())
	}
}
