package routes

import (
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Result is what [Find] found in a package.
type Result struct {
	// Registrations are the handlers registered, sorted by position; a
	// registration made in a function followed from several call sites
	// appears once per call site (see Registration.Via).
	Registrations []Registration
	// Unfollowed lists handler functions whose value is taken in fns but
	// that reach no registration the package can follow: stored in a map
	// or slice, passed to a function of the package that registers its
	// parameter in a loop, returned, and so on. Sorted by position; Pos
	// is where the value is taken.
	Unfollowed []Unfollowed
	// RouterArgs are the routers passed to functions and methods of
	// other packages, sorted by position; a call in a function followed
	// from several call sites appears once per call site.
	RouterArgs []RouterArg
}

// Registration is one handler registered on a router.
type Registration struct {
	Pos       token.Pos // the registering call
	Framework string    // "net/http", "gin", "echo", "chi", "fiber", "gorilla/mux"
	// Method is the HTTP method, "" for any method; several methods
	// (gin's Match, gorilla's Methods("GET", "POST")) are joined by
	// commas, and a method the code computes is "…".
	Method string
	// Path is the full path, group and mount prefixes included; a part
	// the code computes is "…" ("…/employees" under a computed prefix,
	// "/employees/…"), and a path not known at all is "".
	Path string
	// Handler is the handler's body: a declared function, the method for
	// a method value, a closure's function, the ServeHTTP method of a
	// type passed as an http.Handler; nil when it cannot be resolved.
	Handler *ssa.Function
	// HandlerValue is the handler as the code gives it, once
	// conversions, adapters and the middleware wrapped round it are
	// looked through: what Handler was resolved from, or where resolving
	// it stopped (a parameter, a method value of an interface, a call
	// into another package); nil for no handler.
	HandlerValue ssa.Value
	// Middleware is everything applied in front of the handler,
	// outermost first.
	Middleware []Middleware
	// Open is set when the router comes from a parameter of a function
	// whose callers could not all be followed, or from somewhere else
	// Find does not follow (a struct field of an unknown value, a
	// package variable, a call into another package): middleware applied
	// there is not known. OpenFunc is the function the router comes
	// into, OpenParam the index of its parameter in OpenFunc.Params (the
	// receiver counts), or -1 when it is not a parameter.
	Open      bool
	OpenFunc  *ssa.Function
	OpenParam int
	// Via are the calls of the package's functions (closures called
	// directly included) through which the registering function was
	// reached from a function analysed on its own, outermost first;
	// empty when the registration is made there.
	Via []token.Pos
}

// Middleware is one middleware applied in front of a handler.
type Middleware struct {
	// Value is the middleware as the code gives it: a *ssa.Function
	// (the method itself for a method value), a *ssa.MakeClosure, the
	// *ssa.Call whose result is the middleware (auth.Require("hr")), an
	// *ssa.Global, a parameter no caller binds, and so on. For a wrap
	// (mw(h)) it is what is called.
	Value ssa.Value
	Pos   token.Pos // where it is applied: the Use, With or Group call, the wrapping call
}

// Unfollowed is a handler function whose value is taken where Find
// cannot follow it to a registration.
type Unfollowed struct {
	Pos     token.Pos
	Handler *ssa.Function
	Why     string // "stored in a map", "returned", "passed to registerAll", ...
}

// Find returns the registrations made in fns, sorted by position. fns
// are a package's functions with bodies; anonymous functions are reached
// through their parents, so fns may hold them or not.
func Find(fns []*ssa.Function) *Result {
	a := newAnalysis(fns)
	a.run()
	return &Result{
		Registrations: a.registrations(),
		Unfollowed:    a.unfollowed(),
		RouterArgs:    a.routerArgs(),
	}
}

// unknown stands for a part of a path or method the code computes.
const unknown = "…"

// joinPath appends a route's path to a prefix.
func joinPath(prefix, p string) string {
	switch {
	case prefix == "":
		return p
	case p == "":
		return prefix
	case strings.HasPrefix(p, "/"):
		return strings.TrimSuffix(prefix, "/") + p
	}
	return prefix + p
}

// joinIn joins as framework fw does: gin and fiber put a "/" between a
// prefix and a path that does not begin with one; the others join them
// as they are.
func joinIn(fw, prefix, p string) string {
	if (fw == fwGin || fw == fwFiber) && prefix != "" && isRelative(p) {
		p = "/" + p
	}
	return joinPath(prefix, p)
}

// isRelative reports whether p is a known path that does not begin
// with "/".
func isRelative(p string) bool {
	return p != "" && !strings.HasPrefix(p, "/") && !strings.HasPrefix(p, unknown)
}

// tidyPath collapses runs of unknown parts; a path that is unknown as a
// whole is "".
func tidyPath(p string) string {
	for strings.Contains(p, unknown+unknown) {
		p = strings.ReplaceAll(p, unknown+unknown, unknown)
	}
	if p == unknown {
		return ""
	}
	return p
}

// fullPath tidies a registration's path; gin, echo, chi and fiber
// root a relative path at "/".
func fullPath(fw, p string) string {
	p = tidyPath(p)
	if fw != fwHTTP && fw != fwGorilla && isRelative(p) {
		p = "/" + p
	}
	return p
}

// splitPattern splits a Go 1.22 ServeMux pattern ("GET /employees/{id}")
// into its method and path.
func splitPattern(p string) (method, path string) {
	if i := strings.IndexByte(p, ' '); i > 0 && !strings.Contains(p[:i], "/") {
		return p[:i], strings.TrimLeft(p[i+1:], " \t")
	}
	return "", p
}

// sortByPos sorts xs by the position pos gives, keeping the order of
// equal positions.
func sortByPos[T any](xs []T, pos func(T) token.Pos) {
	slices.SortStableFunc(xs, func(x, y T) int { return int(pos(x)) - int(pos(y)) })
}
