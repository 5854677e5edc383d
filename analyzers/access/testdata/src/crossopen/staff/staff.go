// Package staff declares handlers only; package router registers them.
package staff

import (
	"net/http"

	"crossopen/handlers"

	"github.com/gin-gonic/gin"
)

// Handler serves the staff endpoints.
type Handler struct{ Repo handlers.Repo }

// Get shows an employee's record.
func (h *Handler) Get(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		return
	}
	c.JSON(http.StatusOK, e)
}
