package pdfields

import (
	"go/types"
)

// middlewareResult is the FuncFact.AuthorizeResult of a middleware or a
// handler, besides "error" and "bool", which a consent check has too.
const middlewareResult = "middleware"

// AuthorizeResult says how an authorization check (//hrvet:authorize,
// authorize: in the config) tells whether the caller may proceed:
//
//   - "middleware" when fn is a request handler that stops the request
//     itself: it takes a *gin.Context, an echo.Context, a *fiber.Ctx or
//     an http.ResponseWriter (a gin func RequireHR(c *gin.Context)), or
//     when its last result is a middleware or a handler: a func type,
//     named or not (func(http.Handler) http.Handler, http.HandlerFunc,
//     gin.HandlerFunc, echo.MiddlewareFunc, fiber.Handler), or the
//     interface net/http.Handler;
//   - "error" or "bool" when its last result is of that type (nil or
//     true means allowed), as for a consent check;
//   - "" when it is none of these, and cannot be an authorization check.
//
// A func that takes a request context and returns bool or error is a
// check its caller acts on (if !CanSee(c, "hr") { c.AbortWithStatus(403) })
// and gets "bool" or "error", except an echo or fiber handler, whose
// shape is func(echo.Context) error or func(*fiber.Ctx) error: its error
// is the request's, not an answer, so it gets "middleware". The
// frameworks' types are matched by package path and name, so hrvet does
// not depend on them.
func AuthorizeResult(fn *types.Func) string {
	sig := fn.Signature()
	handler := takesRequest(sig)
	if handler && isErrorHandler(sig) {
		return middlewareResult
	}
	if r := consentResult(fn); r != "" {
		return r
	}
	if handler || returnsMiddleware(sig) {
		return middlewareResult
	}
	return ""
}

// typeName is a named type, by its package path and name.
type typeName struct {
	pkg, name string
	pointer   bool // the parameter is a pointer to the type
}

// The request contexts of the web frameworks, and net/http's response.
var (
	ginContext     = typeName{"github.com/gin-gonic/gin", "Context", true}
	echoContext    = typeName{"github.com/labstack/echo/v4", "Context", false}
	fiberCtx       = typeName{"github.com/gofiber/fiber/v2", "Ctx", true}
	responseWriter = typeName{"net/http", "ResponseWriter", false}
	httpHandler    = typeName{"net/http", "Handler", false}
)

// requestParams are the parameter types that make a function a request
// handler.
var requestParams = []typeName{ginContext, echoContext, fiberCtx, responseWriter}

// errorHandlerParams are the request contexts of the frameworks whose
// handlers return an error.
var errorHandlerParams = []typeName{echoContext, fiberCtx}

func (n typeName) is(t types.Type) bool {
	if n.pointer {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return false
		}
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := named.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == n.pkg && obj.Name() == n.name
}

func anyIs(names []typeName, t types.Type) bool {
	for _, n := range names {
		if n.is(t) {
			return true
		}
	}
	return false
}

// takesRequest reports whether a parameter of sig is a request context or
// an http.ResponseWriter.
func takesRequest(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if anyIs(requestParams, v.Type()) {
			return true
		}
	}
	return false
}

// isErrorHandler reports whether sig is func(echo.Context) error or
// func(*fiber.Ctx) error.
func isErrorHandler(sig *types.Signature) bool {
	params, results := sig.Params(), sig.Results()
	return params.Len() == 1 && anyIs(errorHandlerParams, params.At(0).Type()) &&
		results.Len() == 1 && types.Identical(results.At(0).Type(), types.Universe.Lookup("error").Type())
}

// returnsMiddleware reports whether sig's last result is a func type or
// net/http.Handler.
func returnsMiddleware(sig *types.Signature) bool {
	res := sig.Results()
	if res.Len() == 0 {
		return false
	}
	last := res.At(res.Len() - 1).Type()
	if _, ok := last.Underlying().(*types.Signature); ok {
		return true
	}
	return httpHandler.is(last)
}
