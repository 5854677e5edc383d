// Package c is the top of the chain: its handlers load employees and call
// package b, which calls package a, which calls net/http. The findings
// stand here, where the data originate, and name the real sink.
package c

import (
	"context"

	"consent/wrappers/a"
	"consent/wrappers/b"
)

var (
	dir      b.Directory
	reg      *b.Registry
	notifier *b.Notifier
	sender   a.Sender
)

func onboard(ctx context.Context, id int64) error {
	e, err := dir.Employee(ctx, id)
	if err != nil {
		return err
	}
	return notifier.Notify(ctx, e, "Welcome aboard!") // want `Employee\.Mobile \(phone\) reaches net/http\.PostForm via \(\*consent/wrappers/b\.Notifier\)\.Notify.* without a consent check \(Labour Code art\. 88\)`
}

func onboardChecked(ctx context.Context, id int64) error {
	e, err := dir.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID) {
		return b.ErrNoConsent
	}
	return notifier.Notify(ctx, e, "Welcome aboard!") // OK: checked before the call, in this package
}

func onboardThroughWrapper(ctx context.Context, id int64) error {
	e, err := dir.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !b.CanText(ctx, reg, e) {
		return b.ErrNoConsent
	}
	return notifier.Notify(ctx, e, "Welcome aboard!") // OK: b.CanText wraps the check, across packages
}

func remind(ctx context.Context, id int64) error {
	e, err := dir.Employee(ctx, id)
	if err != nil {
		return err
	}
	return notifier.NotifyChecked(ctx, e, "Your leave starts tomorrow.") // OK: b checks inside
}

func greet(ctx context.Context, id int64) error {
	e, err := dir.Employee(ctx, id)
	if err != nil {
		return err
	}
	return notifier.Greet(ctx, e) // want `Employee\.(FullName \(name\), Employee\.Mobile \(phone\)|Mobile \(phone\), Employee\.FullName \(name\)) reach net/http\.PostForm via \(\*consent/wrappers/b\.Notifier\)\.Greet.* without a consent check`
}

func shareWithManager(ctx context.Context, id int64, managerPhone string) error {
	e, err := dir.Employee(ctx, id)
	if err != nil {
		return err
	}
	return notifier.ShareID(ctx, e, managerPhone) // OK: only the ID of e travels
}

func textDirectly(ctx context.Context, id int64) error {
	e, err := dir.Employee(ctx, id)
	if err != nil {
		return err
	}
	return a.Text(e.Mobile, "Your payslip is ready.") // want `Employee\.Mobile \(phone\) reaches net/http\.PostForm via consent/wrappers/a\.Text.* without a consent check`
}

func textThroughInterface(ctx context.Context, id int64) error {
	e, err := dir.Employee(ctx, id)
	if err != nil {
		return err
	}
	return sender.Send(ctx, e.Mobile, "Your payslip is ready.") // want `Employee\.Mobile \(phone\) reaches \(consent/wrappers/a\.Sender\)\.Send without a consent check`
}

func textThroughInterfaceChecked(ctx context.Context, id int64) error {
	e, err := dir.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID) {
		return b.ErrNoConsent
	}
	return sender.Send(ctx, e.Mobile, "Your payslip is ready.") // OK: checked
}
