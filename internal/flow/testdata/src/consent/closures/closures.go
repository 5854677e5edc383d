// Package closures sends personal data from function literals, deferred
// calls and goroutines. A sink inside a closure is reported where it
// stands, with the data of the variables the closure captured; a check
// that dominates the closure's creation guards it.
package closures

import (
	"context"
	"errors"
	"sort"
	"strconv"
	"sync"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Phone string `pd:"phone"`
	Email string `pd:"email"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
	Team(ctx context.Context, managerID int64) ([]*Employee, error)
}

// Gateway is the partner's API.
type Gateway struct{}

// Send sends a text payload.
//
//hrvet:sink transfer
func (g *Gateway) Send(payload string) error { return nil }

// Registry is the table of written consents.
type Registry struct{ granted map[int64]bool }

// Has reports whether the employee agreed.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64) bool { return r.granted[employeeID] }

var (
	staff Directory
	reg   *Registry
	gw    *Gateway
	// ErrNoConsent says no written consent is on file.
	ErrNoConsent = errors.New("no written consent on file")
)

func withRetry(attempts int, f func() error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = f(); err == nil {
			return nil
		}
	}
	return err
}

func calledAtOnce(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	func() {
		_ = gw.Send(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/closures\.Gateway\)\.Send without a consent check`
	}()
}

func storedAndCalled(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	send := func() error {
		return gw.Send(e.Email) // want `Employee\.Email \(email\) reaches \(\*consent/closures\.Gateway\)\.Send without a consent check`
	}
	return send()
}

func closureParameter(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	send := func(to string) error {
		return gw.Send(to) // OK: the data come in through the parameter
	}
	return send(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/closures\.Gateway\)\.Send.* without a consent check`
}

func passedToHelper(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return withRetry(3, func() error {
		return gw.Send(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/closures\.Gateway\)\.Send without a consent check`
	})
}

func closureResult(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	contact := func() string { return e.Name + " <" + e.Email + ">" }
	return gw.Send(contact()) // want `Employee\.(Name \(name\), Employee\.Email \(email\)|Email \(email\), Employee\.Name \(name\)) reach \(\*consent/closures\.Gateway\)\.Send without a consent check`
}

func deferred(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	defer gw.Send(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/closures\.Gateway\)\.Send without a consent check`
}

func deferredClosure(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	defer func() {
		_ = gw.Send(e.Email) // want `Employee\.Email \(email\) reaches \(\*consent/closures\.Gateway\)\.Send without a consent check`
	}()
}

func goroutine(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	go gw.Send(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/closures\.Gateway\)\.Send without a consent check`
}

func goroutineClosure(ctx context.Context, managerID int64) {
	team, err := staff.Team(ctx, managerID)
	if err != nil {
		return
	}
	var wg sync.WaitGroup
	for _, e := range team {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = gw.Send(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/closures\.Gateway\)\.Send without a consent check`
		}()
	}
	wg.Wait()
}

func capturedLater(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	var to string
	send := func() { _ = gw.Send(to) } // want `Employee\.Phone \(phone\) reaches \(\*consent/closures\.Gateway\)\.Send without a consent check`
	to = e.Phone
	send()
}

// --- guarded, or nothing personal -------------------------------------------

func guardBeforeClosure(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID) {
		return ErrNoConsent
	}
	return withRetry(3, func() error {
		return gw.Send(e.Phone) // OK: the check dominates the closure
	})
}

func guardBeforeGoroutine(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil || !reg.Has(ctx, e.ID) {
		return
	}
	go func() {
		_ = gw.Send(e.Phone) // OK: the check dominates the go statement
	}()
	defer gw.Send(e.Email) // OK: the check dominates the defer statement
}

func guardInsideClosure(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return withRetry(3, func() error {
		if !reg.Has(ctx, e.ID) {
			return ErrNoConsent
		}
		return gw.Send(e.Phone) // OK: checked inside the closure
	})
}

func sortByNameSendIDs(ctx context.Context, managerID int64) error {
	team, err := staff.Team(ctx, managerID)
	if err != nil {
		return err
	}
	sort.Slice(team, func(i, j int) bool { return team[i].Name < team[j].Name })
	ids := ""
	for _, e := range team {
		ids += strconv.FormatInt(e.ID, 10) + ","
	}
	return gw.Send(ids) // OK: names were only compared; IDs are not personal
}
