package forbidden

import (
	"fmt"
	"go/ast"
	"go/types"
	"sync"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/classify"
	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// What a key read from a request names.
const (
	formField  = "form field"
	queryParam = "query parameter"
	pathParam  = "path parameter"
	upload     = "uploaded file"
)

// accessor is a function that reads one value from a request by key.
type accessor struct {
	kind string
	arg  int // index of the key argument
}

// accessors are the request readers of net/http and of the gin, echo, chi
// and fiber frameworks, by types.Func.FullName. url.Values.Get and indexing
// are handled apart, since they read a request only when the values come
// from one.
var accessors = map[string]accessor{
	"(*net/http.Request).FormValue":     {formField, 0},
	"(*net/http.Request).PostFormValue": {formField, 0},
	"(*net/http.Request).FormFile":      {upload, 0},

	"(*github.com/gin-gonic/gin.Context).Query":            {queryParam, 0},
	"(*github.com/gin-gonic/gin.Context).DefaultQuery":     {queryParam, 0},
	"(*github.com/gin-gonic/gin.Context).GetQuery":         {queryParam, 0},
	"(*github.com/gin-gonic/gin.Context).QueryArray":       {queryParam, 0},
	"(*github.com/gin-gonic/gin.Context).GetQueryArray":    {queryParam, 0},
	"(*github.com/gin-gonic/gin.Context).QueryMap":         {queryParam, 0},
	"(*github.com/gin-gonic/gin.Context).GetQueryMap":      {queryParam, 0},
	"(*github.com/gin-gonic/gin.Context).PostForm":         {formField, 0},
	"(*github.com/gin-gonic/gin.Context).DefaultPostForm":  {formField, 0},
	"(*github.com/gin-gonic/gin.Context).GetPostForm":      {formField, 0},
	"(*github.com/gin-gonic/gin.Context).PostFormArray":    {formField, 0},
	"(*github.com/gin-gonic/gin.Context).GetPostFormArray": {formField, 0},
	"(*github.com/gin-gonic/gin.Context).PostFormMap":      {formField, 0},
	"(*github.com/gin-gonic/gin.Context).GetPostFormMap":   {formField, 0},
	"(*github.com/gin-gonic/gin.Context).FormFile":         {upload, 0},
	"(*github.com/gin-gonic/gin.Context).Param":            {pathParam, 0},

	"(github.com/labstack/echo/v4.Context).QueryParam": {queryParam, 0},
	"(github.com/labstack/echo/v4.Context).FormValue":  {formField, 0},
	"(github.com/labstack/echo/v4.Context).FormFile":   {upload, 0},
	"(github.com/labstack/echo/v4.Context).Param":      {pathParam, 0},

	"github.com/go-chi/chi/v5.URLParam":             {pathParam, 1},
	"github.com/go-chi/chi/v5.URLParamFromCtx":      {pathParam, 1},
	"(*github.com/go-chi/chi/v5.Context).URLParam":  {pathParam, 0},
	"(*github.com/gofiber/fiber/v2.Ctx).Query":      {queryParam, 0},
	"(*github.com/gofiber/fiber/v2.Ctx).QueryInt":   {queryParam, 0},
	"(*github.com/gofiber/fiber/v2.Ctx).QueryBool":  {queryParam, 0},
	"(*github.com/gofiber/fiber/v2.Ctx).QueryFloat": {queryParam, 0},
	"(*github.com/gofiber/fiber/v2.Ctx).FormValue":  {formField, 0},
	"(*github.com/gofiber/fiber/v2.Ctx).FormFile":   {upload, 0},
	"(*github.com/gofiber/fiber/v2.Ctx).Params":     {pathParam, 0},
	"(*github.com/gofiber/fiber/v2.Ctx).ParamsInt":  {pathParam, 0},
}

// valuesSources are the calls whose result holds a request's keyed values.
var valuesSources = map[string]string{
	"(*net/url.URL).Query":                              queryParam,
	"(github.com/labstack/echo/v4.Context).QueryParams": queryParam,
	"(github.com/labstack/echo/v4.Context).FormParams":  formField,
}

// valuesFields are the struct fields that hold a request's keyed values.
var valuesFields = map[string]string{
	"net/http.Request.Form":     formField,
	"net/http.Request.PostForm": formField,
	"mime/multipart.Form.Value": formField,
	"mime/multipart.Form.File":  upload,
}

// requestPackages are the import paths of the functions in accessors
// and valuesSources, and of url.Values: a call of any other package's
// function is turned away before its full name, a new string, is built.
var requestPackages = sync.OnceValue(func() map[string]bool {
	paths := map[string]bool{"net/url": true}
	for name := range accessors {
		paths[sinks.PackageOf(name)] = true
	}
	for name := range valuesSources {
		paths[sinks.PackageOf(name)] = true
	}
	return paths
})

// readsRequest reports whether fn may be one of the request readers.
func readsRequest(fn *types.Func) bool {
	return fn.Pkg() != nil && requestPackages()[fn.Pkg().Path()]
}

// checkCollectCall reports a call that reads a request value under a
// constant key naming a forbidden or unbased special category.
func (c *checker) checkCollectCall(call *ast.CallExpr, fn *types.Func, stack []ast.Node) {
	if !readsRequest(fn) {
		return
	}
	name := fn.Origin().FullName()
	if a, ok := accessors[name]; ok {
		if a.arg < len(call.Args) {
			c.checkKey(call, a.kind, call.Args[a.arg], stack)
		}
		return
	}
	if name != "(net/url.Values).Get" || len(call.Args) != 1 {
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if kind, ok := c.requestValues(sel.X, 0); ok {
			c.checkKey(call, kind, call.Args[0], stack)
		}
	}
}

// checkCollectIndex reports r.Form["key"], r.URL.Query()["key"] and the
// like.
func (c *checker) checkCollectIndex(ix *ast.IndexExpr, stack []ast.Node) {
	if kind, ok := c.requestValues(ix.X, 0); ok {
		c.checkKey(ix, kind, ix.Index, stack)
	}
}

func (c *checker) checkKey(at ast.Expr, kind string, keyExpr ast.Expr, stack []ast.Node) {
	key, ok := c.constString(keyExpr)
	if !ok {
		return
	}
	m, ok := classify.Name(key, false)
	if !ok {
		return
	}
	if m.Category.Class() == annotations.Personal || !reportable(m.Category, c.basisAt(stack)) {
		return
	}
	remove := "remove the parameter"
	switch kind {
	case formField:
		remove = "remove the field from the form"
	case upload:
		remove = "remove the upload"
	}
	s := subject{what: fmt.Sprintf("%s %q", kind, key), remove: remove, where: "on the handler or statement that reads it"}
	c.rep.Report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Message: message(s, m.Category)})
}

