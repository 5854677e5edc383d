package routes_test

import (
	"fmt"
	"go/types"
	"os"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/routes"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

func TestRealLocal(t *testing.T) {
	dir := os.Getenv("REALDIR")
	if dir == "" {
		t.Skip()
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	prog, ssapkgs := ssautil.AllPackages(pkgs, ssa.InstantiateGenerics)
	prog.Build()
	for i, sp := range ssapkgs {
		if sp == nil {
			continue
		}
		var fns []*ssa.Function
		for _, m := range sp.Members {
			if fn, ok := m.(*ssa.Function); ok && fn.Synthetic == "" {
				fns = append(fns, fn)
			}
		}
		for _, tm := range sp.Members {
			if ty, ok := tm.(*ssa.Type); ok {
				for _, T := range []any{ty.Type()} {
					_ = T
				}
				mset := prog.MethodSets.MethodSet(typesPointer(ty))
				for j := 0; j < mset.Len(); j++ {
					if fn := prog.MethodValue(mset.At(j)); fn != nil && fn.Pkg == sp && fn.Synthetic == "" {
						fns = append(fns, fn)
					}
				}
			}
		}
		res := routes.Find(fns)
		if len(res.Registrations) == 0 && len(res.Unfollowed) == 0 {
			continue
		}
		fmt.Println("##", pkgs[i].PkgPath)
		for _, r := range res.Registrations {
			var mw []string
			for _, m := range r.Middleware {
				mw = append(mw, mwName(m.Value))
			}
			p := prog.Fset.Position(r.Pos)
			fmt.Printf("%s:%d %s %s %q -> %s [%s] open=%v %s#%d via=%d\n", shortFile(p.Filename), p.Line, r.Framework, r.Method, r.Path, funcName(r.Handler), strings.Join(mw, ", "), r.Open, funcName(r.OpenFunc), r.OpenParam, len(r.Via))
		}
		for _, u := range res.Unfollowed {
			p := prog.Fset.Position(u.Pos)
			fmt.Printf("UNF %s:%d %s: %s\n", shortFile(p.Filename), p.Line, funcName(u.Handler), u.Why)
		}
	}
}

func shortFile(f string) string {
	parts := strings.Split(f, "/")
	if len(parts) > 2 {
		return strings.Join(parts[len(parts)-2:], "/")
	}
	return f
}

func typesPointer(ty *ssa.Type) types.Type { return types.NewPointer(ty.Type()) }
