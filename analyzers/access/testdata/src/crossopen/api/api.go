// Package api embeds package handlers' handler in its own type.
package api

import "crossopen/handlers"

// Server is the employee handler with the rest of the API.
type Server struct {
	*handlers.EmployeeHandler
}

// New returns a server.
func New(repo handlers.Repo) *Server {
	return &Server{&handlers.EmployeeHandler{Repo: repo}}
}
