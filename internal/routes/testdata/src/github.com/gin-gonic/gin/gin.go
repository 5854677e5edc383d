// Package gin is a stub of github.com/gin-gonic/gin: its routing API,
// with the real signatures.
package gin

import "net/http"

// Context is the context of a request.
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) Next()                   {}
func (c *Context) Param(key string) string { return "" }
func (c *Context) JSON(code int, obj any)  {}

// HandlerFunc is a handler or a middleware.
type HandlerFunc func(*Context)

// HandlersChain is a list of handlers.
type HandlersChain []HandlerFunc

// OptionFunc configures an Engine.
type OptionFunc func(*Engine)

// IRouter is a router that can make groups.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// IRoutes is what routes are registered on.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes
}

// RouterGroup is a group of routes sharing a prefix and middleware.
type RouterGroup struct {
	Handlers HandlersChain
	basePath string
	engine   *Engine
	root     bool
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}
func (group *RouterGroup) BasePath() string { return group.basePath }
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}

// Engine is the framework's router.
type Engine struct {
	RouterGroup
}

func New(opts ...OptionFunc) *Engine     { return &Engine{} }
func Default(opts ...OptionFunc) *Engine { return &Engine{} }

func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes              { return engine }
func (engine *Engine) Run(addr ...string) (err error)                     { return nil }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

// WrapF turns an http.HandlerFunc into a gin handler.
func WrapF(f http.HandlerFunc) HandlerFunc { return nil }

// WrapH turns an http.Handler into a gin handler.
func WrapH(h http.Handler) HandlerFunc { return nil }