// maxAssignDepth bounds how far requestValues follows local variables.
const maxAssignDepth = 4

// requestValues reports whether e holds the keyed values of a request (its
// query, its form), and which.
func (c *checker) requestValues(e ast.Expr, depth int) (string, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(c.pass.TypesInfo, e).(*types.Func); ok && readsRequest(fn) {
			kind, ok := valuesSources[fn.Origin().FullName()]
			return kind, ok
		}
	case *ast.SelectorExpr:
		sel := c.pass.TypesInfo.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return "", false
		}
		recv := sel.Recv()
		if p, ok := recv.Underlying().(*types.Pointer); ok {
			recv = p.Elem()
		}
		named, ok := types.Unalias(recv).(*types.Named)
		if !ok || named.Obj().Pkg() == nil {
			return "", false
		}
		kind := valuesFields[named.Obj().Pkg().Path()+"."+named.Obj().Name()+"."+sel.Obj().Name()]
		return kind, kind != ""
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || depth >= maxAssignDepth {
			return "", false
		}
		values := c.indexed().assigned[v]
		if len(values) == 0 {
			return "", false
		}
		var kind string
		for _, val := range values {
			if val == nil {
				return "", false // the second result of a call
			}
			k, ok := c.requestValues(val, depth+1)
			if !ok {
				return "", false // assigned something else too
			}
			kind = k
		}
		return kind, true
	}
	return "", false
}
