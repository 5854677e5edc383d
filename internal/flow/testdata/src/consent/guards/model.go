// Package guards checks what makes a consent check guard a transfer: the
// success branch of an error or bool check must dominate the sink call,
// here or in every caller. It also has the checks whose result nobody
// looks at.
package guards

import (
	"context"
	"errors"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Phone string `pd:"phone"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
	Team(ctx context.Context, managerID int64) ([]*Employee, error)
}

// ErrNoConsent says no written consent is on file.
var ErrNoConsent = errors.New("no written consent on file")

// Record is a signed consent.
type Record struct {
	Purpose string
	Signed  string
}

type grant struct {
	employee int64
	purpose  string
}

// Registry is the table of written consents.
type Registry struct {
	granted map[grant]*Record
}

// Require returns nil when the employee agreed to purpose, ErrNoConsent
// otherwise.
//
//hrvet:consent
func (r *Registry) Require(ctx context.Context, employeeID int64, purpose string) error {
	if r.granted[grant{employeeID, purpose}] == nil {
		return ErrNoConsent
	}
	return nil
}

// Has reports whether the employee agreed to purpose.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64, purpose string) bool {
	return r.granted[grant{employeeID, purpose}] != nil
}

// Lookup returns the consent on file, or ErrNoConsent.
//
//hrvet:consent
func (r *Registry) Lookup(ctx context.Context, employeeID int64, purpose string) (*Record, error) {
	rec := r.granted[grant{employeeID, purpose}]
	if rec == nil {
		return nil, ErrNoConsent
	}
	return rec, nil
}

// SMS is the SMS gateway.
type SMS struct {
	URL string
}

// Send sends text to phone.
//
//hrvet:sink transfer
func (s *SMS) Send(phone, text string) error { return nil }

var (
	staff Directory
	reg   *Registry
	sms   *SMS
)

const hello = "Your payslip is ready."
