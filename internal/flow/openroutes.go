package flow

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/internal/routes"
)

// OpenRoute is a route a function registers on a router its caller
// passes, as a handler package's RegisterRoutes(g *gin.RouterGroup)
// does, whose handler writes personal data into its response with no
// authorization check in front of it in the function's package. The
// package that passes the router judges it at the call, with the
// middleware in front of the router there (see routerArgFlows).
type OpenRoute struct {
	Param   int    // the router's parameter; a method's receiver is 0
	Method  string // "" for any method
	Path    string // below the router passed ("/employees/:id"); "" for the router's own path
	Handler string // the handler, as types.Func.FullName prints it
	// Exposes is what the handler writes into its response, sorted by
	// place, sink and data.
	Exposes []Exposure
}

func (o OpenRoute) String() string {
	rt := Route{Method: o.Method, Path: o.Path}.String()
	if rt == "" {
		rt = "/"
	}
	parts := make([]string, len(o.Exposes))
	for i, e := range o.Exposes {
		parts[i] = e.String()
	}
	return fmt.Sprintf("open route param %d %s -> %s [%s]", o.Param, rt, o.Handler, strings.Join(parts, ", "))
}

// exportOpen records the open routes of an expose flow in the summary
// of the function whose router parameter they are registered on, when
// neither a check in the handler nor a middleware of this package
// authorises them and the flow is not reported here on another route.
// An open route that a middleware of this package authorises stays
// here: the access analyzer checks its role's need to know here.
func (p *pkgCtx) exportOpen(f *Flow, acc *Access, regs []routes.Registration) {
	if f.Problem == OK || acc.Unguarded() != nil {
		return
	}
	var e []Exposure
	for _, rt := range acc.Routes {
		if !rt.Open || rt.Guarded {
			continue
		}
		for _, r := range regs {
			if r.Pos != rt.Pos || !r.Open || r.Handler == nil || handlerName(r.Handler) != rt.Handler {
				continue
			}
			if e == nil {
				e = []Exposure{p.exposureOf(f)}
			}
			if p.exportOpenRoute(r, p.route(r, rt.Handler), e) {
				acc.Deferred = true
			}
		}
	}
}

// exportOpenRoute records an unguarded route on an open router, whose
// handler exposes what exposes lists, in the summary of the function
// the router is a parameter of, when importers can call that function:
// a top-level exported function or method. It reports whether it did.
func (p *pkgCtx) exportOpenRoute(r routes.Registration, rt Route, exposes []Exposure) bool {
	fn := r.OpenFunc
	if rt.Guarded || len(exposes) == 0 || fn == nil || r.OpenParam < 0 || fn.Parent() != nil || !mayBeRegisteredElsewhere(fn) {
		return false
	}
	obj := funcObject(fn)
	if obj == nil || obj.Pkg() != p.pass.Pkg {
		return false
	}
	sum := p.local[obj]
	if sum == nil {
		// A function the engine did not need (it only registers): its
		// summary says nothing else, and it only registers.
		sum = &Summary{}
		p.local[obj] = sum
	}
	row := OpenRoute{Param: r.OpenParam, Method: rt.Method, Path: rt.Path, Handler: rt.Handler}
	i, found := slices.BinarySearchFunc(sum.OpenRoutes, row, compareOpenRoute)
	if !found {
		sum.OpenRoutes = slices.Insert(sum.OpenRoutes, i, row)
	}
	for _, e := range exposes {
		xs := sum.OpenRoutes[i].Exposes
		if j, found := slices.BinarySearchFunc(xs, e, compareExposure); !found {
			sum.OpenRoutes[i].Exposes = slices.Insert(xs, j, e)
		}
	}
	return true
}

func compareOpenRoute(a, b OpenRoute) int {
	return cmp.Or(cmp.Compare(a.Param, b.Param), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Method, b.Method), cmp.Compare(a.Handler, b.Handler))
}

func compareExposure(a, b Exposure) int {
	return cmp.Or(cmp.Compare(a.At, b.At), cmp.Compare(a.Sink, b.Sink), slices.CompareFunc(a.Data, b.Data, func(x, y Datum) int {
		return cmp.Or(cmp.Compare(x.Name, y.Name), cmp.Compare(x.Category, y.Category))
	}))
}

// routerArgFlows judges, where a router is passed to a function of
// another package, the open routes that function's summary says it
// registers on that parameter. Each gets the router's prefix and the
// middleware in front of it at the call; with no authorising one there,
// what its handler exposes is unguarded, reported at the call, as at
// the registration of an imported handler. A router that comes into
// this package through an exported function's parameter passes the
// routes on into that function's summary, for its callers to judge.
func (p *pkgCtx) routerArgFlows(ras []routes.RouterArg) []*Flow {
	var out []*Flow
	seen := make(map[string]bool)
	for _, ra := range ras {
		sum := p.summaryOf(ra.Callee)
		if sum == nil {
			continue
		}
		for _, row := range sum.OpenRoutes {
			if row.Param != ra.Arg {
				continue
			}
			reg := routes.Registration{
				Pos: ra.Pos, Method: row.Method, Path: routes.JoinPath(ra.Framework, ra.Prefix, row.Path),
				Middleware: ra.Middleware, Open: ra.Open, OpenFunc: ra.OpenFunc, OpenParam: ra.OpenParam,
			}
			if reg.Method == "" {
				reg.Method = ra.Method
			}
			rt := p.route(reg, row.Handler)
			if rt.Open && !rt.Guarded {
				p.exportOpenRoute(reg, rt, row.Exposes)
				continue
			}
			key := fmt.Sprintf("%d %s %s %t %s", ra.Pos, rt, rt.Handler, rt.Guarded, rt.Role)
			if seen[key] {
				continue
			}
			seen[key] = true
			callee := ra.Callee.FullName()
			out = append(out, p.exposureFlows(ra.Pos, callee, []string{callee, row.Handler}, rt, row.Exposes)...)
		}
	}
	return out
}
