package objfacts_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/hrvet/hrvet/internal/objfacts"
)

const src = `package p

type Employee struct {
	Phone   string
	Address struct{ City string }
	note    string
}

func (e *Employee) Contact() string { return e.Phone }

func Send(s string) {}

func helper() {}

type hidden struct{ Name string }

func (hidden) Get() string { return "" }

func Local() {
	type inner struct{ X int }
	_ = inner{}
}
`

func check(t *testing.T) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object)}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// TestRoundTrip names the objects an analyzer records and resolves the
// names in a second type-checking of the same package, as an importer
// does: every object that can be named from outside comes back as the
// same declaration, and local objects and unexported functions, which
// no other package can refer to, are left out.
func TestRoundTrip(t *testing.T) {
	writer, reader := check(t), check(t)
	emp := writer.Scope().Lookup("Employee").Type().Underlying().(*types.Struct)
	hidden := writer.Scope().Lookup("hidden").Type().(*types.Named)
	named := []types.Object{
		emp.Field(0), // Phone
		emp.Field(1).Type().Underlying().(*types.Struct).Field(0), // Address.City
		emp.Field(2), // note: an unexported field of an exported type
		writer.Scope().Lookup("Send"),
		writer.Scope().Lookup("Employee").Type().(*types.Named).Method(0), // Contact
		hidden.Obj(),
		hidden.Underlying().(*types.Struct).Field(0),
		hidden.Method(0),
	}
	var names objfacts.Namer
	for _, obj := range named {
		path, ok := names.Path(obj)
		if !ok {
			t.Errorf("%s: no name", obj)
			continue
		}
		got := objfacts.Resolve(reader, path)
		if got == nil || got.Name() != obj.Name() || got.Pos() != obj.Pos() {
			t.Errorf("%s: named %q, resolved to %v", obj, path, got)
		}
	}
	if path, ok := names.Path(writer.Scope().Lookup("helper")); ok {
		t.Errorf("unexported function helper named %q: no other package can call it", path)
	}
	if objfacts.Resolve(reader, "no such path") != nil {
		t.Error("a bad name resolved to an object")
	}
}

// TestTableLoadsOncePerPackage checks that a Table asks for a package's
// entries once, however many of its objects are looked up.
func TestTableLoadsOncePerPackage(t *testing.T) {
	pkg := check(t)
	send, helper := pkg.Scope().Lookup("Send"), pkg.Scope().Lookup("helper")
	loads := 0
	table := objfacts.NewTable(func(p *types.Package) map[types.Object]string {
		loads++
		if p != pkg {
			t.Errorf("loaded %v, want %v", p, pkg)
		}
		return map[types.Object]string{send: "sink"}
	})
	for range 3 {
		if v, ok := table.Lookup(send); !ok || v != "sink" {
			t.Errorf("Lookup(Send) = %q, %v; want sink, true", v, ok)
		}
		if v, ok := table.Lookup(helper); ok {
			t.Errorf("Lookup(helper) = %q, true; want nothing", v)
		}
	}
	if loads != 1 {
		t.Errorf("%d loads, want 1", loads)
	}
	if _, ok := table.Lookup(types.Universe.Lookup("len")); ok {
		t.Error("a predeclared object has an entry")
	}
}
