// Package routes finds, in one package's SSA, every registration of an
// HTTP handler and the middleware applied in front of it. It serves the
// access analyzer (SPEC section 6, "Access rules"), which decides whether
// a middleware authorises; this package only finds the middleware and
// says nothing about what it does.
//
// [Find] takes the package's functions with bodies. Anonymous functions
// are reached through the functions that make them, so fns may hold them
// or only the top-level ones: the result is the same.
//
// # Frameworks and forms
//
// Types and functions are matched by package path and name:
// net/http, github.com/gin-gonic/gin, github.com/labstack/echo/v4,
// github.com/go-chi/chi/v5 and github.com/go-chi/chi,
// github.com/gofiber/fiber/v2 (and its net/http adaptors) and
// github.com/gorilla/mux. A method of another type that has the same
// name registers nothing.
//
//   - net/http: http.Handle and http.HandleFunc (the default ServeMux),
//     (*http.ServeMux).Handle and HandleFunc, Go 1.22 patterns
//     ("GET /employees/{id}" gives the method and the path).
//   - gin: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, Any, Handle,
//     Match (every handler but the last is middleware); Group(path,
//     mw...), nested; Use; gin.WrapF and gin.WrapH.
//   - echo: GET and the other methods, Any, Add, Match, RouteNotFound
//     (the middleware after the handler); Group(prefix, mw...); Use and
//     Pre on the Echo; Use on a Group; echo.WrapHandler and
//     echo.WrapMiddleware.
//   - chi: Get and the other methods, Method, MethodFunc, Handle,
//     HandleFunc; With(mw...); Use; Group(func(r chi.Router)) and
//     Route(path, func(r chi.Router)), whose closure (or method value)
//     is analysed with its parameter bound to the sub-router; Mount;
//     chi.Chain(mw...).Handler(h).
//   - fiber: Get and the other methods, All, Add (every handler but the
//     last is middleware); Group(prefix, mw...); Route; Use, with an
//     optional prefix first; Mount.
//   - gorilla/mux: r.HandleFunc(path, h) and r.Handle, with what the
//     route is configured with before or after (.Methods, .Path,
//     .PathPrefix); r.NewRoute and r.Methods(...).Path(...)
//     .HandlerFunc(h); r.PathPrefix(p).Subrouter(); Use.
//   - A middleware wrapped round a handler: mux.Handle(p, mw(h)),
//     http.HandlerFunc(mw(h)), a(b(h)) gives [a, b]. A wrap is a call of
//     anything (a function, a method, a func value, the result of a call
//     such as auth.Require("hr")) that takes one handler and returns one:
//     func(http.Handler) http.Handler, func(http.HandlerFunc)
//     http.HandlerFunc, echo.MiddlewareFunc, and others that take more
//     arguments besides the handler.
//   - A whole router wrapped and served: http.ListenAndServe(addr,
//     mw(r)), ListenAndServeTLS, Serve, ServeTLS, and an http.Server's
//     Handler field (&http.Server{Handler: mw(r)}, srv.Handler = ...) put
//     mw in front of every route of r. A router registered as another's
//     handler (chi's Mount, fiber's Mount, mux.Handle("/api/",
//     http.StripPrefix("/api", sub)), gorilla's PathPrefix(p).Handler(sub))
//     gives its routes the other's prefix and middleware. A handler
//     served that is not a router is a registration of path "/".
//
// A handler is resolved through conversions (http.HandlerFunc(f),
// http.Handler(x)), the framework adaptors, method values (to the method,
// not SSA's $bound wrapper), closures, local variables and struct fields
// the function itself stores, values of the package's types passed as an
// http.Handler (their ServeHTTP), and factories of the package
// (h.list() returning a closure: the closure, when every return of the
// factory gives the same handler). A method value of an interface
// resolves to the method of the one type of the package that implements
// the interface. Registration.HandlerValue keeps where resolution
// stopped when it did not reach a function.
//
// A router is followed through locals, conversions, φ-nodes, struct
// fields the function itself stores, and calls of the package's
// functions: a function that takes a router and registers on it, or
// returns one, is analysed again at each call site in fns, with its
// parameters bound to the call's arguments, so that the registrations
// inside get the caller's prefix and middleware. A φ of different
// routers (a group made in one branch or the other) stands for each of
// them in turn: a registration on it is given once for each.
//
// # Order
//
// A Use counts for a registration when it surely comes before it: where
// the two meet (the same function, or the function from which both are
// reached through calls), the Use, or the call it is made in, dominates
// the registration or the call it is made in; and each function the Use
// is reached through runs it on every path to a return. The same holds
// for the creation of a group: gin and echo groups and chi's With,
// Group and Route take the middleware their parent has when they are
// made, so a Use on the parent after Group does not reach the group's
// routes.
// Except:
//   - echo's Use and Pre on the Echo, and gorilla's Use, apply at request
//     time to every route of the router and its groups or subrouters,
//     earlier ones too, provided they surely run whenever the
//     registration does (they dominate it or every return).
//   - fiber runs handlers in the order they were registered, whatever the
//     group: a Use on an app or group applies to the routes registered on
//     it or below it after the Use, and, given a prefix, to those under
//     the prefix. Middleware is ordered as it was registered.
//
// # Open registrations
//
// A function whose callers in fns can all be followed is analysed only
// at its calls. Otherwise (it is not called in fns, its value is taken
// other than to be called or run as a chi or fiber group, or it can
// reach itself) it is analysed once on its own as well, and a router
// from its parameter is open: Registration.Open is set, with OpenFunc
// and OpenParam naming the parameter. When a followed call passes a
// router that is itself a parameter of an open function, OpenFunc is
// that outer function. A router of any other origin Find does not
// follow (a field of a value it does not see stored, a package
// variable, a map, a call into another package) is open with OpenParam
// -1, as OpenFunc the function it is read in. Callers in other packages
// do not count: an exported function called in the package is taken to
// be called only there.
//
// # Routers passed to other packages
//
// A static call of a function or method of another package (not of a
// framework, not through an interface) given a router is listed in
// Result.RouterArgs: h.RegisterRoutes(r.Group("/api", auth)), where
// the callee registers its routes on the router it is given (and those
// routes are open registrations in its own package). Each gives the
// router's prefix and the middleware in front of it at the call, as a
// registration made on the router there would get them: a Use after
// the call does not count, echo's and gorilla's order-free ones do. A
// function that passes a router on counts as registering: it is
// analysed at its calls, or on its own when it is open. [JoinPath]
// joins the prefix to a route's path the callee reports.
//
// # Unfollowed handlers
//
// A handler of the package (a function, closure or method value of a
// handler's type, or a value of the package's type passed as an
// http.Handler) whose value is taken where no registration is followed
// through is listed in Result.Unfollowed, at the place the value is
// taken, with what is done with it: stored in a map or a slice, passed
// to a function (a registering helper that loops over its handlers, for
// one), returned, sent on a channel. A closure made inside a function
// that takes a handler is that middleware's body, and a gin or fiber
// handler that calls its context's Next is a middleware: neither is
// listed. A gin middleware that does not call Next and is used only in
// other packages is listed as returned.
//
// # Choices
//
//   - A function followed from several call sites gives one Registration
//     per call site; Registration.Via lists the calls of the package's
//     functions it was reached through, outermost first.
//   - gin.Default's Logger and Recovery are left out.
//   - Paths: a prefix or path the code computes is "…" where it stands
//     ("…/employees", "/employees/…"), and a path not known at all is "".
//     Constants, concatenation and path.Join are followed. gin, echo,
//     chi and fiber root a relative path at "/", and gin and fiber join a
//     group's prefix and a relative path with "/". A gorilla PathPrefix
//     route's path ends in "*", and a handler that is not a router
//     mounted with chi's or fiber's Mount gets the prefix and "/*". The
//     path of an open registration is relative to the router its caller
//     passes.
//   - Methods: "" is any method; several (gin's and echo's Match,
//     gorilla's Methods) are joined by commas; a method the code
//     computes is "…". A gorilla subrouter made from Methods(...) gives
//     its routes that method.
//   - Middleware values: bound method values are given as the method;
//     conversions and adaptors are looked through; a variable is given
//     as what was stored into it, a package variable as the *ssa.Global.
//     A list of middleware the code builds in a way not followed
//     (r.Use(mws...) with mws a parameter, an append) is given as one
//     Middleware whose Value is the list.
//   - Registrations and unfollowed handlers are sorted by position,
//     ties in the order found, which does not depend on map order.
//
// # Not followed
//
//   - Routers and handlers in the fields of values the function does not
//     store itself (s.router in a method called from elsewhere), in maps
//     and slices, and passed through channels: the router is open, the
//     handler nil and listed as unfollowed.
//   - Registrations in loops over a table of paths and handlers: the
//     path is unknown and the handler nil.
//   - Generic code: calls through a type parameter are not recognised.
//   - gin's NoRoute and NoMethod, chi's NotFound and MethodNotAllowed:
//     their handlers are listed as unfollowed.
//   - What a framework applies by configuration rather than by a call
//     (echo's e.HTTPErrorHandler, gin.Default's own middleware).
//   - A fiber Use's prefix is matched against the route's path below the
//     router the Use is on, not across a Mount.
//   - Calls are followed 12 deep and a package analysed in at most 4096
//     contexts; a call past that is not followed.
package routes
