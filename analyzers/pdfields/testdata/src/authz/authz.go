// want package:`marks\(0 fields, 18 funcs, 0 types\)`

// Package authz declares authorization checks in every shape an HR
// service writes them: middlewares of net/http, gin, echo and fiber,
// handlers that stop the request themselves, and checks that return
// error or bool.
package authz

import (
	"context"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// RequireHR wraps a handler so that only HR gets through.
//
//hrvet:authorize role=hr
func RequireHR(next http.Handler) http.Handler { return next } // want RequireHR:`authorize\[role=hr\] middleware`

// Wrap returns the handler func behind a check.
//
//hrvet:authorize role=payroll
func Wrap(h http.HandlerFunc) http.HandlerFunc { return h } // want Wrap:`authorize\[role=payroll\] middleware`

// Guard returns an http.Handler, an interface.
//
//hrvet:authorize
func Guard(role string) http.Handler { return nil } // want Guard:`authorize middleware`

// Deny writes 403 itself: it is a handler.
//
//hrvet:authorize role=hr
func Deny(w http.ResponseWriter, r *http.Request) {} // want Deny:`authorize\[role=hr\] middleware`

// GinHR is a gin middleware that aborts the request itself.
//
//hrvet:authorize role=hr
func GinHR(c *gin.Context) { c.Next() } // want GinHR:`authorize\[role=hr\] middleware`

// GinRole returns a gin middleware for the role its argument names.
//
//hrvet:authorize
func GinRole(role string) gin.HandlerFunc { return nil } // want GinRole:`authorize middleware`

// CanSee is a check its caller acts on, though it takes the gin context.
//
//hrvet:authorize role=manager
func CanSee(c *gin.Context, role string) bool { return role != "" } // want CanSee:`authorize\[role=manager\] bool`

// EchoManager wraps an echo handler.
//
//hrvet:authorize role=manager
func EchoManager(next echo.HandlerFunc) echo.HandlerFunc { return next } // want EchoManager:`authorize\[role=manager\] middleware`

// EchoMiddleware returns an echo middleware.
//
//hrvet:authorize
func EchoMiddleware() echo.MiddlewareFunc { return nil } // want EchoMiddleware:`authorize middleware`

// EchoGuard has the shape of an echo handler: its error is the request's.
//
//hrvet:authorize role=hr
func EchoGuard(c echo.Context) error { return nil } // want EchoGuard:`authorize\[role=hr\] middleware`

// EchoCheck takes the echo context and more: a check that answers error.
//
//hrvet:authorize
func EchoCheck(c echo.Context, role string) error { return nil } // want EchoCheck:`authorize error`

// FiberGuard has the shape of a fiber handler.
//
//hrvet:authorize role=hr
func FiberGuard(c *fiber.Ctx) error { return c.Next() } // want FiberGuard:`authorize\[role=hr\] middleware`

// FiberRole returns a fiber handler, declared as an alias of a func type.
//
//hrvet:authorize
func FiberRole(role string) fiber.Handler { return nil } // want FiberRole:`authorize middleware`

// Check returns nil when the user may act in the role.
//
//hrvet:authorize
func Check(ctx context.Context, userID int64, role string) error { // want Check:`authorize error`
	if role == "" {
		return errors.New("forbidden")
	}
	return nil
}

// Verdict is a named bool.
type Verdict bool

// Judge answers with a named bool.
//
//hrvet:authorize role=hr
func Judge(userID int64) Verdict { return userID > 0 } // want Judge:`authorize\[role=hr\] bool`

// Auth holds the access rules.
type Auth struct{}

// Allowed is a method check.
//
//hrvet:authorize role=payroll
func (a *Auth) Allowed(userID int64) bool { return userID > 0 } // want Allowed:`authorize\[role=payroll\] bool`

// WriteJSON is the service's response helper, declared an expose sink;
// taking a ResponseWriter does not make it an authorization check.
//
//hrvet:sink expose
func WriteJSON(w http.ResponseWriter, v any) {} // want WriteJSON:`sink\(expose\)`

// PortalCheck is both a check and, through its sink, a response helper.
//
//hrvet:authorize role=hr
//hrvet:sink expose purpose=portal
func PortalCheck(w http.ResponseWriter, v any) bool { return v != nil } // want PortalCheck:`sink\(expose\)\[purpose=portal\]; authorize\[role=hr\] bool`

// RoleOf cannot say whether the caller may proceed.
//
// want +2 `//hrvet:authorize on RoleOf, which neither returns error or bool as its last result nor is or returns a middleware; an authorization check must say whether the caller may proceed`
//
//hrvet:authorize
func RoleOf(userID int64) string { return "hr" }

// Log returns nothing and takes no request.
//
// want +2 `//hrvet:authorize on Log, which neither returns error or bool`
//
//hrvet:authorize role=hr
func Log(userID int64) {}

// Empty has an empty role.
//
// want +2 `empty role in //hrvet:authorize; write role=<r>, e.g. role=hr, or leave it out`
//
//hrvet:authorize role=
func Empty() bool { return false }

// Policy is an interface: authorize does not go on its methods.
type Policy interface {
	// want +1 `//hrvet:authorize does not apply to an interface method; put it on a func or method`
	//hrvet:authorize
	Allows(userID int64) bool
}
