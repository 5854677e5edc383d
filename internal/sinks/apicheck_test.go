package sinks_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/mod/module"
	"golang.org/x/tools/go/packages"

	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/sinks"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// requireAPICheck, set to 1, turns every reason to skip TestRealAPI into
// a failure and lets the go command fetch the pinned modules from the
// module proxy; .ci/run sets it.
const requireAPICheck = "HRVET_REQUIRE_APICHECK"

// TestRealAPI checks every third-party entry of the catalogue against the
// real library: testdata/apicheck/go.mod pins a version of each, and the
// test loads the entries' packages from it (types from export data, which
// the go command builds and caches) and looks up each function, or each
// method in the method set of the receiver the entry names, so that a
// promoted or interface method must be named after the type that
// declares it, as types.Func.FullName prints it. A wildcard entry needs
// its package or a receiver with methods.
//
// Without HRVET_REQUIRE_APICHECK=1 the go command may not download
// (GOPROXY=off): the test runs where the module cache holds the pinned
// modules and is skipped elsewhere. With it, the modules come from the
// module proxy and nothing may be skipped.
//
// It also checks that every library of the catalogue is pinned, or listed
// as unchecked with a reason, and that testdata/apicheck/imports.go
// imports exactly the packages of the pinned entries (so go mod tidy keeps
// their modules).
func TestRealAPI(t *testing.T) {
	required := os.Getenv(requireAPICheck) == "1"
	skip := func(format string, args ...any) {
		t.Helper()
		if required {
			t.Fatalf(format+" (and %s=1 forbids skipping)", append(args, requireAPICheck)...)
		}
		t.Skipf(format, args...)
	}
	if testing.Short() {
		skip("loads the pinned third-party libraries: not in -short mode")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		skip("loading the pinned libraries needs the go command: %v", err)
	}
	data, err := os.ReadFile(sinks.ApicheckGoMod)
	if err != nil {
		t.Fatal(err)
	}
	mods, err := sinks.CheckedModules(data)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(sinks.ApicheckGoMod)

	byPkg := make(map[string][]sinks.Entry)
	cached := make(map[string][]sinks.Entry) // library -> entries checked in the module cache
	for _, e := range sinks.Builtin() {
		name := parse(t, e)
		if sinks.IsStd(name.Pkg) {
			continue
		}
		if _, ok := sinks.ModuleOf(name.Pkg, mods); ok {
			byPkg[name.Pkg] = append(byPkg[name.Pkg], e)
			continue
		}
		if _, ok := sinks.UncheckedLibraries[e.Library]; !ok {
			t.Errorf("%s: library %s is neither pinned in %s nor listed in uncheckedLibraries", e.Func, e.Library, sinks.ApicheckGoMod)
		}
		if _, ok := sinks.CacheChecked[e.Library]; ok {
			cached[e.Library] = append(cached[e.Library], e)
		}
	}
	for _, m := range mods {
		if !slices.ContainsFunc(sinks.Builtin(), func(e sinks.Entry) bool {
			mm, ok := sinks.ModuleOf(sinks.PackageOf(e.Func), mods)
			return ok && mm == m
		}) {
			t.Errorf("%s pins %s, which no entry belongs to", sinks.ApicheckGoMod, m.Path)
		}
	}
	imported := importsOf(t, filepath.Join(dir, "imports.go"))
	for pkg := range byPkg {
		if !imported[pkg] {
			t.Errorf("%s/imports.go does not import %s, which has entries", dir, pkg)
		}
	}
	for pkg := range imported {
		if byPkg[pkg] == nil {
			t.Errorf("%s/imports.go imports %s, which has no entry", dir, pkg)
		}
	}
	if t.Failed() {
		return
	}

	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GOTOOLCHAIN=local")
	if !required {
		env = append(env, "GOPROXY=off")
	}
	paths := make([]string, 0, len(byPkg))
	for pkg := range byPkg {
		paths = append(paths, pkg)
	}
	slices.Sort(paths)
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: dir, Env: env}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		skip("cannot load the pinned libraries (%s=1 fetches them from the module proxy): %v", requireAPICheck, err)
	}
	var loadErrs []string
	loaded := make(map[string]*types.Package)
	for _, p := range pkgs {
		for _, e := range p.Errors {
			loadErrs = append(loadErrs, e.Error())
		}
		if p.Types != nil && len(p.Errors) == 0 {
			loaded[p.PkgPath] = p.Types
		}
	}
	if len(loadErrs) > 0 {
		if len(loadErrs) > 5 {
			loadErrs = append(loadErrs[:5], "...")
		}
		skip("cannot load the pinned libraries (%s=1 fetches them from the module proxy):\n%s", requireAPICheck, strings.Join(loadErrs, "\n"))
	}

	checked := 0
	for _, pkg := range paths {
		tp := loaded[pkg]
		if tp == nil {
			t.Errorf("%s was not loaded", pkg)
			continue
		}
		for _, e := range byPkg[pkg] {
			if reason, ok := sinks.NotPinnedReason(e.Func); ok {
				t.Logf("%s: not checked: %s", e.Func, reason)
				continue
			}
			if err := checkIn(tp, e, parse(t, e)); err != nil {
				m, _ := sinks.ModuleOf(pkg, mods)
				t.Errorf("%s: %v (in %s %s)", e.Func, err, m.Path, m.Version)
			}
			checked++
		}
	}
	t.Logf("checked %d entries in %d packages of %d modules", checked, len(paths), len(mods))

	checkCached(t, goCmd, cached)
}

