// Package server registers the handlers of package handlers.
package server

import (
	"crosspkg/handlers"

	"github.com/gin-gonic/gin"
)

// New registers the employee endpoint twice: behind the authorization
// and without it.
func New(h *handlers.Employees) *gin.Engine {
	r := gin.New()
	authed := r.Group("/api", handlers.Auth())
	authed.GET("/employees/:id", h.Get)
	r.GET("/public/employees/:id", h.Get) // want `Employee.Name \(name\), Employee.Phone \(phone\) are exposed by GET /public/employees/:id \(\(\*crosspkg/handlers.Employees\).Get\) with no authorization check \(Labour Code art. 88 p.5\)`
	return r
}
