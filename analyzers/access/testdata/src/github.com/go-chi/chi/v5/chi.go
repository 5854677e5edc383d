// Package chi is a stub of github.com/go-chi/chi/v5: its routing API,
// with the real signatures.
package chi

import "net/http"

// Router is a chi router.
type Router interface {
	http.Handler
	Routes

	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method, pattern string, h http.Handler)
	MethodFunc(method, pattern string, h http.HandlerFunc)
	Connect(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Head(pattern string, h http.HandlerFunc)
	Options(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Trace(pattern string, h http.HandlerFunc)
	NotFound(h http.HandlerFunc)
	MethodNotAllowed(h http.HandlerFunc)
}

// Routes is a router whose routes can be listed.
type Routes interface {
	Middlewares() Middlewares
}

// Middlewares is a list of middleware.
type Middlewares []func(http.Handler) http.Handler

// Chain returns a list of middleware.
func Chain(middlewares ...func(http.Handler) http.Handler) Middlewares { return nil }

func (mws Middlewares) Handler(h http.Handler) http.Handler         { return h }
func (mws Middlewares) HandlerFunc(h http.HandlerFunc) http.Handler { return h }

// Mux is chi's router.
type Mux struct{}

func NewRouter() *Mux { return &Mux{} }
func NewMux() *Mux    { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)              {}
func (mx *Mux) Middlewares() Middlewares                                      { return nil }
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler)            {}
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router    { return mx }
func (mx *Mux) Group(fn func(r Router)) Router                                { return mx }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router                { return mx }
func (mx *Mux) Mount(pattern string, handler http.Handler)                    {}
func (mx *Mux) Handle(pattern string, handler http.Handler)                   {}
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc)         {}
func (mx *Mux) Method(method, pattern string, handler http.Handler)           {}
func (mx *Mux) MethodFunc(method, pattern string, handlerFn http.HandlerFunc) {}
func (mx *Mux) Connect(pattern string, handlerFn http.HandlerFunc)            {}
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc)             {}
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)                {}
func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc)               {}
func (mx *Mux) Options(pattern string, handlerFn http.HandlerFunc)            {}
func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc)              {}
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)               {}
func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc)                {}
func (mx *Mux) Trace(pattern string, handlerFn http.HandlerFunc)              {}
func (mx *Mux) NotFound(handlerFn http.HandlerFunc)                           {}
func (mx *Mux) MethodNotAllowed(handlerFn http.HandlerFunc)                   {}
