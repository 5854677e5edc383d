// Package ginapp registers handlers with gin.
package ginapp

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func authRequired(c *gin.Context)  { c.Next() }
func logger(c *gin.Context)        { c.Next() }
func audit(c *gin.Context)         { c.Next() }
func getEmployee(c *gin.Context)   {}
func listEmployees(c *gin.Context) {}

func requireRole(role string) gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

func netAuth(next http.HandlerFunc) http.HandlerFunc { return next }

func netHandler(w http.ResponseWriter, r *http.Request) {}

type Server struct{}

func (s *Server) getPayslip(c *gin.Context) {}

func routes() {
	r := gin.Default()
	r.GET("/public", listEmployees) // want `gin route GET /public -> listEmployees behind \[\]`
	r.Use(logger)
	r.GET("/employees/:id", authRequired, getEmployee) // want `gin route GET /employees/:id -> getEmployee behind \[logger, authRequired\]`
	hr := r.Group("/hr", requireRole("hr"))
	{
		hr.GET("/employees", listEmployees) // want `gin route GET /hr/employees -> listEmployees behind \[logger, requireRole\(\)\]`
		admin := hr.Group("/admin")
		admin.Use(authRequired)
		admin.POST("/salary", audit, getEmployee) // want `gin route POST /hr/admin/salary -> getEmployee behind \[logger, requireRole\(\), authRequired, audit\]`
	}
	hr.Use(authRequired)
	hr.DELETE("/employees/:id", getEmployee) // want `gin route DELETE /hr/employees/:id -> getEmployee behind \[logger, requireRole\(\), authRequired\]`
	s := &Server{}
	r.Handle("PATCH", "/payslips/:id", s.getPayslip)        // want `gin route PATCH /payslips/:id -> getPayslip behind \[logger\]`
	r.Any("/any", getEmployee)                              // want `gin route ANY /any -> getEmployee behind \[logger\]`
	r.Match([]string{"GET", "POST"}, "/match", getEmployee) // want `gin route GET,POST /match -> getEmployee behind \[logger\]`
	r.GET("/wrapped", gin.WrapF(netAuth(netHandler)))       // want `gin route GET /wrapped -> netHandler behind \[logger, netAuth\]`
	r.Use(audit).GET("/chained", getEmployee)               // want `gin route GET /chained -> getEmployee behind \[logger, audit\]`
	v1 := r.Group("v1")
	v1.PUT("", getEmployee)  // want `gin route PUT /v1 -> getEmployee behind \[logger, audit\]`
	v1.PUT("/", getEmployee) // want `gin route PUT /v1/ -> getEmployee behind \[logger, audit\]`
	r.Run()
}

// routesVar passes handlers in a slice with "...".
func routesVar() {
	r := gin.New()
	chain := []gin.HandlerFunc{authRequired, getEmployee}
	r.GET("/var", chain...) // want `gin route GET /var -> getEmployee behind \[authRequired\]`
	mw := requireRole("admin")
	r.Use(mw)
	r.HEAD("/head", func(c *gin.Context) {}) // want `gin route HEAD /head -> routesVar\$1 behind \[requireRole\(\)\]`
}

// withAudit wraps a gin handler.
func withAudit(next gin.HandlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) { next(c) }
}

func netMW(next http.Handler) http.Handler { return next }

// served wraps a gin handler and serves the whole engine wrapped.
func served() {
	r := gin.New()
	r.GET("/wrapped-gin", withAudit(getEmployee)) // want `gin route GET /wrapped-gin -> getEmployee behind \[netMW, withAudit\]`
	http.ListenAndServe(":8081", netMW(r))
}
