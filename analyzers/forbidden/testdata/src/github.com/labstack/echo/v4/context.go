// Package echo is a stub of github.com/labstack/echo/v4: the request
// readers of Context, with their real signatures.
package echo

import (
	"mime/multipart"
	"net/http"
	"net/url"
)

// Context is the context of a request.
type Context interface {
	Request() *http.Request
	Param(name string) string
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	String(code int, s string) error
}
