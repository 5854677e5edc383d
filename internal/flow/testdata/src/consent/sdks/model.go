// Package sdks sends personal data to the transfer and commercial sinks of
// the third-party SDKs in the built-in catalogue (message queues, AWS,
// e-mail and SMS providers, push notifications, gRPC, analytics), through
// stubs with the SDKs' real import paths and signatures. Store SDKs (gorm,
// pgx, sqlx, go-redis) are not the consent analyzer's business.
package sdks

import (
	"context"
	"errors"
)

// Employee is a personnel record.
type Employee struct {
	ID       int64  `pd:"-"`
	Name     string `pd:"name"`
	Phone    string `pd:"phone"`
	Email    string `pd:"email"`
	Passport string `pd:"govid"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// Registry is the table of written consents.
type Registry struct{ granted map[string]bool }

// Has reports whether the employee agreed to purpose.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64, purpose string) bool {
	return r.granted[purpose]
}

var (
	staff Directory
	reg   *Registry
	// ErrNoConsent says no written consent is on file.
	ErrNoConsent = errors.New("no written consent on file")
)
