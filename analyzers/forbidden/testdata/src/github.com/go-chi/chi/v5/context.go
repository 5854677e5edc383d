// Package chi is a stub of github.com/go-chi/chi/v5: its URL parameter
// readers, with their real signatures.
package chi

import (
	"context"
	"net/http"
)

// Context is the routing context of a request.
type Context struct{}

// URLParam returns the value of a URL parameter of the route.
func (x *Context) URLParam(key string) string { return "" }

// RouteContext returns the routing context of a request.
func RouteContext(ctx context.Context) *Context { return nil }

// URLParam returns the value of a URL parameter of the request.
func URLParam(r *http.Request, key string) string { return "" }

// URLParamFromCtx returns the value of a URL parameter from a request's
// context.
func URLParamFromCtx(ctx context.Context, key string) string { return "" }
