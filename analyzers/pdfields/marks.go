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
	return fmt.Sprintf("marks(%d fields, %d funcs, %d types)", len(m.Fields), len(m.Funcs), len(m.Types))
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
	if len(m.Fields)+len(m.Funcs)+len(m.Types) == 0 {
		return
	}
	slices.SortFunc(m.Fields, func(a, b fieldMark) int { return cmp.Compare(a.Path, b.Path) })
	slices.SortFunc(m.Funcs, func(a, b funcMark) int { return cmp.Compare(a.Path, b.Path) })
	slices.SortFunc(m.Types, func(a, b typeMark) int { return cmp.Compare(a.Path, b.Path) })
	c.pass.ExportPackageFact(&m)
}

// importMarks returns the marks an imported package's fact records, by
// object; nil if it has none.
func (c *Catalog) importMarks(pkg *types.Package) map[types.Object]mark {
	var m packageMarks
	if !c.pass.ImportPackageFact(pkg, &m) {
		return nil
	}
	return resolveMarks(pkg, &m)
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
