// Package gin is a stub of github.com/gin-gonic/gin with the signatures
// of v1.12.0 that the tests use.
package gin

import "net/http"

type H map[string]any

type HandlerFunc func(*Context)

type HandlersChain []HandlerFunc

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) Param(key string) string                       { return "" }
func (c *Context) GetHeader(key string) string                   { return "" }
func (c *Context) Next()                                         {}
func (c *Context) AbortWithStatus(code int)                      {}
func (c *Context) JSON(code int, obj any)                        {}
func (c *Context) String(code int, format string, values ...any) {}
func (c *Context) HTML(code int, name string, obj any)           {}
func (c *Context) ShouldBindJSON(obj any) error                  { return nil }

type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
}

type RouterGroup struct {
	Handlers HandlersChain
	basePath string
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

type Engine struct {
	RouterGroup
}

func New() *Engine                                                        { return &Engine{} }
func Default() *Engine                                                    { return &Engine{} }
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes              { return engine }
func (engine *Engine) Run(addr ...string) error                           { return nil }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
