package inventory

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// fieldNames names struct fields after the type declaring them:
// "Employee.Phone", and "Candidate.Contact.Phone" for a field of a struct
// type written inside another.
type fieldNames struct {
	byVar   map[*types.Var]named
	indexed map[*types.Package]bool
}

// named is a field's name and the position of the type it was named
// after.
type named struct {
	name string
	at   token.Pos
}

// newFieldNames indexes the struct types pass's package declares,
// function-local ones included.
func newFieldNames(pass *analysis.Pass) *fieldNames {
	n := &fieldNames{byVar: make(map[*types.Var]named), indexed: map[*types.Package]bool{pass.Pkg: true}}
	for _, obj := range pass.TypesInfo.Defs {
		if tn, ok := obj.(*types.TypeName); ok {
			n.indexType(tn)
		}
	}
	return n
}

// of returns the name of field v. Fields of other packages are named
// after the package-level types of their package; a field no type names
// (a struct literal type) is its bare name.
func (n *fieldNames) of(v *types.Var) string {
	v = v.Origin()
	if pkg := v.Pkg(); pkg != nil && !n.indexed[pkg] {
		n.indexed[pkg] = true
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
				n.indexType(tn)
			}
		}
	}
	if f, ok := n.byVar[v]; ok {
		return f.name
	}
	return v.Name()
}

func (n *fieldNames) indexType(tn *types.TypeName) {
	if st, ok := tn.Type().Underlying().(*types.Struct); ok {
		n.indexStruct(st, tn.Name(), tn.Pos(), 0)
	}
}

// maxNesting bounds the walk into struct types written inside others.
const maxNesting = 8

// indexStruct names the fields of st after prefix. Several types may
// share a struct (type Staff Employee): the field goes to the type
// declared nearest before it, the one whose declaration holds it, which
// also makes the answer independent of the order types are met in.
func (n *fieldNames) indexStruct(st *types.Struct, prefix string, at token.Pos, depth int) {
	if depth > maxNesting {
		return
	}
	for i := range st.NumFields() {
		v := st.Field(i)
		name := prefix + "." + v.Name()
		if old, ok := n.byVar[v]; !ok || better(at, old.at, v.Pos()) {
			n.byVar[v] = named{name: name, at: at}
		}
		if inner, ok := literalStruct(v.Type()); ok {
			n.indexStruct(inner, name, at, depth+1)
		}
	}
}

// better reports whether a type declared at candidate names a field
// declared at field better than one declared at current.
func better(candidate, current, field token.Pos) bool {
	before := func(p token.Pos) bool { return p.IsValid() && p <= field }
	switch {
	case before(candidate) != before(current):
		return before(candidate)
	case before(candidate):
		return candidate > current // both before: the nearer
	default:
		return candidate < current // neither (positions unknown): any fixed choice
	}
}

// literalStruct returns the struct type t spells out, through pointers,
// slices, arrays and maps: a nested struct written in place.
func literalStruct(t types.Type) (*types.Struct, bool) {
	for range maxNesting {
		switch x := types.Unalias(t).(type) {
		case *types.Struct:
			return x, true
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		case *types.Array:
			t = x.Elem()
		case *types.Map:
			t = x.Elem()
		default:
			return nil, false
		}
	}
	return nil, false
}

// sortData sorts data by field and category and drops repeats.
func sortData(data []Datum) []Datum {
	slices.SortFunc(data, func(a, b Datum) int {
		return cmp.Or(cmp.Compare(a.Field, b.Field), cmp.Compare(a.Category, b.Category))
	})
	return slices.Compact(data)
}
