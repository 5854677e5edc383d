// Package app imports package api only: RegisterRoutes is api's
// Server's, promoted from package handlers.
package app

import (
	"crossopen/api"

	"github.com/gin-gonic/gin"
)

// Run registers the promoted RegisterRoutes on a public group.
func Run(s *api.Server) {
	r := gin.New()
	s.RegisterRoutes(r.Group("/app")) // want `are exposed by GET /app/employees/:id \(\(\*crossopen/handlers.EmployeeHandler\).Get\) with no authorization check`
}
