// Package fiber is a stub of github.com/gofiber/fiber/v2: the types an
// authorization middleware is written with.
package fiber

// Ctx is the request context of a handler.
type Ctx struct{}

// Next runs the handlers after the middleware.
func (c *Ctx) Next() error { return nil }

// Handler is a handler or middleware; fiber declares it as an alias.
type Handler = func(*Ctx) error
