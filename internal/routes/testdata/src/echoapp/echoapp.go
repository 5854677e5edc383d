// Package echoapp registers handlers with echo.
package echoapp

import (
	"net/http"
	"path"

	"auth"

	"github.com/labstack/echo/v4"
)

func authMW(next echo.HandlerFunc) echo.HandlerFunc { return next }
func logMW(next echo.HandlerFunc) echo.HandlerFunc  { return next }
func roleMW(next echo.HandlerFunc) echo.HandlerFunc { return next }
func auditMW(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error { return next(c) }
}
func preMW(next echo.HandlerFunc) echo.HandlerFunc { return next }

func getEmployee(c echo.Context) error { return nil }
func getPayslip(c echo.Context) error  { return nil }

func netHandler(w http.ResponseWriter, r *http.Request) {}

func routes() {
	e := echo.New()
	e.GET("/employees/:id", getEmployee, authMW) // want `echo route GET /employees/:id -> getEmployee behind \[preMW, logMW, Require\(\), authMW\]`
	e.Use(logMW)
	g := e.Group("/hr", authMW)
	g.GET("/payslips", getPayslip) // want `echo route GET /hr/payslips -> getPayslip behind \[preMW, logMW, Require\(\), authMW\]`
	g.Use(roleMW)
	g.POST("/payslips", getPayslip, auditMW) // want `echo route POST /hr/payslips -> getPayslip behind \[preMW, logMW, Require\(\), authMW, roleMW, auditMW\]`
	sub := g.Group("/admin", auditMW)
	sub.DELETE("/payslips/:id", getPayslip)                                     // want `echo route DELETE /hr/admin/payslips/:id -> getPayslip behind \[preMW, logMW, Require\(\), authMW, roleMW, auditMW\]`
	e.Add("PUT", "/employees/:id", getEmployee)                                 // want `echo route PUT /employees/:id -> getEmployee behind \[preMW, logMW, Require\(\)\]`
	e.Any("/any", getEmployee)                                                  // want `echo route ANY /any -> getEmployee behind \[preMW, logMW, Require\(\)\]`
	e.Match([]string{"GET", "HEAD"}, "/match", getEmployee)                     // want `echo route GET,HEAD /match -> getEmployee behind \[preMW, logMW, Require\(\)\]`
	e.GET("/wrapped", authMW(getEmployee))                                      // want `echo route GET /wrapped -> getEmployee behind \[preMW, logMW, Require\(\), authMW\]`
	e.GET("/net", echo.WrapHandler(auth.Session(http.HandlerFunc(netHandler)))) // want `echo route GET /net -> netHandler behind \[preMW, logMW, Require\(\), Session\]`
	e.Pre(preMW)
	e.Use(echo.WrapMiddleware(auth.Require("hr")))
	e.Start(":8080")
}

// branches makes a group in one branch or the other, and applies
// middleware to the root only sometimes.
func branches(multi, verbose bool) {
	e := echo.New()
	var tenants *echo.Group
	if multi {
		tenants = e.Group("/:tenant", roleMW)
	} else {
		tenants = e.Group("", authMW)
	}
	if verbose {
		e.Use(logMW)
		e.GET("/debug", getEmployee) // want `echo route GET /debug -> getEmployee behind \[logMW, preMW\]`
	}
	tenants.GET("/employees", getEmployee) // want `echo route GET /:tenant/employees -> getEmployee behind \[preMW, roleMW\]` `echo route GET /employees -> getEmployee behind \[preMW, authMW\]`
	e.Use(preMW)
}

const uriAdmin = "/admin"

// joined builds paths with path.Join and registers a not-found handler.
func joined() {
	e := echo.New()
	e.GET(path.Join(uriAdmin, "employees", ":id"), getEmployee) // want `echo route GET /admin/employees/:id -> getEmployee behind \[\]`
	e.GET(path.Join(uriAdmin, "/"), getEmployee)                // want `echo route GET /admin -> getEmployee behind \[\]`
	e.RouteNotFound("/*", getEmployee, authMW)                  // want `echo route ANY /\* -> getEmployee behind \[authMW\]`
}

func netMW(next http.Handler) http.Handler { return next }

// served serves the Echo wrapped.
func served() {
	e := echo.New()
	e.GET("/served", getEmployee) // want `echo route GET /served -> getEmployee behind \[netMW\]`
	srv := &http.Server{Addr: ":8082"}
	srv.Handler = netMW(e)
	srv.ListenAndServe()
}
