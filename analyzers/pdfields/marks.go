package pdfields

import (
	"cmp"
	"fmt"
	"go/types"
	"slices"

	"github.com/hrvet/hrvet/internal/objfacts"
	"golang.org/x/tools/go/analysis"
)

// packageMarks is the one fact pdfields exports for a package: the marks
// on its own fields, functions and struct types, each named by its
// object path. One package fact rather than an object fact per mark keeps
// the checker's copying of facts linear in the packages (see
// internal/objfacts). The lists are sorted by path, so the fact encodes
// the same way every time.
type packageMarks struct {
	Fields []fieldMark
	Funcs  []funcMark
	Types  []typeMark
	// Others holds the marks of other packages' objects that this
	// package's API hands on to its importers (see objfacts.Foreign),
	// sorted by package path. Their own Others are empty.
	Others []objfacts.Foreign[packageMarks]
}

type fieldMark struct {
	Path string
	Fact FieldFact
}

type funcMark struct {
	Path string
	Fact FuncFact
}

type typeMark struct {
	Path string
	Fact TypeFact
}

// AFact marks packageMarks as an analysis fact.
func (*packageMarks) AFact() {}

func (m *packageMarks) String() string {
	s := fmt.Sprintf("marks(%d fields, %d funcs, %d types", len(m.Fields), len(m.Funcs), len(m.Types))
	for _, o := range m.Others {
		s += fmt.Sprintf("; %s: %d fields, %d funcs, %d types", o.Pkg, len(o.Fact.Fields), len(o.Fact.Funcs), len(o.Fact.Types))
	}
	return s + ")"
}

// mark is what an imported package's fact says about one of its objects:
// exactly one of the three is set.
type mark struct {
	field *FieldFact
	fn    *FuncFact
	typ   *TypeFact
}

// objectFactsForTests makes exportFacts also export each mark as an
// object fact, so that tests can expect it on the line of the object it
// marks. (The package fact itself is read back in the tests that look at
// the marks from another package.)
var objectFactsForTests = false

// exportFacts publishes the marks on this package's own objects.
func (c *Catalog) exportFacts() {
	if objectFactsForTests {
		c.exportObjectFacts()
	}
	var names objfacts.Namer
	var m packageMarks
	for v, f := range c.fields {
		if v.Pkg() != c.pass.Pkg {
			continue // configured for an imported type: each importer reads the config
		}
		if path, ok := names.Path(v); ok {
			m.Fields = append(m.Fields, fieldMark{path, *f})
		}
	}
	for fn, f := range c.funcs {
		if fn.Pkg() != c.pass.Pkg {
			continue
		}
		if path, ok := names.Path(fn); ok {
			m.Funcs = append(m.Funcs, funcMark{path, *f})
		}
	}
	for tn, f := range c.types {
		if path, ok := names.Path(tn); ok {
			m.Types = append(m.Types, typeMark{path, *f})
		}
	}
	m.Others = c.reexportMarks(&names)
	if len(m.Fields)+len(m.Funcs)+len(m.Types)+len(m.Others) == 0 {
		return
	}
	m.sort()
	c.pass.ExportPackageFact(&m)
}

// reexportMarks returns the marks of the objects of other packages that
// the package's API hands on, grouped by package and sorted.
func (c *Catalog) reexportMarks(names *objfacts.Namer) []objfacts.Foreign[packageMarks] {
	byPkg := make(map[string]*packageMarks)
	for _, obj := range c.Reachable() {
		mk, ok := c.imported.Lookup(obj)
		if !ok {
			continue
		}
		path, ok := names.Path(obj)
		if !ok {
			continue
		}
		m := byPkg[obj.Pkg().Path()]
		if m == nil {
			m = new(packageMarks)
			byPkg[obj.Pkg().Path()] = m
		}
		switch {
		case mk.field != nil:
			m.Fields = append(m.Fields, fieldMark{path, *mk.field})
		case mk.fn != nil:
			m.Funcs = append(m.Funcs, funcMark{path, *mk.fn})
		case mk.typ != nil:
			m.Types = append(m.Types, typeMark{path, *mk.typ})
		}
	}
	others := make([]objfacts.Foreign[packageMarks], 0, len(byPkg))
	for pkg, m := range byPkg {
		m.sort()
		others = append(others, objfacts.Foreign[packageMarks]{Pkg: pkg, Fact: *m})
	}
	slices.SortFunc(others, func(a, b objfacts.Foreign[packageMarks]) int { return cmp.Compare(a.Pkg, b.Pkg) })
	return others
}

