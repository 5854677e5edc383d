// Package routerargs passes routers to another package's functions.
package routerargs

import (
	"auth"
	"net/http"
	"routerargs/mount"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

func ginAuth(c *gin.Context)                          { c.Next() }
func ginLog(c *gin.Context)                           { c.Next() }
func echoAuth(next echo.HandlerFunc) echo.HandlerFunc { return next }
func fiberAuth(c *fiber.Ctx) error                    { return c.Next() }
func authMW(next http.Handler) http.Handler           { return next }

func main() {
	h := &mount.Employees{}
	r := gin.New()
	r.Use(ginLog)
	api := r.Group("/api", ginAuth)
	h.RegisterRoutes(api)               // want `gin router arg RegisterRoutes#1 prefix "/api" behind \[ginLog, ginAuth\]`
	h.RegisterRoutes(r.Group("public")) // want `gin router arg RegisterRoutes#1 prefix "/public" behind \[ginLog\]`
	reg := h.RegisterRoutes
	reg(r.Group("/v2"))            // want `gin router arg RegisterRoutes#1 prefix "/v2" behind \[ginLog\]`
	mount.Gin(r)                   // want `gin router arg Gin#0 prefix "" behind \[ginLog\]`
	mount.Gin(api)                 // want `gin router arg Gin#0 prefix "/api" behind \[ginLog, ginAuth\]`
	mount.Two(api, &r.RouterGroup) // want `gin router arg Two#0 prefix "/api" behind \[ginLog, ginAuth\]` `gin router arg Two#1 prefix "" behind \[ginLog\]`
	mount.Name("x")
	local(api)
	r.Use(ginAuth) // after the calls: it counts for none of them

	e := echo.New()
	g := e.Group("/e")
	mount.Echo(g)   // want `echo router arg Echo#0 prefix "/e" behind \[echoAuth\]`
	e.Use(echoAuth) // echo's Use on the Echo applies to every route

	c := chi.NewRouter()
	c.Use(authMW)
	mount.Chi(c.With(auth.Session)) // want `chi router arg Chi#0 prefix "" behind \[authMW, Session\]`
	c.Route("/sub", func(sr chi.Router) {
		mount.Chi(sr) // want `chi router arg Chi#0 prefix "/sub" behind \[authMW\]`
	})

	f := fiber.New()
	mount.Fiber(f.Group("/f", fiberAuth)) // want `fiber router arg Fiber#0 prefix "/f" behind \[fiberAuth\]`

	m := mux.NewRouter()
	mount.Gorilla(m.Methods("GET").Subrouter()) // want `gorilla/mux router arg Gorilla#0 GET prefix "" behind \[\]`

	sm := http.NewServeMux()
	mount.Mux(sm) // want `net/http router arg Mux#0 prefix "" behind \[authMW\]`
	http.ListenAndServe(":8080", authMW(sm))
}

// local is the package's own: the call of it is followed, not listed.
func local(g *gin.RouterGroup) {
	g.Use(ginAuth)
	mount.Gin(g) // want `gin router arg Gin#0 prefix "/api" behind \[ginLog, ginAuth, ginAuth\] via L35`
}

// Setup is not called here: the router it is given is open.
func Setup(r *gin.Engine, prefix string) {
	mount.Gin(r.Group(prefix + "/x")) // want `gin router arg Gin#0 prefix "…/x" behind \[\] open Setup#0`
}

// server's routes passes a router of a field it does not store.
type server struct{ r *gin.Engine }

func (s *server) routes() {
	mount.Gin(s.r) // want `gin router arg Gin#0 prefix "" behind \[\] open routes#-1`
}

// registrar is called through an interface: not listed.
type registrar interface{ RegisterRoutes(g *gin.RouterGroup) }

func viaInterface(x registrar, g *gin.RouterGroup) {
	x.RegisterRoutes(g)
}
