// Package objfacts lets an analyzer publish what it knows about the
// objects of a package (fields, functions, types) as one package fact,
// keyed by object path, instead of one object fact per object.
//
// Why not object facts: the checker of golang.org/x/tools copies every
// object fact of every package a package depends on, directly or not,
// into that package's own table before its pass runs. In a code base with
// deep import chains that is quadratic in time and in the memory the
// tables keep until the end of the run; at a few hundred packages it cost
// hrvet more than its analyses did. A package fact is copied the same way,
// but as one entry per package.
//
// The writer names each object by its objectpath.Path; a reader resolves
// the paths of a package once, the first time it asks about one of that
// package's objects (see Table). What cannot be named from outside the
// package (an object local to a function) is left out, as the checker
// leaves out object facts about objects missing from export data.
//
// Drivers differ in which package facts a pass sees. The checker of
// golang.org/x/tools (the hrvet command, analysistest, golangci-lint)
// gives it the facts of every package it depends on; go vet's
// unitchecker, gopls and Bazel's nogo give it those of its direct
// imports only. So each package fact also re-exports the entries of the
// objects of other packages that its package's API hands on (Reachable,
// Foreign), and a reader that finds no fact of a package looks for them
// in its direct imports' facts (Reexports). Only what the API reaches is
// repeated: in a chain of packages each exposing the last one's types
// that is still all of it, but a package that merely uses another one
// internally repeats nothing of it.
package objfacts

import (
	"go/types"
	"sync"

	"golang.org/x/tools/go/types/objectpath"
)

// Namer names objects of the package being analysed for a package fact.
// Its zero value is ready to use; one Namer amortizes the work over the
// objects of one package.
type Namer struct {
	enc objectpath.Encoder
}

// Path returns the name of obj, which must belong to the package being
// analysed, and false for an object that cannot be named from outside it.
func (n *Namer) Path(obj types.Object) (string, bool) {
	p, err := n.enc.For(obj)
	if err != nil {
		return "", false
	}
	return string(p), true
}

// Resolve returns the object of pkg a name from Path denotes, or nil
// when pkg, as this reader sees it, has no such object (export data
// hold only what importers can reach).
func Resolve(pkg *types.Package, path string) types.Object {
	obj, err := objectpath.Object(pkg, objectpath.Path(path))
	if err != nil {
		return nil
	}
	return obj
}

// Table holds, for one pass, what the package facts of imported packages
// say about their objects, each package resolved on first use. It is safe
// for concurrent use (the analyzers of one package share a result).
type Table[V any] struct {
	load func(*types.Package) map[types.Object]V

	mu   sync.Mutex
	pkgs map[*types.Package]map[types.Object]V
}

// NewTable returns a Table whose entries for a package come from load,
// which imports the package's fact and resolves its names; it returns
// nil when the package has none.
func NewTable[V any](load func(*types.Package) map[types.Object]V) *Table[V] {
	return &Table[V]{load: load, pkgs: make(map[*types.Package]map[types.Object]V)}
}

// Lookup returns the entry of obj, an object of another package.
func (t *Table[V]) Lookup(obj types.Object) (V, bool) {
	var zero V
	pkg := obj.Pkg()
	if pkg == nil {
		return zero, false
	}
	t.mu.Lock()
	entries, ok := t.pkgs[pkg]
	if !ok {
		entries = t.load(pkg)
		t.pkgs[pkg] = entries
	}
	t.mu.Unlock()
	v, ok := entries[obj]
	return v, ok
}
