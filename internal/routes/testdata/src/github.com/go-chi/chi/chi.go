// Package chi is a stub of github.com/go-chi/chi before v5: the little
// of its routing API the tests use, with the real signatures.
package chi

import "net/http"

// Router is a chi router.
type Router interface {
	http.Handler
	Use(middlewares ...func(http.Handler) http.Handler)
	Get(pattern string, h http.HandlerFunc)
}

// Mux is chi's router.
type Mux struct{}

func NewRouter() *Mux { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)   {}
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler) {}
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)     {}
