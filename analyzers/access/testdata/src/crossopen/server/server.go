// Package server passes router groups to the handler packages, which
// register their routes on them.
package server

import (
	"crossopen/guarded"
	"crossopen/handlers"
	"crossopen/mid"
	"crossopen/router"
	"crossopen/staff"

	"github.com/gin-gonic/gin"
)

// New registers the employee endpoints behind the authorization, and
// again on a public group.
func New(h *handlers.EmployeeHandler, gh *guarded.Handler) *gin.Engine {
	r := gin.New()
	api := r.Group("/api", handlers.Auth())
	h.RegisterRoutes(api)
	h.RegisterRoutes(r.Group("/public")) // want `Employee.Name \(name\), Employee.Passport \(govid\), Employee.Phone \(phone\) are exposed by GET /public/employees/:id \(\(\*crossopen/handlers.EmployeeHandler\).Get\) with no authorization check \(Labour Code art. 88 p.5\)`
	gh.RegisterRoutes(r.Group("/open"))
	h.RegisterRoutes(r.Group("/managers", handlers.Require("manager"))) // want `Employee.Passport \(govid\) is exposed to role manager, which needs only name, phone \(Labour Code art. 88 p.5\)`
	return r
}

// Legacy goes through package mid, which adds /v1.
func Legacy(h *handlers.EmployeeHandler) *gin.Engine {
	r := gin.New()
	mid.Mount(r.Group("/legacy", handlers.Auth()), h)
	mid.Mount(r.Group("/legacy-public"), h) // want `Employee.Name \(name\), Employee.Passport \(govid\), Employee.Phone \(phone\) are exposed by GET /legacy-public/v1/employees/:id \(\(\*crossopen/handlers.EmployeeHandler\).Get\) with no authorization check \(Labour Code art. 88 p.5\)`
	return r
}

// Staff lets package router register on its engine.
func Staff(s *staff.Handler) *gin.Engine {
	r := gin.New()
	router.Setup(r, s) // want `Employee.Name \(name\), Employee.Passport \(govid\), Employee.Phone \(phone\) are exposed by GET /public/staff/:id \(\(\*crossopen/staff.Handler\).Get\) with no authorization check \(Labour Code art. 88 p.5\)`
	return r
}

// Guarded passes package router an engine behind the authorization.
func Guarded(s *staff.Handler) *gin.Engine {
	r := gin.New()
	r.Use(handlers.Auth())
	router.Setup(r, s)
	return r
}