// sort puts the marks in the order of their paths, so that the fact
// encodes the same way every time.
func (m *packageMarks) sort() {
	slices.SortFunc(m.Fields, func(a, b fieldMark) int { return cmp.Compare(a.Path, b.Path) })
	slices.SortFunc(m.Funcs, func(a, b funcMark) int { return cmp.Compare(a.Path, b.Path) })
	slices.SortFunc(m.Types, func(a, b typeMark) int { return cmp.Compare(a.Path, b.Path) })
}

// importMarks returns the marks an imported package's fact records, by
// object; nil if it has none.
func (c *Catalog) importMarks(pkg *types.Package) map[types.Object]mark {
	var m packageMarks
	if c.pass.ImportPackageFact(pkg, &m) {
		return resolveMarks(pkg, &m)
	}
	// No fact of pkg: a driver that passes on the facts of direct imports
	// only, and pkg is not one. Its objects are known from what the
	// direct imports re-export. (Called with the table's lock held, as
	// is the index's construction.)
	if c.reexports == nil {
		c.reexports = objfacts.Reexports(c.pass.Pkg, func(imp *types.Package) []objfacts.Foreign[packageMarks] {
			var f packageMarks
			if !c.pass.ImportPackageFact(imp, &f) {
				return nil
			}
			return f.Others
		})
		if c.reexports == nil {
			c.reexports = map[string][]*packageMarks{}
		}
	}
	var out map[types.Object]mark
	for _, rm := range c.reexports[pkg.Path()] {
		for obj, mk := range resolveMarks(pkg, rm) {
			if out == nil {
				out = make(map[types.Object]mark)
			}
			out[obj] = mk
		}
	}
	return out
}

// resolveMarks resolves the names of a package's marks against pkg.
func resolveMarks(pkg *types.Package, m *packageMarks) map[types.Object]mark {
	out := make(map[types.Object]mark, len(m.Fields)+len(m.Funcs)+len(m.Types))
	for i := range m.Fields {
		if obj := objfacts.Resolve(pkg, m.Fields[i].Path); obj != nil {
			out[obj] = mark{field: &m.Fields[i].Fact}
		}
	}
	for i := range m.Funcs {
		if obj := objfacts.Resolve(pkg, m.Funcs[i].Path); obj != nil {
			out[obj] = mark{fn: &m.Funcs[i].Fact}
		}
	}
	for i := range m.Types {
		if obj := objfacts.Resolve(pkg, m.Types[i].Path); obj != nil {
			out[obj] = mark{typ: &m.Types[i].Fact}
		}
	}
	return out
}

// exportObjectFacts exports the marks on the package's own objects as
// object facts, in the order of their declarations; see
// objectFactsForTests.
func (c *Catalog) exportObjectFacts() {
	facts := make(map[types.Object]analysis.Fact)
	for v, f := range c.fields {
		facts[v] = f
	}
	for fn, f := range c.funcs {
		facts[fn] = f
	}
	for tn, f := range c.types {
		facts[tn] = f
	}
	objs := make([]types.Object, 0, len(facts))
	for obj := range facts {
		if obj.Pkg() == c.pass.Pkg {
			objs = append(objs, obj)
		}
	}
	slices.SortFunc(objs, func(a, b types.Object) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, obj := range objs {
		c.pass.ExportObjectFact(obj, facts[obj])
	}
}
