// Package subject checks that a consent covers only the employee it names:
// employee A's consent does not let employee B's data out. A check whose
// subject cannot be traced to a person (a constant, a bare number) guards
// whatever it dominates.
package subject

import (
	"context"
	"errors"
	"fmt"
)

// Employee is a personnel record.
type Employee struct {
	ID        int64  `pd:"-"`
	ManagerID int64  `pd:"-"`
	FullName  string `pd:"name"`
	Phone     string `pd:"phone"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// ErrNoConsent says no written consent is on file.
var ErrNoConsent = errors.New("no written consent on file")

// Registry is the table of written consents.
type Registry struct {
	granted map[int64]bool
}

// Has reports whether the employee agreed to SMS notifications.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64) bool {
	return r.granted[employeeID]
}

// HasFor reports whether the employee agreed, taking the whole record.
//
//hrvet:consent
func (r *Registry) HasFor(ctx context.Context, e *Employee) bool {
	return r.granted[e.ID]
}

// SMS is the SMS gateway.
type SMS struct{}

// Send sends text to phone.
//
//hrvet:sink transfer
func (s *SMS) Send(phone, text string) error { return nil }

var (
	staff Directory
	reg   *Registry
	sms   *SMS
)

func sameEmployee(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID) {
		return ErrNoConsent
	}
	return sms.Send(e.Phone, "Your payslip is ready.") // OK: e's consent, e's phone
}

func sameEmployeeThroughVariable(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	subject := e.ID
	if !reg.Has(ctx, subject) {
		return ErrNoConsent
	}
	return sms.Send(e.Phone, "Your payslip is ready.") // OK: the subject is still e
}

func wholeRecord(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.HasFor(ctx, e) {
		return ErrNoConsent
	}
	return sms.Send(e.Phone, "Your payslip is ready.") // OK: the check names e itself
}

func managersConsentEmployeesData(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	mgr, err := staff.Employee(ctx, e.ManagerID)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, mgr.ID) {
		return ErrNoConsent
	}
	text := fmt.Sprintf("%s called in sick today.", e.FullName)
	return sms.Send("+70000000000", text) // want `Employee\.FullName \(name\) reaches \(\*consent/subject\.SMS\)\.Send without a consent check`
}

func otherRecordChecked(ctx context.Context, id, otherID int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	other, err := staff.Employee(ctx, otherID)
	if err != nil {
		return err
	}
	if !reg.HasFor(ctx, other) {
		return ErrNoConsent
	}
	return sms.Send(e.Phone, "Shift swap confirmed.") // want `Employee\.Phone \(phone\) reaches \(\*consent/subject\.SMS\)\.Send without a consent check`
}

func managersConsentManagersPhone(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	mgr, err := staff.Employee(ctx, e.ManagerID)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, mgr.ID) {
		return ErrNoConsent
	}
	return sms.Send(mgr.Phone, "A new leave request is waiting.") // OK: mgr's consent, mgr's phone
}

func unknownSubject(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, id) {
		return ErrNoConsent
	}
	return sms.Send(e.Phone, "Your payslip is ready.") // OK: the subject is a bare number, so the check guards what it dominates
}

func loopOverTeam(ctx context.Context, ids []int64) {
	for _, id := range ids {
		e, err := staff.Employee(ctx, id)
		if err != nil || !reg.Has(ctx, e.ID) {
			continue
		}
		_ = sms.Send(e.Phone, "The office is closed tomorrow.") // OK: each one's own consent
	}
}
