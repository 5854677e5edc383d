// Package fiber is a stub of github.com/gofiber/fiber/v2: the request
// readers of Ctx, with their real signatures.
package fiber

import "mime/multipart"

// Ctx is the context of a request.
type Ctx struct{}

func (c *Ctx) Query(key string, defaultValue ...string) string        { return "" }
func (c *Ctx) QueryInt(key string, defaultValue ...int) int           { return 0 }
func (c *Ctx) QueryBool(key string, defaultValue ...bool) bool        { return false }
func (c *Ctx) QueryFloat(key string, defaultValue ...float64) float64 { return 0 }
func (c *Ctx) FormValue(key string, defaultValue ...string) string    { return "" }
func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error)     { return nil, nil }
func (c *Ctx) Params(key string, defaultValue ...string) string       { return "" }
func (c *Ctx) ParamsInt(key string, defaultValue ...int) (int, error) { return 0, nil }
func (c *Ctx) Get(key string, defaultValue ...string) string          { return "" }
func (c *Ctx) SendString(body string) error                           { return nil }
