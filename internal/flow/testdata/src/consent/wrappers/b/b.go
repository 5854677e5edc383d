// Package b is the middle of the chain: it knows employees and hands their
// phone numbers to package a. Data that b loads itself originate here and
// are reported here; data it receives are reported at its callers in c.
package b

import (
	"context"
	"errors"
	"fmt"

	"consent/wrappers/a"
)

// Employee is a personnel record.
type Employee struct {
	ID       int64  `pd:"-"`
	FullName string `pd:"name"`
	Mobile   string `pd:"phone"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
	Team(ctx context.Context, managerID int64) ([]*Employee, error)
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

// CanText is a consent-check wrapper for package c.
func CanText(ctx context.Context, r *Registry, e *Employee) bool {
	return r.Has(ctx, e.ID) // OK: returning the result hands the check to the caller
}

// Notifier texts employees.
type Notifier struct {
	SMS *a.Client
	Reg *Registry
}

// Notify texts e.
func (n *Notifier) Notify(ctx context.Context, e *Employee, text string) error {
	return n.SMS.Send(ctx, e.Mobile, text) // OK: e comes from the callers
}

// NotifyChecked texts e if e agreed.
func (n *Notifier) NotifyChecked(ctx context.Context, e *Employee, text string) error {
	if !n.Reg.Has(ctx, e.ID) {
		return ErrNoConsent
	}
	return n.SMS.Send(ctx, e.Mobile, text) // OK: checked here
}

// Greet sends e a greeting with e's own name.
func (n *Notifier) Greet(ctx context.Context, e *Employee) error {
	return a.Text(e.Mobile, fmt.Sprintf("Welcome aboard, %s!", e.FullName)) // OK: e comes from the callers
}

// ShareID sends only e's ID.
func (n *Notifier) ShareID(ctx context.Context, e *Employee, to string) error {
	return n.SMS.Send(ctx, to, fmt.Sprintf("employee %d", e.ID)) // OK: to comes from the callers; the ID is not personal
}

// Broadcast loads the team itself, so the data originate here.
func (n *Notifier) Broadcast(ctx context.Context, dir Directory, managerID int64, text string) {
	team, err := dir.Team(ctx, managerID)
	if err != nil {
		return
	}
	for _, e := range team {
		_ = n.SMS.Send(ctx, e.Mobile, text) // want `Employee\.Mobile \(phone\) reaches net/http\.PostForm via \(\*consent/wrappers/a\.Client\)\.Send without a consent check`
	}
}

// BroadcastChecked checks each employee's consent first.
func (n *Notifier) BroadcastChecked(ctx context.Context, dir Directory, managerID int64, text string) {
	team, err := dir.Team(ctx, managerID)
	if err != nil {
		return
	}
	for _, e := range team {
		if n.Reg.Has(ctx, e.ID) {
			_ = n.SMS.Send(ctx, e.Mobile, text) // OK: checked
		}
	}
}
