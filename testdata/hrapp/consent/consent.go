// Package consent keeps employees' written consents to the processing of
// their personal data (Labour Code art. 88 p.1) and answers whether one is
// on file for a purpose.
//
// Require and Has are consent checks without a purpose in their directive:
// hrvet takes the purpose from the constant passed at each call.
// HasMarketing names its purpose in the directive.
package consent

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Purposes an employee may consent to.
const (
	SMS        = "sms"        // notifications by SMS
	CRM        = "crm"        // enrolment with the perks partner
	Payroll    = "payroll"    // payslips sent to a personal e-mail
	Commercial = "commercial" // product analytics and marketing (art. 88 p.2)
)

// ErrNoConsent is returned by Require when no valid consent is on file.
var ErrNoConsent = errors.New("consent: no written consent on file")

// Registry is the table of consents.
type Registry struct {
	DB *sql.DB
}

// Grant records a written consent the employee signed for purpose.
func (r *Registry) Grant(ctx context.Context, employeeID int64, purpose string) error {
	_, err := r.DB.ExecContext(ctx, `INSERT INTO consents (employee_id, purpose, granted_at) VALUES ($1, $2, now())`, employeeID, purpose)
	if err != nil {
		return fmt.Errorf("consent: grant %s: %w", purpose, err)
	}
	return nil
}

// Require returns nil if the employee has a valid consent for purpose, and
// ErrNoConsent (or a lookup error) otherwise.
//
//hrvet:consent
func (r *Registry) Require(ctx context.Context, employeeID int64, purpose string) error {
	ok, err := r.lookup(ctx, employeeID, purpose)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w for %q", ErrNoConsent, purpose)
	}
	return nil
}

// Has reports whether the employee has a valid consent for purpose. A
// failed lookup counts as no consent.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64, purpose string) bool {
	ok, err := r.lookup(ctx, employeeID, purpose)
	return err == nil && ok
}

// HasMarketing reports whether the employee agreed to the commercial use of
// their data.
//
//hrvet:consent purpose=commercial
func (r *Registry) HasMarketing(ctx context.Context, employeeID int64) bool {
	ok, err := r.lookup(ctx, employeeID, Commercial)
	return err == nil && ok
}

func (r *Registry) lookup(ctx context.Context, employeeID int64, purpose string) (bool, error) {
	var n int
	err := r.DB.QueryRowContext(ctx, `SELECT count(*) FROM consents WHERE employee_id = $1 AND purpose = $2 AND revoked_at IS NULL`, employeeID, purpose).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("consent: look up %s: %w", purpose, err)
	}
	return n > 0, nil
}
