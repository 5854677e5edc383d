// Package mid passes the router group its caller gives on to package
// handlers, under a prefix.
package mid

import (
	"crossopen/handlers"

	"github.com/gin-gonic/gin"
)

// Mount registers the employee endpoints under /v1 of g.
func Mount(g *gin.RouterGroup, h *handlers.EmployeeHandler) {
	h.RegisterRoutes(g.Group("/v1"))
}
