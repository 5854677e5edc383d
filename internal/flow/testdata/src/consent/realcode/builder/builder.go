// Package builder pays through an SDK whose request builder returns an
// empty request, reduced from a public identity server: the request the
// code builds holds an amount, a reference and a URL, so only what the
// code writes into it is sent, not every personal field its type could
// hold.
package builder

import (
	"context"

	"consent/realcode/builder/paysdk"
)

// Employee is a personnel record.
type Employee struct {
	ID        int64  `pd:"-"`
	FirstName string `pd:"name"`
	LastName  string `pd:"name"`
}

// Staff loads employees.
type Staff interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// Pay opens a session for an amount.
func Pay(ctx context.Context, api *paysdk.Checkout, amount int, ref, returnURL string) (string, error) {
	r := paysdk.SessionRequest{Amount: amount, Reference: ref, ReturnURL: returnURL}
	in := api.SessionsInput()
	in = in.Request(r)
	s, err := api.Sessions(ctx, in) // OK: an amount, a reference and a URL
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

// PayFor opens a session in an employee's name.
func PayFor(ctx context.Context, api *paysdk.Checkout, staff Staff, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	r := paysdk.SessionRequest{Amount: 100, ShopperName: &paysdk.ShopperName{FirstName: e.FirstName, LastName: e.LastName}}
	_, err = api.Sessions(ctx, api.SessionsInput().Request(r)) // want `Employee.FirstName \(name\), Employee.LastName \(name\) reach net/http.Post via \(\*consent/realcode/builder/paysdk.Checkout\).Sessions without a consent check`
	return err
}
