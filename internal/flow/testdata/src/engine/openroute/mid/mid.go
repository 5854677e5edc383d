// want package:`flows\(data, 0 no-return, 1 summaries\)`

// Package mid passes the mux its caller gives on to package handlers,
// under a prefix: the route passes on into Mount's summary.
package mid

import (
	"net/http"

	"engine/openroute/handlers"
)

// Mount serves package handlers' routes under /v1 of mux.
func Mount(mux *http.ServeMux) { // want Mount:`^summary\(open route param 0 /v1/employees -> engine/openroute/handlers.show \[exposes Employee.Name at engine/openroute/handlers/handlers.go:28\]\)$`
	sub := http.NewServeMux()
	handlers.Register(sub)
	mux.Handle("/v1/", http.StripPrefix("/v1", sub))
}

// local registers on a mux of its own, behind nothing: reported here.
func local() { // want local:`^summary\(\)$`
	handlers.Register(http.NewServeMux())
}
