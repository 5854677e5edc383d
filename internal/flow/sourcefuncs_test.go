package flow

import (
	"go/types"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestSourceFuncsAPI checks every source function against the library
// pinned in testdata/sourcecheck: each must exist, be a function, and
// return what its data are read into first. Like the sink catalogue's
// API check, it skips when the pinned modules are not in the module
// cache, unless HRVET_REQUIRE_APICHECK=1, which fetches them.
func TestSourceFuncsAPI(t *testing.T) {
	required := os.Getenv("HRVET_REQUIRE_APICHECK") == "1"
	skip := func(format string, args ...any) {
		t.Helper()
		if required {
			t.Fatalf(format+" (and HRVET_REQUIRE_APICHECK=1 forbids skipping)", args...)
		}
		t.Skipf(format, args...)
	}
	if testing.Short() {
		skip("loads the pinned libraries: not in -short mode")
	}
	if _, err := exec.LookPath("go"); err != nil {
		skip("loading the pinned libraries needs the go command: %v", err)
	}
	byPkg := make(map[string][]string)
	for name := range sourceFuncs {
		dot := strings.LastIndex(name, ".")
		byPkg[name[:dot]] = append(byPkg[name[:dot]], name[dot+1:])
	}
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GOTOOLCHAIN=local")
	if !required {
		env = append(env, "GOPROXY=off")
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: "testdata/sourcecheck", Env: env}
	paths := slices.Sorted(func(yield func(string) bool) {
		for p := range byPkg {
			if !yield(p) {
				return
			}
		}
	})
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		skip("cannot load the pinned libraries: %v", err)
	}
	for _, p := range pkgs {
		if len(p.Errors) > 0 || p.Types == nil {
			skip("cannot load %s: %v", p.PkgPath, p.Errors)
		}
		for _, fn := range byPkg[p.PkgPath] {
			obj, ok := p.Types.Scope().Lookup(fn).(*types.Func)
			if !ok {
				t.Errorf("%s.%s: no such function", p.PkgPath, fn)
				continue
			}
			res := obj.Signature().Results()
			if res.Len() == 0 || isError(res.At(0).Type()) {
				t.Errorf("%s.%s: its first result is not the data: %v", p.PkgPath, fn, obj.Signature())
			}
		}
	}
	if len(pkgs) != len(paths) {
		t.Errorf("loaded %d packages, want %d", len(pkgs), len(paths))
	}
}
