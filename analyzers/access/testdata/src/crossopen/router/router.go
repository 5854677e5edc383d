// Package router registers package staff's handlers on the engine its
// caller passes.
package router

import (
	"crossopen/handlers"
	"crossopen/staff"

	"github.com/gin-gonic/gin"
)

// Setup registers the staff endpoint behind the authorization, for
// managers, and on a public group.
func Setup(r *gin.Engine, s *staff.Handler) {
	r.Group("/api", handlers.Auth()).GET("/staff/:id", s.Get)
	r.GET("/managers/staff/:id", handlers.Require("manager"), s.Get) // want `Employee.Passport \(govid\) is exposed to role manager, which needs only name, phone \(Labour Code art. 88 p.5\)`
	r.Group("/public").GET("/staff/:id", s.Get)
}
