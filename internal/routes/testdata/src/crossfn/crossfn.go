// Package crossfn passes routers to, and returns them from, its own
// functions.
package crossfn

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func authMW(next http.Handler) http.Handler { return next }
func logMW(next http.Handler) http.Handler  { return next }

func getA(w http.ResponseWriter, r *http.Request) {}
func getB(w http.ResponseWriter, r *http.Request) {}

// RegisterRoutes is not called here: its router is open.
func RegisterRoutes(r chi.Router) {
	r.Use(authMW)
	r.Get("/employees", getA) // want `chi route GET /employees -> getA behind \[authMW\] open RegisterRoutes\#0`
}

// employeeRoutes is called from two places, once behind authMW.
func employeeRoutes(r chi.Router) {
	r.Get("/employees/{id}", getA) // want `chi route GET /employees/\{id\} -> getA behind \[\] via L52` `chi route GET /employees/\{id\} -> getA behind \[authMW\] via L56` `chi route GET /employees/\{id\} -> getA behind \[\] open Unknown\#-1 via L162`
}

// reg registers the handler it is given.
func reg(r chi.Router, path string, h http.HandlerFunc) {
	r.Get(path, h) // want `chi route GET /a -> getA behind \[\] via L53` `chi route GET /b -> getB behind \[authMW\] via L57`
}

// setupMW applies middleware to the router it is given.
func setupMW(r chi.Router) {
	r.Use(authMW)
}

// setupMaybe applies middleware only sometimes.
func setupMaybe(r chi.Router, on bool) {
	if on {
		r.Use(logMW)
	}
}

func later(r chi.Router) {
	r.Get("/later", getB) // want `chi route GET /later -> getB behind \[authMW\] via L62`
}

func main() {
	pub := chi.NewRouter()
	employeeRoutes(pub)
	reg(pub, "/a", getA)
	priv := chi.NewRouter()
	priv.Use(authMW)
	employeeRoutes(priv)
	reg(priv, "/b", getB)

	r := chi.NewRouter()
	setupMW(r)
	setupMaybe(r, len("x") > 0)
	later(r)

	nr := newRouter()
	http.ListenAndServe(":8080", authMW(nr))
}

// newRouter returns the router it makes.
func newRouter() *chi.Mux {
	r := chi.NewRouter()
	r.Use(logMW)
	r.Get("/n", getA) // want `chi route GET /n -> getA behind \[authMW, logMW\] via L64`
	return r
}

// Outer is not called here; inner is called only from Outer.
func Outer(r chi.Router) {
	inner(r)
}

func inner(r chi.Router) {
	r.Get("/inner", getB) // want `chi route GET /inner -> getB behind \[\] open Outer\#0 via L78`
}

// adminRoutes' value is stored: its callers are not all followed.
func adminRoutes(r chi.Router) {
	r.Get("/admin", getB) // want `chi route GET /admin -> getB behind \[\] open adminRoutes\#0`
}

var setups = []func(chi.Router){adminRoutes}

func ginAuth(c *gin.Context) { c.Next() }

type Server struct {
	router *gin.Engine
}

func (s *Server) me(c *gin.Context) {}

// NewServer keeps the router in a field; routes is followed from here.
func NewServer() *Server {
	s := &Server{router: gin.New()}
	s.router.Use(ginAuth)
	s.routes()
	return s
}

func (s *Server) routes() {
	s.router.GET("/me", s.me) // want `gin route GET /me -> me behind \[ginAuth\] via L104`
}

type API struct {
	router *gin.Engine
}

// Routes registers on a field of a value Find does not know.
func (a *API) Routes() {
	a.router.Use(ginAuth)
	a.router.GET("/api/me", ginMe) // want `gin route GET /api/me -> ginMe behind \[ginAuth\] open Routes\#-1`
}

func ginMe(c *gin.Context) {}

// Mount registers on a gin router of an interface type.
func Mount(r gin.IRouter) {
	g := r.Group("/v2", ginAuth)
	g.GET("/me", ginMe) // want `gin route GET /v2/me -> ginMe behind \[ginAuth\] open Mount\#0`
}

// EmployeeHandler has one implementation in the package.
type EmployeeHandler interface {
	Get(w http.ResponseWriter, r *http.Request)
}

type employeeHandler struct{}

func (h *employeeHandler) Get(w http.ResponseWriter, r *http.Request) {}

// Pinger has two.
type Pinger interface {
	Ping(w http.ResponseWriter, r *http.Request)
}

type pingA struct{}
type pingB struct{}

func (pingA) Ping(w http.ResponseWriter, r *http.Request) {}
func (pingB) Ping(w http.ResponseWriter, r *http.Request) {}

// Interfaces registers method values of interfaces.
func Interfaces(r chi.Router, eh EmployeeHandler, p Pinger) {
	r.Get("/iface", eh.Get) // want `chi route GET /iface -> Get behind \[\] open Interfaces\#0`
	r.Get("/ping", p.Ping)  // want `chi route GET /ping -> nil=closure behind \[\] open Interfaces\#0`
}

type Holder struct {
	r chi.Router
}

// Unknown passes employeeRoutes a router it does not know.
func (h *Holder) Unknown() {
	employeeRoutes(h.r)
}
