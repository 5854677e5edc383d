// Package gin is a stub of github.com/gin-gonic/gin: the types an
// authorization middleware is written with.
package gin

// Context is the request context of a handler.
type Context struct{}

// AbortWithStatus stops the request.
func (c *Context) AbortWithStatus(code int) {}

// Next runs the handlers after the middleware.
func (c *Context) Next() {}

// HandlerFunc is a handler or middleware.
type HandlerFunc func(*Context)