// checkIn checks that the package declares the entry's function, or that
// the entry's receiver has the method, declared where the entry says.
func checkIn(pkg *types.Package, e sinks.Entry, name config.FuncName) error {
	if !name.IsMethod() {
		if e.Wildcard() {
			return nil // the package exists
		}
		fn, ok := pkg.Scope().Lookup(name.Name).(*types.Func)
		if !ok || fn.FullName() != e.Func {
			return fmt.Errorf("no such function in %s", name.Pkg)
		}
		return nil
	}
	tn, ok := pkg.Scope().Lookup(name.Recv).(*types.TypeName)
	if !ok {
		return fmt.Errorf("no type %s in %s", name.Recv, name.Pkg)
	}
	recv := tn.Type()
	if name.Pointer {
		recv = types.NewPointer(recv)
	}
	mset := types.NewMethodSet(recv)
	if e.Wildcard() {
		if mset.Len() == 0 {
			return fmt.Errorf("%s has no methods", recv)
		}
		return nil
	}
	sel := mset.Lookup(pkg, name.Name)
	if sel == nil {
		return fmt.Errorf("%s has no method %s", recv, name.Name)
	}
	got := sel.Obj().(*types.Func).Origin().FullName()
	if found, ok := sinks.Lookup(got); !ok || found.Func != e.Func {
		return fmt.Errorf("the method's FullName is %s", got)
	}
	return nil
}

// importsOf returns the import paths of a Go file.
func importsOf(t *testing.T, file string) map[string]bool {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]bool)
	for _, spec := range f.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			t.Fatal(err)
		}
		out[path] = true
	}
	return out
}

// checkCached checks the entries of libraries the module proxy no longer
// serves against their source in the module cache, where it is there:
// syntactically, since their dependencies may not be there to type-check
// them. A method must be declared on the entry's receiver (a pointer
// receiver where the entry has one) or in the entry's interface type.
func checkCached(t *testing.T, goCmd string, cached map[string][]sinks.Entry) {
	t.Helper()
	out, err := exec.Command(goCmd, "env", "GOMODCACHE").Output()
	if err != nil {
		t.Logf("no module cache: %v", err)
		return
	}
	cache := strings.TrimSpace(string(out))
	for lib, entries := range cached {
		version := sinks.CacheChecked[lib]
		escaped, err := module.EscapePath(lib)
		if err != nil {
			t.Errorf("%s: %v", lib, err)
			continue
		}
		root := filepath.Join(cache, escaped+"@"+version)
		if _, err := os.Stat(root); err != nil {
			t.Logf("%s %s is not in the module cache: its %d entries are not checked", lib, version, len(entries))
			continue
		}
		decls := make(map[string]map[string]bool) // package dir -> declared names
		for _, e := range entries {
			name := parse(t, e)
			rel := strings.TrimPrefix(strings.TrimPrefix(name.Pkg, lib), "/")
			pkgDir := filepath.Join(root, filepath.FromSlash(rel))
			if decls[pkgDir] == nil {
				decls[pkgDir] = declaredIn(t, pkgDir)
			}
			key := name.Name
			if name.IsMethod() {
				key = name.Recv + "." + name.Name
				if name.Pointer {
					key = "*" + key
				}
			}
			if !decls[pkgDir][key] {
				t.Errorf("%s: not declared in %s %s", e.Func, lib, version)
			}
		}
		t.Logf("checked %d entries of %s %s in the module cache", len(entries), lib, version)
	}
}

// declaredIn returns the functions ("F"), methods ("T.M", "*T.M") and
// interface methods ("I.M") declared in the non-test Go files of dir.
func declaredIn(t *testing.T, dir string) map[string]bool {
	t.Helper()
	pkgs, err := parser.ParseDir(token.NewFileSet(), dir, func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]bool)
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil || len(d.Recv.List) == 0 {
						out[d.Name.Name] = true
						continue
					}
					typ := d.Recv.List[0].Type
					ptr := ""
					if star, ok := typ.(*ast.StarExpr); ok {
						ptr, typ = "*", star.X
					}
					if id, ok := typ.(*ast.Ident); ok {
						out[ptr+id.Name+"."+d.Name.Name] = true
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						ts, ok := s.(*ast.TypeSpec)
						if !ok {
							continue
						}
						it, ok := ts.Type.(*ast.InterfaceType)
						if !ok {
							continue
						}
						for _, m := range it.Methods.List {
							for _, n := range m.Names {
								out[ts.Name.Name+"."+n.Name] = true
							}
						}
					}
				}
			}
		}
	}
	return out
}
