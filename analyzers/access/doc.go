// Package access defines an Analyzer that reports personal data shown in
// a request handler's response that no authorization check guards, and
// data of a category the guarding role does not need.
//
// # Analyzer access
//
// access: report personal data exposed to unauthorised callers or beyond a role's need to know
//
// Labour Code art. 88 p.5: the employer allows access to employees'
// personal data only to specially authorised persons, who may receive
// only the data needed for their function. In a Go back end that is the
// handler that writes an employee's record into its response. access
// follows personal data (fields marked by pdfields) to expose sinks: an
// http.ResponseWriter written to (Write, fmt.Fprint*, io.Copy,
// io.WriteString, an encoder or template given the writer, a helper that
// does one of these), gin, echo and fiber context methods (JSON, XML,
// String, ...), go-chi/render, and functions marked //hrvet:sink expose
// (docs/sinks.md). It reports the expose call:
//
//	r.GET("/employees/:id", h.getEmployee) // no middleware
//	...
//	c.JSON(http.StatusOK, emp)
//	// Employee.Passport (govid), Employee.Salary (pay) are exposed by GET /employees/:id ((*api.Handler).getEmployee) with no authorization check (Labour Code art. 88 p.5)
//
// An authorization is a function marked //hrvet:authorize [role=<r>] or
// listed under authorize: in .hrvet.yaml, or a function of the analysed
// code whose summary says it passes one on. It guards the response when
//
//   - its success branch dominates the expose call in the handler, or in
//     every call of a helper that writes the response;
//   - or the handler is registered behind an authorising middleware: one
//     marked as an authorization, returned by one (auth.Require("hr")),
//     or one that asks an authorization itself. Registrations of gin,
//     echo, chi, fiber, gorilla/mux and net/http are followed, with their
//     groups, Use, With, Route and wrapped handlers (see package
//     github.com/hrvet/hrvet/internal/routes).
//
// A handler registered on one route behind an authorization and on
// another without is reported for the second. An authorization check
// whose result is never looked at guards nothing and is reported itself:
//
//	auth.Allowed(r)
//	// result of authorization check example.com/hr/auth.Allowed is not checked, so it guards nothing (Labour Code art. 88 p.5)
//
// # gRPC
//
// A unary gRPC server method is a handler too: what its response message
// carries when it returns is shown to the caller, and the finding stands
// at the return. Such a method is recognised in its own package by its
// shape, since it is usually registered elsewhere: an exported method
// func(context.Context, *Req) (*Resp, error) of a struct type that
// embeds the generated Unimplemented<Service>Server (one of whose
// methods it replaces) or Unsafe<Service>Server. Its registration,
// pb.Register<Service>Server(s, impl) (a function of that name whose
// second parameter is an interface), is its route, named by the
// generated <Service>_<Method>_FullMethodName constant, else
// /<Service>/<Method>:
//
//	s := grpc.NewServer() // no interceptor
//	pb.RegisterDirectoryServer(s, &directory{})
//	...
//	return e, nil
//	// Employee.Name (name), Employee.Passport (govid) are exposed by gRPC /hr.v1.Directory/GetEmployee ((*api.directory).GetEmployee) with no authorization check (Labour Code art. 88 p.5)
//
// The server is followed back to grpc.NewServer in the registering
// function, through a function of the package that returns it, or
// through the parameter it came by to the package's calls; its options
// grpc.UnaryInterceptor(f) and grpc.ChainUnaryInterceptor(fs...), given
// directly or in a slice built there, are the route's middleware, and
// an interceptor authorises as a middleware does (auth.Require("hr"), a
// //hrvet:authorize interceptor, one that asks an authorization before
// calling the handler). A check in the method before the return guards
// it as in any handler. A service implemented in one package and
// registered in another is judged at the Register call.
//
// What the method returns counts where it originates in the method (a
// record loaded, a field read) or in its receiver (records a server
// keeps in memory), not what comes from the request message: a method
// that echoes its request shows the caller only its own input. Not
// recognised: streaming methods (what they Send), implementations whose
// concrete type the registration does not show (an interface returned
// by a constructor of another package), servers that are fields or
// globals, options computed elsewhere, and stream interceptors; a
// registration on such a server is not judged (as a route on a router
// of unknown origin is not).
//
// With roles: in .hrvet.yaml, the categories each role needs, a guarded
// response that shows more is reported:
//
//	roles:
//	  manager: [name, phone, email, employment]
//
//	// Employee.Passport (govid) is exposed to role manager, which needs only name, phone, email, employment (Labour Code art. 88 p.5)
//
// Encoders show what they encode: a field tagged json:"-" (xml, yaml
// alike) is not in the response, and a type's MarshalJSON decides what
// is.
//
// # Decisions where SPEC is silent
//
//   - A role with no entry under roles:, and an authorization whose role
//     is not known, are checked for the special categories alone (health,
//     biometric, criminal, private life, union, association, and the
//     forbidden ones): every role must name those to see them. A role
//     listed as [all] sees everything. With no roles: section at all,
//     only the authorization is checked.
//   - The finding stands at the expose call, in the package whose code
//     writes the response. A handler that no route or call of its package
//     reaches, and that another package may register (an exported
//     function or method), is left to the packages that register it; an
//     unexported one is reported by itself. A handler whose value goes
//     where registrations cannot be followed (a map, a slice, a loop) is
//     reported, and the message says why the middleware is not seen.
//   - A route registered on a router that an exported function or
//     method takes as a parameter (func (h *Handler) RegisterRoutes(g
//     *gin.RouterGroup), called from main) is left, when nothing in its
//     own package authorises it, to the packages that call the function:
//     the finding stands at the call that passes a router with no
//     authorising middleware in front of it, and names the route with
//     the router's prefix (h.RegisterRoutes(r.Group("/public")) exposes
//     GET /public/employees/:id). Behind an authorising middleware with a role there (r.Group("/hr",
//     auth.Require("hr"))) the role's need to know is checked at the
//     call. A route the function registers behind an authorising
//     middleware of its own is judged in its own package, the role's
//     need to know included, once. An exported function that passes its
//     own router parameter on (mid.Mount(g) calling
//     h.RegisterRoutes(g.Group("/v1"))) hands the routes on to its own
//     callers, with its prefix, and so does a package that registers an
//     imported handler on a router it is given. This holds in go vet's
//     mode too, where a package sees the facts of its direct imports and
//     what they re-export (a method promoted from an embedded handler).
//     Not followed: a router that reaches the function other than as a
//     parameter of an exported function (a struct field, a package
//     variable), a registering function called through an interface or
//     a function value (var Register = handlers.Register), and a
//     registering function given its router by a caller that is itself
//     not followed; those routes are not reported.
//   - Data a handler echoes back after decoding them from the request
//     count like any other: an unauthenticated endpoint that stores and
//     returns an employee record is reported. A gRPC method's request
//     message is different: the server decodes it, not the method, which
//     is given it as a parameter, and its data do not count in the
//     response (see gRPC above).
//   - A gRPC method that no registration of its package reaches is left
//     to the packages that register its type, as an exported handler is.
//   - gin's HTML is an expose sink too (template data are shown), beyond
//     the methods SPEC section 5 lists.
//
// The decision (which routes an authorization guards, and what a role
// does not need) is package github.com/hrvet/hrvet/internal/exposure's,
// which 'hrvet inventory' also asks: its section "Exposures" lists every
// route of every handler that shows personal data, with the guard, the
// role and the same verdict.
//
// # What access cannot see
//
// Routes on a router kept in a package variable or in a field of a
// value the registering function did not build, or handed to a
// registering function through an interface or a function value: their
// middleware is not known, and they are judged nowhere (a TODO(want)
// case in testdata/src/nethttp). A response rendered through a template
// into a buffer that a later method returns (listmonk's campaign view)
// loses its data. Routes registered by reflection, code generation at
// run time, or a framework hrvet does not know; middleware chosen at run
// time (from a map, a flag); authorization enforced outside the program
// (an API gateway, a service mesh). Declare such a gateway's handlers with
// //hrvet:ignore access <reason> where the data leave.
package access

const doc = `report personal data exposed to unauthorised callers or beyond a role's need to know

Labour Code art. 88 p.5 allows access to employees' personal data only to
specially authorised persons, each receiving only what their function
needs. access reports personal data written into a request handler's
response (http.ResponseWriter, gin, echo, fiber, go-chi/render,
//hrvet:sink expose) or returned by a unary gRPC server method, where
no authorization check (//hrvet:authorize, authorize: in .hrvet.yaml)
dominates the write and no authorising middleware or interceptor
stands in front of the handler's route; and, with roles: in
.hrvet.yaml, data of a category the guarding role does not need.`
