// Package odd is code Find must get through without panicking: nil
// handlers, handlers and routers from parameters, variadic slices passed
// on, recursion, loops, goroutines, generics.
package odd

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

func getA(w http.ResponseWriter, r *http.Request) {}
func ginA(c *gin.Context)                         {}

func authMW(next http.Handler) http.Handler { return next }

func nilHandlers() {
	m := http.NewServeMux()
	m.Handle("/nil", nil)            // want `net/http route ANY /nil -> nil behind \[\]`
	m.HandleFunc("/nilf", nil)       // want `net/http route ANY /nilf -> nil behind \[\]`
	http.Handle("/default-nil", nil) // want `net/http route ANY /default-nil -> nil behind \[\]`
	g := gin.New()
	g.GET("/none")     // want `gin route GET /none -> nil behind \[\]`
	g.GET("/nil", nil) // want `gin route GET /nil -> nil behind \[\]`
	e := echo.New()
	e.GET("/nil", nil) // want `echo route GET /nil -> nil behind \[\]`
	var r *mux.Router
	r.HandleFunc("/nil-router", nil) // want `gorilla/mux route ANY /nil-router -> nil behind \[\] open nilHandlers\#-1`
	http.ListenAndServe(":1", nil)
}

// fromParams is not called: its router, handler and middleware are
// parameters.
func fromParams(r chi.Router, h http.HandlerFunc, mw func(http.Handler) http.Handler, path string) {
	r.With(mw).Get(path, h) // want `chi route GET \? -> nil=param h behind \[param mw\] open fromParams\#0`
	r.Get("/p/"+path, h)    // want `chi route GET /p/… -> nil=param h behind \[\] open fromParams\#0`
}

// passOn passes variadic handlers on with "...".
func passOn(g gin.IRoutes, hs ...gin.HandlerFunc) {
	g.GET("/passed", hs...) // want `gin route GET /passed -> ginA behind \[ginA\] via L51` `gin route GET /passed -> nil behind \[\] via L52`
}

func callsPassOn() {
	g := gin.New()
	passOn(g, ginA, ginA)
	passOn(g)
	hs := []gin.HandlerFunc{ginA} // want `unfollowed ginA: stored in a slice`
	hs = append(hs, ginA)         // want `unfollowed ginA: stored in a slice`
	g.GET("/appended", hs...)     // want `gin route GET /appended -> nil behind \[call\(\)\]`
}

// recurse calls itself.
func recurse(r chi.Router, n int) {
	if n > 0 {
		recurse(r, n-1)
	}
	r.Get("/rec", getA) // want `chi route GET /rec -> getA behind \[\] open recurse\#0`
}

// loop derives routers in a loop.
func loop() {
	var r chi.Router = chi.NewRouter()
	for _, p := range []string{"/a", "/b"} {
		r = r.With(authMW)
		r.Get(p, getA) // want `chi route GET \? -> getA behind \[authMW\]`
	}
	var h http.HandlerFunc = getA // want `unfollowed getA: passed to \(chi\.Router\)\.Get`
	if len(os.Args) > 1 {
		h = nil
	}
	r.Get("/phi", h) // want `chi route GET /phi -> nil=\*ssa\.Phi behind \[\]`
}

// goroutines registers in a goroutine and a deferred call.
func goroutines() {
	r := chi.NewRouter()
	go r.Get("/go", getA)       // want `chi route GET /go -> getA behind \[\]`
	defer r.Get("/defer", getA) // want `chi route GET /defer -> getA behind \[\]`
	go func() {
		r.Use(authMW)
		r.Get("/in-go", getA) // want `chi route GET /in-go -> getA behind \[authMW\] via L85`
	}()
}

// generic registers through a type parameter.
func generic[R interface {
	Get(string, http.HandlerFunc)
}](r R) {
	r.Get("/generic", getA) // want `unfollowed getA: passed to \(interface\{Get\(string, http\.HandlerFunc\)\}\)\.Get`
}

func callsGeneric() {
	generic(chi.NewRouter())
}

type Server struct{ r chi.Router }

func (s *Server) get(w http.ResponseWriter, r *http.Request) {}

// methodExpr uses a method expression and a dynamic Use.
func methodExpr(mws []func(http.Handler) http.Handler) {
	r := chi.NewRouter()
	f := (*Server).get
	s := &Server{}
	r.Get("/expr", func(w http.ResponseWriter, req *http.Request) { f(s, w, req) }) // want `chi route GET /expr -> methodExpr\$1 behind \[\]`
	r.Use(mws...)
	r.Get("/dyn", getA) // want `chi route GET /dyn -> getA behind \[param mws\]`
	routers := map[string]chi.Router{"x": r}
	routers["x"].Get("/from-map", getA) // want `chi route GET /from-map -> getA behind \[\] open methodExpr\#-1`
	s.r.Get("/field", s.get)            // want `chi route GET /field -> get behind \[\] open methodExpr\#-1`
}

// fiberOdd passes a non-string, non-handler to Use.
func fiberOdd(prefixes []string) {
	app := fiber.New()
	app.Use(prefixes, func(c *fiber.Ctx) error { return c.Next() })
	app.Get("/odd", func(c *fiber.Ctx) error { return nil }) // want `fiber route GET /odd -> fiberOdd\$2 behind \[fiberOdd\$1\]`
	var nothing fiber.Handler
	app.Get("/nothing", nothing) // want `fiber route GET /nothing -> nil behind \[fiberOdd\$1\]`
}

// stored keeps a registering closure for later.
func stored() func() {
	r := chi.NewRouter()
	return func() { r.Get("/later", getA) } // want `chi route GET /later -> getA behind \[\]`
}

// exprCalls calls the frameworks' methods through a method expression
// and a method value.
func exprCalls() {
	m := chi.NewMux()
	(*chi.Mux).Get(m, "/expr-call", getA) // want `chi route GET /expr-call -> getA behind \[\]`
	e := echo.New()
	get := e.GET
	get("/method-value", func(c echo.Context) error { return nil }) // want `echo route GET /method-value -> exprCalls\$1 behind \[\]`
}
