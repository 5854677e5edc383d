// Package port declares a service its callers hold as an interface.
package port

// Signup is a sign-up request.
type Signup struct {
	Email string `pd:"email"`
}

// Accounts opens accounts.
type Accounts interface {
	Open(req Signup) error
}
