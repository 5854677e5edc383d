// Package guarded registers its handlers behind its own authorization,
// whatever group its caller passes.
package guarded

import (
	"net/http"

	"crossopen/handlers"

	"github.com/gin-gonic/gin"
)

// Handler serves the employee endpoints.
type Handler struct{ Repo handlers.Repo }

// Get shows an employee's name.
func (h *Handler) Get(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		return
	}
	c.JSON(http.StatusOK, gin.H{"name": e.Name})
}

// GetFull shows the whole record to managers.
func (h *Handler) GetFull(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		return
	}
	c.JSON(http.StatusOK, e) // want `Employee.Passport \(govid\) is exposed to role manager, which needs only name, phone \(Labour Code art. 88 p.5\)`
}

// RegisterRoutes puts the authorization in front of its routes itself;
// a role's need to know is checked here, once, whatever the caller adds.
func (h *Handler) RegisterRoutes(g *gin.RouterGroup) {
	g.GET("/employees/:id", handlers.Require("manager"), h.GetFull)
	g.Use(handlers.Auth())
	g.GET("/names/:id", h.Get)
}
