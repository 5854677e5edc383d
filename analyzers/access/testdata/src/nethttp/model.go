// Package nethttp exposes employee records over net/http, with and
// without authorization.
package nethttp

import (
	"context"
	"errors"
	"net/http"
)

type Employee struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Phone    string `json:"phone"`
	Passport string `json:"passport"`
	Salary   int64  `json:"salary" pd:"pay"`
}

// Directory loads employees; it is an interface, so what it returns is
// an employee's record found elsewhere.
type Directory interface {
	Employee(ctx context.Context, id string) (*Employee, error)
}

// Server holds the handlers' dependencies.
type Server struct{ Dir Directory }

var errDenied = errors.New("denied")

// Allowed checks that the caller may see personnel files.
//
//hrvet:authorize role=hr
func Allowed(r *http.Request) error {
	if r.Header.Get("X-Role") != "hr" {
		return errDenied
	}
	return nil
}

// Require returns a middleware that lets only callers of role through.
//
//hrvet:authorize
func Require(role string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}
