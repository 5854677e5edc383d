// Package auth is a middleware library of another module.
package auth

import "net/http"

// Require returns a middleware that lets through only users with role.
func Require(role string) func(http.Handler) http.Handler {
	return func(h http.Handler) http.Handler { return h }
}

// Session is a middleware that loads the session.
func Session(h http.Handler) http.Handler { return h }
