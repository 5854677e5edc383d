// Package generics sends personal data through generic functions and
// methods of generic types: summaries and sinks are found through the
// generic origin of each instantiation.
package generics

import (
	"context"
	"strings"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Phone string `pd:"phone"`
}

// Contact returns the phone number to reach e.
func (e *Employee) Contact() string { return e.Phone }

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
	Team(ctx context.Context, managerID int64) ([]*Employee, error)
}

// Gateway is the partner's API.
type Gateway struct{}

// SendAny encodes and sends v.
//
//hrvet:sink transfer
func (g *Gateway) SendAny(v any) error { return nil }

// Outbox queues messages for the partner.
type Outbox[T any] struct {
	items []T
}

// Push hands v to the partner.
//
//hrvet:sink transfer
func (o *Outbox[T]) Push(v T) error { return nil }

// Keep stores v locally.
func (o *Outbox[T]) Keep(v T) { o.items = append(o.items, v) }

// Contactable is anything with a phone number.
type Contactable interface {
	Contact() string
}

var (
	staff Directory
	gw    *Gateway
)

// publish forwards v to the gateway.
func publish[T any](v T) error {
	return gw.SendAny(v) // OK: v comes from the callers
}

// mapSlice applies f to each element.
func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// notify texts whatever t says its contact is.
func notify[T Contactable](t T) error {
	return gw.SendAny(t.Contact()) // OK: t comes from the callers
}

func genericFunction(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return publish(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/generics\.Gateway\)\.SendAny via consent/generics\.publish.* without a consent check`
}

func explicitInstantiation(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return publish[string](e.Name) // want `Employee\.Name \(name\) reaches \(\*consent/generics\.Gateway\)\.SendAny via consent/generics\.publish.* without a consent check`
}

func genericTypeSink(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	var out Outbox[string]
	return out.Push(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/generics\.Outbox(\[T\])?\)\.Push without a consent check`
}

func genericTypeNotASink(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	var out Outbox[string]
	out.Keep(e.Phone) // OK: Keep is not a sink
}

func genericMap(ctx context.Context, managerID int64) error {
	team, err := staff.Team(ctx, managerID)
	if err != nil {
		return err
	}
	phones := mapSlice(team, func(e *Employee) string { return e.Phone })
	return gw.SendAny(strings.Join(phones, ",")) // want `Employee\.Phone \(phone\).* reach.* \(\*consent/generics\.Gateway\)\.SendAny without a consent check`
}

func constraintMethod(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return notify(e) // want `Employee\.Phone \(phone\).* reach.* \(\*consent/generics\.Gateway\)\.SendAny via consent/generics\.notify.* without a consent check`
}

func genericWithID(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	var out Outbox[int64]
	return out.Push(e.ID) // OK: only the ID
}
