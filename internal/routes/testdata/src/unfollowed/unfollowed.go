// Package unfollowed takes handlers' values where they cannot be
// followed to a registration.
package unfollowed

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func getA(w http.ResponseWriter, r *http.Request)  {}
func getB(w http.ResponseWriter, r *http.Request)  {}
func getC(w http.ResponseWriter, r *http.Request)  {}
func getD(w http.ResponseWriter, r *http.Request)  {}
func getE(w http.ResponseWriter, r *http.Request)  {}
func getF(w http.ResponseWriter, r *http.Request)  {}
func getG(w http.ResponseWriter, r *http.Request)  {}
func getOK(w http.ResponseWriter, r *http.Request) {}

// authMW's closure is the middleware's body, not a handler.
func authMW(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

// requireRole's closure is followed where the factory's result is used.
func requireRole(role string) gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

// unusedRole is never used; its closure calls Next, so it is a
// middleware, not a handler left unregistered.
func unusedRole(role string) gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

func handlers() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{"/a": getA} // want `unfollowed getA: stored in a map`
}

// registerAll registers its handlers in a loop.
func registerAll(r chi.Router, hs ...http.HandlerFunc) {
	for _, h := range hs {
		r.Get("/", h) // want `chi route GET / -> nil=\*ssa\.UnOp behind \[\] via L66`
	}
}

// factory is not called.
func factory() http.HandlerFunc {
	return getD // want `unfollowed getD: returned`
}

type holder struct {
	h http.HandlerFunc
}

type Server struct{}

func (s *Server) show(w http.ResponseWriter, r *http.Request) {}

func main() {
	r := chi.NewRouter()
	r.Get("/ok", getOK)              // want `chi route GET /ok -> getOK behind \[\]`
	registerAll(r, getB, getC)       // want `unfollowed getB: passed to registerAll` `unfollowed getC: passed to registerAll`
	list := []http.HandlerFunc{getE} // want `unfollowed getE: stored in a slice`
	_ = list
	ch := make(chan http.HandlerFunc, 1)
	ch <- getF // want `unfollowed getF: sent on a channel`
	var x holder
	x.h = getG // want `unfollowed getG: stored in a struct field`
	_ = x
	s := &Server{}
	go serveLater(s.show) // want `unfollowed show: passed to serveLater`
	g := gin.New()
	g.Use(requireRole("hr"))
}

func serveLater(h http.HandlerFunc) {}
