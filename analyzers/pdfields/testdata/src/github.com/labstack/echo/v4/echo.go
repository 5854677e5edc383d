// Package echo is a stub of github.com/labstack/echo/v4: the types an
// authorization middleware is written with.
package echo

// Context is the request context of a handler.
type Context interface {
	Get(key string) any
}

// HandlerFunc is a handler.
type HandlerFunc func(c Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc
