// Package mailsdks sends personal data through the mail, SMS, chat,
// error-tracker and payment sinks of the built-in catalogue, through stubs
// with the libraries' real import paths and signatures: reproductions of
// leaks in public back ends (Go-HRM's gomail invitations, casdoor's SMS
// codes, hris-backend-go's Xendit invoices).
package mailsdks

import "context"

// User is an account.
type User struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Email string `pd:"email"`
	Phone string `pd:"phone"`
}

// Directory looks up users.
type Directory interface {
	User(ctx context.Context, id int64) (*User, error)
}

// Registry is the table of written consents.
type Registry struct{ granted map[string]bool }

// Has reports whether the user agreed to purpose.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, userID int64, purpose string) bool {
	return r.granted[purpose]
}

var (
	users Directory
	reg   *Registry
)
