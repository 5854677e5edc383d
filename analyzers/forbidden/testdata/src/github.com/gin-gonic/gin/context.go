// Package gin is a stub of github.com/gin-gonic/gin: the request readers
// of Context, with their real signatures.
package gin

import (
	"mime/multipart"
	"net/http"
)

// Param is a URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params are the URL parameters of a route.
type Params []Param

// Context is the context of a request.
type Context struct {
	Request *http.Request
	Params  Params
}

func (c *Context) Param(key string) string                                { return "" }
func (c *Context) Query(key string) (value string)                        { return "" }
func (c *Context) DefaultQuery(key, defaultValue string) string           { return "" }
func (c *Context) GetQuery(key string) (string, bool)                     { return "", false }
func (c *Context) QueryArray(key string) (values []string)                { return nil }
func (c *Context) GetQueryArray(key string) (values []string, ok bool)    { return nil, false }
func (c *Context) QueryMap(key string) (dicts map[string]string)          { return nil }
func (c *Context) GetQueryMap(key string) (map[string]string, bool)       { return nil, false }
func (c *Context) PostForm(key string) (value string)                     { return "" }
func (c *Context) DefaultPostForm(key, defaultValue string) string        { return "" }
func (c *Context) GetPostForm(key string) (string, bool)                  { return "", false }
func (c *Context) PostFormArray(key string) (values []string)             { return nil }
func (c *Context) GetPostFormArray(key string) (values []string, ok bool) { return nil, false }
func (c *Context) PostFormMap(key string) (dicts map[string]string)       { return nil }
func (c *Context) GetPostFormMap(key string) (map[string]string, bool)    { return nil, false }
func (c *Context) FormFile(name string) (*multipart.FileHeader, error)    { return nil, nil }
func (c *Context) JSON(code int, obj any)                                 {}
