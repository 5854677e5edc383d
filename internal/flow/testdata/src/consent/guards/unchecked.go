package guards

import (
	"context"
	"log"
)

func resultIgnored(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	reg.Has(ctx, e.ID, "sms")       // want `result of consent check .*Has is not checked, so it guards nothing`
	return sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
}

func resultDiscarded(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_ = reg.Require(ctx, e.ID, "sms") // want `result of consent check .*Require is not checked, so it guards nothing \(Labour Code art\. 88\)`
	return sms.Send(e.Phone, hello)   // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
}

func resultOnlyLogged(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	consentErr := reg.Require(ctx, e.ID, "sms") // want `result of consent check .*Require is not checked, so it guards nothing`
	log.Printf("consent lookup: %v", consentErr)
	return sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
}

func tupleErrorIgnored(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	rec, _ := reg.Lookup(ctx, e.ID, "sms") // want `result of consent check .*Lookup is not checked, so it guards nothing`
	if rec != nil {
		log.Printf("consent signed on %s", rec.Signed)
	}
	return sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
}
