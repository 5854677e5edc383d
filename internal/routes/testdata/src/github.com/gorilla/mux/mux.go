// Package mux is a stub of github.com/gorilla/mux: its routing API, with
// the real signatures.
package mux

import "net/http"

// Router is gorilla's router.
type Router struct{}

// Route is one route of a Router.
type Route struct{}

// MiddlewareFunc is a middleware.
type MiddlewareFunc func(http.Handler) http.Handler

func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Handle(path string, handler http.Handler) *Route    { return nil }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return nil
}
func (r *Router) NewRoute() *Route                 { return nil }
func (r *Router) Methods(methods ...string) *Route { return nil }
func (r *Router) Path(tpl string) *Route           { return nil }
func (r *Router) PathPrefix(tpl string) *Route     { return nil }
func (r *Router) Host(tpl string) *Route           { return nil }
func (r *Router) Name(name string) *Route          { return nil }
func (r *Router) Use(mwf ...MiddlewareFunc)        {}

func (r *Route) Handler(handler http.Handler) *Route { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route {
	return r
}
func (r *Route) Methods(methods ...string) *Route { return r }
func (r *Route) Path(tpl string) *Route           { return r }
func (r *Route) PathPrefix(tpl string) *Route     { return r }
func (r *Route) Name(name string) *Route          { return r }
func (r *Route) Subrouter() *Router               { return nil }

// Vars returns the route variables of a request.
func Vars(r *http.Request) map[string]string { return nil }
