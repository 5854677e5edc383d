package guards

import (
	"context"
	"log"
)

func errEarlyReturn(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := reg.Require(ctx, e.ID, "sms"); err != nil {
		return err
	}
	return sms.Send(e.Phone, hello) // OK: the error form, early return
}

func errSuccessBranch(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := reg.Require(ctx, e.ID, "sms"); err == nil {
		return sms.Send(e.Phone, hello) // OK: inside the success branch
	}
	return nil
}

func errOperandsSwapped(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := reg.Require(ctx, e.ID, "sms"); nil != err {
		return err
	}
	return sms.Send(e.Phone, hello) // OK: nil != err is err != nil
}

func errPanics(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := reg.Require(ctx, e.ID, "sms"); err != nil {
		panic(err)
	}
	return sms.Send(e.Phone, hello) // OK: the failure branch never comes back
}

func errSwitch(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	switch err := reg.Require(ctx, e.ID, "sms"); {
	case err != nil:
		return err
	}
	return sms.Send(e.Phone, hello) // OK: a switch is an if
}

func errTuple(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	rec, err := reg.Lookup(ctx, e.ID, "sms")
	if err != nil {
		return err
	}
	log.Printf("consent signed on %s", rec.Signed)
	return sms.Send(e.Phone, hello) // OK: the last result of Lookup is checked
}

func errWrongBranch(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := reg.Require(ctx, e.ID, "sms"); err != nil {
		return sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
	}
	return nil
}

func errInvertedReturn(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := reg.Require(ctx, e.ID, "sms"); err == nil {
		return nil
	}
	return sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
}

func errOnlyLogged(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := reg.Require(ctx, e.ID, "sms"); err != nil {
		log.Printf("no sms consent for %d: %v", e.ID, err)
	}
	return sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
}

func errCheckedAfterSink(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	sendErr := sms.Send(e.Phone, hello) // want `Employee\.Phone \(phone\) reaches \(\*consent/guards\.SMS\)\.Send without a consent check`
	if err := reg.Require(ctx, e.ID, "sms"); err != nil {
		log.Printf("sent without consent: %v", err)
	}
	return sendErr
}
