// Package fiberapp registers handlers with fiber.
package fiberapp

import "github.com/gofiber/fiber/v2"

func authMW(c *fiber.Ctx) error    { return c.Next() }
func logger(c *fiber.Ctx) error    { return c.Next() }
func adminOnly(c *fiber.Ctx) error { return c.Next() }

func health(c *fiber.Ctx) error      { return nil }
func getEmployee(c *fiber.Ctx) error { return nil }
func getPayslip(c *fiber.Ctx) error  { return nil }
func listUsers(c *fiber.Ctx) error   { return nil }

func routes() {
	app := fiber.New()
	app.Get("/health", health) // want `fiber route GET /health -> health behind \[\]`
	app.Use(logger)
	app.Get("/employees/:id", authMW, getEmployee) // want `fiber route GET /employees/:id -> getEmployee behind \[logger, authMW\]`
	api := app.Group("/api", authMW)
	api.Get("/payslips", getPayslip) // want `fiber route GET /api/payslips -> getPayslip behind \[logger, authMW\]`
	app.Use("/admin", adminOnly)
	app.Get("/admin/users", listUsers)    // want `fiber route GET /admin/users -> listUsers behind \[logger, adminOnly\]`
	app.Get("/administrators", listUsers) // want `fiber route GET /administrators -> listUsers behind \[logger\]`
	api.Post("/payslips", getPayslip)     // want `fiber route POST /api/payslips -> getPayslip behind \[logger, authMW\]`
	app.Route("/hr", func(r fiber.Router) {
		r.Get("/employees", getEmployee) // want `fiber route GET /hr/employees -> getEmployee behind \[logger\]`
	})
	app.Add("PUT", "/employees/:id", getEmployee)     // want `fiber route PUT /employees/:id -> getEmployee behind \[logger\]`
	app.All("/all", getEmployee)                      // want `fiber route ANY /all -> getEmployee behind \[logger\]`
	app.Get("/a", getEmployee).Get("/b", getEmployee) // want `fiber route GET /a -> getEmployee behind \[logger\]` `fiber route GET /b -> getEmployee behind \[logger\]`

	sub := fiber.New()
	sub.Use(authMW)
	sub.Get("/users", listUsers) // want `fiber route GET /sub/users -> listUsers behind \[logger, authMW\]`
	app.Mount("/sub", sub)

	app.Listen(":3000")
}
