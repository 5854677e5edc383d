package objfacts_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"

	"github.com/hrvet/hrvet/internal/objfacts"
)

// mapImporter imports the packages of a test by path, and the standard
// library from export data.
type mapImporter map[string]*types.Package

func (m mapImporter) Import(path string) (*types.Package, error) {
	if p, ok := m[path]; ok {
		return p, nil
	}
	return importer.Default().Import(path)
}

func checkSource(t *testing.T, imports mapImporter, path, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path+".go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: imports}
	pkg, err := conf.Check(path, fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	imports[path] = pkg
	return pkg
}

const modelSrc = `package model

type Employee struct {
	Phone string
	Home  Address
	note  string
}

type Address struct{ City string }

func (e *Employee) Contact() string { return e.Phone }
func (e *Employee) secret() string  { return e.note }

type Mailer interface{ Send(to string) error }

type Unused struct{ Passport string }

type Box[T any] struct{ Item T }

func Load() Employee { return Employee{} }
`

const storeSrc = `package store

import "example.com/model"

type Record struct {
	model.Employee
	Tags []string
}

func Get() *model.Employee { return nil }

func Boxed() model.Box[int] { return model.Box[int]{} }

var Out model.Mailer

func internal() model.Unused { return model.Unused{} }
`

// TestReachable lists what an importer of store meets of model through
// store's API: the types, their fields (unexported ones too) and
// exported methods, and the origins of generic types; not what only
// store's unexported declarations mention, nor model's package-level
// functions, which an importer cannot call without importing model.
func TestReachable(t *testing.T) {
	imports := mapImporter{}
	checkSource(t, imports, "example.com/model", modelSrc)
	store := checkSource(t, imports, "example.com/store", storeSrc)
	var got []string
	for _, obj := range objfacts.Reachable(store) {
		got = append(got, obj.String())
	}
	slices.Sort(got)
	want := []string{
		"field City string",
		"field Home example.com/model.Address",
		"field Item T",
		"field Phone string",
		"field note string",
		"func (*example.com/model.Employee).Contact() string",
		"func (example.com/model.Mailer).Send(to string) error",
		"type example.com/model.Address struct{City string}",
		"type example.com/model.Box[T any] struct{Item T}",
		"type example.com/model.Employee struct{Phone string; Home example.com/model.Address; note string}",
		"type example.com/model.Mailer interface{Send(to string) error}",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Reachable(store) =\n\t%v\nwant\n\t%v", got, want)
	}
}

// TestReexports indexes the re-exports of a package's direct imports by
// the package they describe.
func TestReexports(t *testing.T) {
	imports := mapImporter{}
	checkSource(t, imports, "example.com/model", modelSrc)
	store := checkSource(t, imports, "example.com/store", storeSrc)
	top := checkSource(t, imports, "example.com/top", "package top\n\nimport \"example.com/store\"\n\nvar _ = store.Get\n")
	facts := map[*types.Package][]objfacts.Foreign[string]{
		store: {{Pkg: "example.com/model", Fact: "from store"}},
	}
	index := objfacts.Reexports(top, func(imp *types.Package) []objfacts.Foreign[string] { return facts[imp] })
	if len(index) != 1 || len(index["example.com/model"]) != 1 || *index["example.com/model"][0] != "from store" {
		t.Errorf("Reexports(top) = %v, want model's entry from store", index)
	}
	if index := objfacts.Reexports(store, func(*types.Package) []objfacts.Foreign[string] { return nil }); index != nil {
		t.Errorf("Reexports with nothing re-exported = %v, want nil", index)
	}
}
