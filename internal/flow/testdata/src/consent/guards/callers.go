package guards

import (
	"context"
	"fmt"
)

// Service sends notifications. Its helpers show checks in callers,
// checks in callees, and consent-check wrappers.
type Service struct {
	reg *Registry
	sms *SMS
}

// text sends msg to e's phone; its callers must check the consent.
func (s *Service) text(e *Employee, msg string) error {
	return s.sms.Send(e.Phone, msg) // OK: the data come from the caller, which is checked instead
}

// textChecked checks the consent itself.
func (s *Service) textChecked(ctx context.Context, e *Employee, msg string) error {
	if !s.reg.Has(ctx, e.ID, "sms") {
		return ErrNoConsent
	}
	return s.sms.Send(e.Phone, msg) // OK: the parameter's consent is checked here
}

// canText is a consent-check wrapper in the bool form.
func (s *Service) canText(ctx context.Context, e *Employee) bool {
	return s.reg.Has(ctx, e.ID, "sms") // OK: returning the result hands the check to the caller
}

// allowSMS is a consent-check wrapper in the error form.
func (s *Service) allowSMS(ctx context.Context, employeeID int64) error {
	return s.reg.Require(ctx, employeeID, "sms") // OK: returning the result hands the check to the caller
}

// mustConsent wraps the check's error.
func (s *Service) mustConsent(ctx context.Context, employeeID int64) error {
	if err := s.reg.Require(ctx, employeeID, "sms"); err != nil {
		return fmt.Errorf("sms to employee %d: %w", employeeID, err)
	}
	return nil
}

func (s *Service) callerChecks(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !s.reg.Has(ctx, e.ID, "sms") {
		return ErrNoConsent
	}
	return s.text(e, hello) // OK: checked before the call
}

func (s *Service) callerForgets(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return s.text(e, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send via \(\*consent/guards\.Service\)\.text without a consent check`
}

func (s *Service) calleeChecks(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return s.textChecked(ctx, e, hello) // OK: textChecked checks
}

func (s *Service) boolWrapper(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !s.canText(ctx, e) {
		return ErrNoConsent
	}
	return s.sms.Send(e.Phone, hello) // OK: canText wraps Has
}

func (s *Service) errorWrapper(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := s.allowSMS(ctx, e.ID); err != nil {
		return err
	}
	return s.sms.Send(e.Phone, hello) // OK: allowSMS wraps Require
}

func (s *Service) wrappedError(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := s.mustConsent(ctx, e.ID); err != nil {
		return err
	}
	return s.sms.Send(e.Phone, hello) // OK: mustConsent returns nil only when Require did
}

func (s *Service) wrapperIgnored(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	s.allowSMS(ctx, e.ID)             // want `result of consent check .*allowSMS is not checked, so it guards nothing`
	return s.sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
}
