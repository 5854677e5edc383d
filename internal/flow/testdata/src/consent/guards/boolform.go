package guards

import (
	"context"
	"log"
)

func boolEarlyReturn(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "sms") {
		return ErrNoConsent
	}
	return sms.Send(e.Phone, hello) // OK: the bool form, negated early return
}

func boolSuccessBranch(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if reg.Has(ctx, e.ID, "sms") {
		return sms.Send(e.Phone, hello) // OK: inside the success branch
	}
	return ErrNoConsent
}

func boolVariable(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	agreed := reg.Has(ctx, e.ID, "sms")
	if !agreed {
		return ErrNoConsent
	}
	return sms.Send(e.Phone, hello) // OK: the result through a variable
}

func boolComparedToFalse(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if reg.Has(ctx, e.ID, "sms") == false {
		return ErrNoConsent
	}
	return sms.Send(e.Phone, hello) // OK: == false is a negation
}

func boolComparedToTrue(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if agreed := reg.Has(ctx, e.ID, "sms"); agreed == true {
		return sms.Send(e.Phone, hello) // OK: == true is the success branch
	}
	return ErrNoConsent
}

func boolWithOtherCondition(ctx context.Context, id int64, quiet bool) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "sms") || quiet {
		return nil
	}
	return sms.Send(e.Phone, hello) // OK: reached only when Has returned true
}

func boolAndCondition(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if reg.Has(ctx, e.ID, "sms") && e.Phone != "" {
		return sms.Send(e.Phone, hello) // OK: reached only when Has returned true
	}
	return nil
}

func boolInLoop(ctx context.Context, managerID int64) {
	team, err := staff.Team(ctx, managerID)
	if err != nil {
		return
	}
	for _, e := range team {
		if !reg.Has(ctx, e.ID, "sms") {
			continue
		}
		if err := sms.Send(e.Phone, hello); err != nil { // OK: each employee's own consent
			log.Printf("sms to %d failed: %v", e.ID, err)
		}
	}
}

func boolWrongBranch(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "sms") {
		return sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
	}
	return nil
}

func boolInvertedReturn(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if reg.Has(ctx, e.ID, "sms") {
		return nil
	}
	return sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
}

func boolBypassed(ctx context.Context, id int64, force bool) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if reg.Has(ctx, e.ID, "sms") || force {
		return sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
	}
	return nil
}

func boolCheckedAfterSink(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	err = sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
	if !reg.Has(ctx, e.ID, "sms") {
		log.Printf("sms sent to %d without consent", e.ID)
	}
	return err
}
