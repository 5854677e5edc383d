// want package:`flows\(data, 0 no-return, 1 summaries\)`

// Package handlers registers a handler on the mux its caller passes:
// the route is in Register's summary, for the callers to judge.
package handlers

import (
	"fmt"
	"net/http"
)

// Employee is a personnel record.
type Employee struct {
	ID   int64  `pd:"-"`
	Name string `pd:"name"`
}

// Repo finds employees.
type Repo interface {
	Employee(id string) *Employee
}

// Store is where the employees are.
var Store Repo

func show(w http.ResponseWriter, r *http.Request) { // want show:`^summary\(\)$`
	e := Store.Employee(r.URL.Query().Get("id"))
	fmt.Fprint(w, e.Name)
}

// Register registers show on the mux it is given.
func Register(mux *http.ServeMux) { // want Register:`^summary\(open route param 0 /employees -> engine/openroute/handlers.show \[exposes Employee.Name at engine/openroute/handlers/handlers.go:28\]\)$`
	mux.HandleFunc("/employees", show)
}
