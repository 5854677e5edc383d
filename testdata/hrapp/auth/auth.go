// Package auth says who is calling and in what role. The session
// middleware of a real service would verify a signed token; the demo
// reads the role the gateway puts in a header.
package auth

import "net/http"

// Role returns the role the caller acts in, "" for an anonymous caller.
func Role(r *http.Request) string { return r.Header.Get("X-Role") }

// Require returns a middleware that lets through only callers acting in
// role, and answers 403 to the others.
//
//hrvet:authorize
func Require(role string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if Role(r) != role {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Is reports whether the caller acts in role, for handlers that decide
// for themselves.
//
//hrvet:authorize
func Is(r *http.Request, role string) bool { return Role(r) == role }
