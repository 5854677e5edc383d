// Package fiberapp serves employee records with fiber.
package fiberapp

import "github.com/gofiber/fiber/v2"

type Employee struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Phone string `json:"phone"`
}

// Staff finds employees.
type Staff interface {
	Employee(id string) (*Employee, error)
}

// Protected lets signed-in callers through.
//
//hrvet:authorize
func Protected() fiber.Handler {
	return func(c *fiber.Ctx) error { return c.Next() }
}

type App struct{ Staff Staff }

// New registers the routes.
func New(a *App) *fiber.App {
	app := fiber.New()
	app.Get("/open/:id", a.employee)
	api := app.Group("/api", Protected())
	api.Get("/employees/:id", a.employee)
	app.Get("/inline/:id", Protected(), a.employee)
	return app
}

func (a *App) employee(c *fiber.Ctx) error {
	e, err := a.Staff.Employee(c.Params("id"))
	if err != nil {
		return err
	}
	return c.JSON(e) // want `Employee.Name \(name\), Employee.Phone \(phone\) are exposed by GET /open/:id \(\(\*fiberapp.App\).employee\) with no authorization check \(Labour Code art. 88 p.5\)`
}
