// Package ginapp serves employee records with gin: routes behind a
// group's middleware, behind Use, with middleware in the route, and
// without any.
package ginapp

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Employee struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Phone    string `json:"phone"`
	Passport string `json:"passport"`
	Salary   int64  `json:"salary" pd:"pay"`
}

// Repo finds employees.
type Repo interface {
	Employee(id string) (*Employee, error)
}

// Handler serves the employee endpoints.
type Handler struct{ Repo Repo }

// Require returns a middleware that lets only callers of role through.
//
//hrvet:authorize
func Require(role string) gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

// Logger is a middleware that authorises nothing.
func Logger() gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

// NewRouter registers the endpoints.
func NewRouter(h *Handler) *gin.Engine {
	r := gin.New()
	r.Use(Logger())
	r.GET("/open/:id", h.open)
	r.GET("/inline/:id", Require("hr"), h.inline)

	hr := r.Group("/hr", Require("hr"))
	hr.GET("/employees/:id", h.full)

	api := r.Group("/api")
	api.GET("/early/:id", h.early)
	api.Use(Require("manager"))
	api.GET("/staff/:id", h.staff)
	return r
}

func (h *Handler) open(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, nil)
		return
	}
	c.JSON(http.StatusOK, e) // want `Employee.Name \(name\), Employee.Passport \(govid\), Employee.Phone \(phone\), Employee.Salary \(pay\) are exposed by GET /open/:id \(\(\*ginapp.Handler\).open\) with no authorization check \(Labour Code art. 88 p.5\)`
}

func (h *Handler) inline(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		return
	}
	c.JSON(http.StatusOK, e)
}

func (h *Handler) full(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		return
	}
	c.JSON(http.StatusOK, e)
}

// early is registered before the group's Use: no authorization.
func (h *Handler) early(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		return
	}
	c.String(http.StatusOK, "%s", e.Phone) // want `Employee.Phone \(phone\) is exposed by GET /api/early/:id \(\(\*ginapp.Handler\).early\) with no authorization check`
}

func (h *Handler) staff(c *gin.Context) {
	e, err := h.Repo.Employee(c.Param("id"))
	if err != nil {
		return
	}
	c.JSON(http.StatusOK, gin.H{"name": e.Name, "phone": e.Phone})
}
