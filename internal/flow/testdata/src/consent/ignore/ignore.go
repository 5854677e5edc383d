// Package ignore suppresses consent findings with //hrvet:ignore: an
// ignore that suppresses a finding is silent, one that suppresses nothing
// is reported, and an ignore for another analyzer suppresses nothing here.
package ignore

import (
	"context"
	"strconv"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Phone string `pd:"phone"`
	Email string `pd:"email"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// SMS is the SMS gateway.
type SMS struct{}

// Send sends text to phone.
//
//hrvet:sink transfer
func (s *SMS) Send(phone, text string) error { return nil }

// Registry is the table of written consents.
type Registry struct{ granted map[int64]bool }

// Has reports whether the employee agreed.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64) bool { return r.granted[employeeID] }

var (
	staff Directory
	reg   *Registry
	sms   *SMS
)

func suppressedAtEndOfLine(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return sms.Send(e.Phone, "The building is being evacuated.") //hrvet:ignore consent to prevent a threat to life and health (Labour Code art. 88 p.1)
}

func suppressedFromLineAbove(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	//hrvet:ignore consent,logleak the fire-drill alert is required by the safety policy
	return sms.Send(e.Phone, "Fire drill at noon.")
}

func uncheckedSuppressed(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	reg.Has(ctx, e.ID) //hrvet:ignore consent warming the cache; the answer is used below
	if !reg.Has(ctx, e.ID) {
		return nil
	}
	return sms.Send(e.Phone, "Your payslip is ready.") // OK: checked
}

func otherAnalyzerOnly(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	//hrvet:ignore logleak this ignore is for the log analyzer only
	return sms.Send(e.Email, "Welcome!") // want `Employee\.Email \(email\) reaches \(\*consent/ignore\.SMS\)\.Send without a consent check`
}

func staleAbove(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	// want +1 `//hrvet:ignore suppresses no consent finding; remove consent from it \(or the whole directive\)`
	//hrvet:ignore consent the ID is not personal, so nothing needs suppressing
	return sms.Send("+70000000000", "employee "+strconv.FormatInt(e.ID, 10)+" arrived")
}

func staleAtEndOfLine(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID) {
		return nil
	}
	// want +1 `//hrvet:ignore suppresses no consent finding; remove consent from it \(or the whole directive\)`
	return sms.Send(e.Phone, "Your payslip is ready.") //hrvet:ignore consent left over from before the check was added
}
