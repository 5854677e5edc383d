// Package mount registers routes on routers its callers pass.
package mount

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

// Employees serves the employee endpoints.
type Employees struct{}

func (h *Employees) Get(c *gin.Context) {}

// RegisterRoutes registers the endpoints on the group it is given.
func (h *Employees) RegisterRoutes(g *gin.RouterGroup) { g.GET("/employees/:id", h.Get) }

// Gin registers on a gin router of any kind.
func Gin(r gin.IRouter) {}

// Echo, Chi, Fiber, Gorilla and Mux register on the other frameworks'.
func Echo(g *echo.Group)        {}
func Chi(r chi.Router)          {}
func Fiber(r fiber.Router)      {}
func Gorilla(r *mux.Router)     {}
func Mux(m *http.ServeMux)      {}
func Two(a, b *gin.RouterGroup) {}

// Name takes no router.
func Name(s string) {}
