// Package purpose checks consent purposes against sink purposes: a check
// for one purpose does not cover a sink declared for another. The purpose
// of a check comes from its directive, else from a constant argument, else
// it is unknown and matches any sink.
package purpose

import (
	"context"
	"errors"
	"net/http"
	"strings"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Email string `pd:"email"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// ErrNoConsent says no written consent is on file.
var ErrNoConsent = errors.New("no written consent on file")

// Registry is the table of written consents.
type Registry struct {
	granted map[string]bool
}

// Has reports whether the employee agreed to purpose.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64, purpose string) bool {
	return r.granted[purpose]
}

// HasPayroll reports whether the employee agreed to get payslips by e-mail.
//
//hrvet:consent purpose=payroll
func (r *Registry) HasPayroll(ctx context.Context, employeeID int64) bool {
	return r.granted["payroll"]
}

// RequireCRM returns nil when the employee agreed to the perks CRM.
//
//hrvet:consent purpose=crm
func (r *Registry) RequireCRM(ctx context.Context, employeeID int64) error {
	if !r.granted["crm"] {
		return ErrNoConsent
	}
	return nil
}

// CRM is the perks partner's CRM.
type CRM struct{}

// Push enrols a contact.
//
//hrvet:sink transfer purpose=crm
func (c *CRM) Push(ctx context.Context, email string) error { return nil }

// Bank receives payslips for the employees' personal accounts.
type Bank struct{}

// SendPayslip sends a payslip to email.
//
//hrvet:sink transfer purpose=payroll
func (b *Bank) SendPayslip(email string, pdf []byte) error { return nil }

// Notifier notifies partners.
type Notifier interface {
	// Notify tells the partner about a new contact.
	//
	//hrvet:sink transfer purpose=crm
	Notify(ctx context.Context, email string) error
}

const (
	purposeCRM     = "crm"
	purposePayroll = "payroll"
)

var (
	staff    Directory
	reg      *Registry
	crm      *CRM
	bank     *Bank
	notifier Notifier
)

func payrollConsentForCRM(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.HasPayroll(ctx, e.ID) {
		return ErrNoConsent
	}
	return crm.Push(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(\*consent/purpose\.CRM\)\.Push \(purpose crm\) under a consent check for purpose payroll \(Labour Code art\. 88\)`
}

func crmConsentForCRM(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := reg.RequireCRM(ctx, e.ID); err != nil {
		return err
	}
	return crm.Push(ctx, e.Email) // OK: purposes match
}

func constantArgumentMatches(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "crm") {
		return ErrNoConsent
	}
	return crm.Push(ctx, e.Email) // OK: the purpose comes from the constant argument
}

func constantArgumentDiffers(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "sms") {
		return ErrNoConsent
	}
	return crm.Push(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(\*consent/purpose\.CRM\)\.Push \(purpose crm\) under a consent check for purpose sms`
}

func namedConstants(ctx context.Context, id int64, pdf []byte) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if reg.Has(ctx, e.ID, purposeCRM) {
		if err := crm.Push(ctx, e.Email); err != nil { // OK: a named constant is a constant
			return err
		}
	}
	if reg.Has(ctx, e.ID, purposePayroll) {
		return bank.SendPayslip(e.Email, pdf) // OK: purposes match
	}
	return nil
}

func namedConstantDiffers(ctx context.Context, id int64, pdf []byte) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, purposeCRM) {
		return ErrNoConsent
	}
	return bank.SendPayslip(e.Email, pdf) // want `Employee\.Email \(email\) reaches \(\*consent/purpose\.Bank\)\.SendPayslip \(purpose payroll\) under a consent check for purpose crm`
}

func purposeUnknown(ctx context.Context, id int64, purpose string) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, purpose) {
		return ErrNoConsent
	}
	return crm.Push(ctx, e.Email) // OK: the purpose is not a constant, so it is unknown and not a mismatch
}

func sinkWithoutPurpose(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.HasPayroll(ctx, e.ID) {
		return ErrNoConsent
	}
	resp, err := http.Post("https://mail.example.com/send", "text/plain", strings.NewReader(e.Email)) // OK: net/http.Post has no purpose
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func bothPurposesChecked(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.HasPayroll(ctx, e.ID) {
		return ErrNoConsent
	}
	if err := reg.RequireCRM(ctx, e.ID); err != nil {
		return err
	}
	return crm.Push(ctx, e.Email) // OK: a crm consent is among the checks that dominate the call
}

func interfaceSinkPurpose(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.HasPayroll(ctx, e.ID) {
		return ErrNoConsent
	}
	return notifier.Notify(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(consent/purpose\.Notifier\)\.Notify \(purpose crm\) under a consent check for purpose payroll`
}

// Service wraps the CRM.
type Service struct {
	crm *CRM
}

func (s *Service) enrol(ctx context.Context, e *Employee) error {
	return s.crm.Push(ctx, e.Email) // OK: checked at the callers
}

func (s *Service) wrapperPurpose(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.HasPayroll(ctx, e.ID) {
		return ErrNoConsent
	}
	return s.enrol(ctx, e) // want `Employee\.Email \(email\) reaches \(\*consent/purpose\.CRM\)\.Push.* under a consent check for purpose payroll`
}

func (s *Service) wrapperPurposeMatches(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := reg.RequireCRM(ctx, e.ID); err != nil {
		return err
	}
	return s.enrol(ctx, e) // OK: purposes match
}
