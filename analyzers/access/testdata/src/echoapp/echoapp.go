// Package echoapp serves employee records with echo.
package echoapp

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type User struct {
	ID    int64  `json:"id"`
	Email string `json:"email"`
	Phone string `json:"phone"`
}

// Users finds users.
type Users interface {
	User(id string) (*User, error)
}

type API struct{ Users Users }

// RequireAdmin is a middleware that asks an authorization check.
func RequireAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if !IsAdmin(c) {
			return echo.ErrForbidden
		}
		return next(c)
	}
}

// IsAdmin says whether the caller is an administrator.
//
//hrvet:authorize role=admin
func IsAdmin(c echo.Context) bool { return c.Request().Header.Get("X-Admin") == "1" }

// New registers the routes.
func New(a *API) *echo.Echo {
	e := echo.New()
	e.GET("/users/:id", a.user, RequireAdmin)
	e.GET("/open/users/:id", a.openUser)
	admin := e.Group("/admin", RequireAdmin)
	admin.GET("/users/:id", a.user)
	return e
}

func (a *API) user(c echo.Context) error {
	u, err := a.Users.User(c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, u)
}

func (a *API) openUser(c echo.Context) error {
	u, err := a.Users.User(c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, u) // want `User.Email \(email\), User.Phone \(phone\) are exposed by GET /open/users/:id \(\(\*echoapp.API\).openUser\) with no authorization check \(Labour Code art. 88 p.5\)`
}
