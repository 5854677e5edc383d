// Package methodvalues sends personal data through method values
// (f := g.Send; f(x)), method expressions and interface method values.
package methodvalues

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Phone string `pd:"phone"`
	Email string `pd:"email"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// Gateway is the partner's API.
type Gateway struct{}

// Send sends a text payload.
//
//hrvet:sink transfer
func (g *Gateway) Send(payload string) error { return nil }

// Notifier notifies partners.
type Notifier interface {
	// Notify tells the partner about a contact.
	//
	//hrvet:sink transfer
	Notify(ctx context.Context, email string) error
}

// Registry is the table of written consents.
type Registry struct{ granted map[int64]bool }

// Has reports whether the employee agreed.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64) bool { return r.granted[employeeID] }

// Service wraps the gateway.
type Service struct {
	gw *Gateway
}

func (s *Service) text(e *Employee) error {
	return s.gw.Send(e.Phone) // OK: e comes from the callers
}

type handler struct {
	send func(string) error
}

var (
	staff    Directory
	reg      *Registry
	gw       *Gateway
	notifier Notifier
	client   = &http.Client{}
	svc      = &Service{gw: &Gateway{}}
	// ErrNoConsent says no written consent is on file.
	ErrNoConsent = errors.New("no written consent on file")
)

func retry(f func(string) error, s string) error {
	if err := f(s); err != nil {
		return f(s)
	}
	return nil
}

func boundMethod(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	send := gw.Send
	return send(e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/methodvalues\.Gateway\)\.Send.* without a consent check`
}

func methodExpression(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return (*Gateway).Send(gw, e.Phone) // want `Employee\.Phone \(phone\) reaches \(\*consent/methodvalues\.Gateway\)\.Send without a consent check`
}

func interfaceMethodValue(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	notify := notifier.Notify
	return notify(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(consent/methodvalues\.Notifier\)\.Notify.* without a consent check`
}

func stdlibMethodValue(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	post := client.Post
	resp, err := post("https://sms.example.com/send", "text/plain", strings.NewReader(e.Phone)) // want `Employee\.Phone \(phone\) reaches \(\*net/http\.Client\)\.Post.* without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func wrapperMethodValue(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	text := svc.text
	return text(e) // want `Employee\.Phone \(phone\) reaches \(\*consent/methodvalues\.Gateway\)\.Send via .*text.* without a consent check`
}

func passedToHelper(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return retry(gw.Send, e.Phone) // TODO(want) `Employee\.Phone \(phone\) reaches` -- a function parameter called inside the helper is not resolved to the method value passed in
}

func storedInField(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	h := handler{send: gw.Send}
	return h.send(e.Phone) // TODO(want) `Employee\.Phone \(phone\) reaches` -- a function value loaded from a struct field is not resolved
}

// --- guarded, or nothing personal -------------------------------------------

func boundMethodGuarded(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID) {
		return ErrNoConsent
	}
	send := gw.Send
	return send(e.Phone) // OK: checked
}

func boundMethodNothingPersonal(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	send := gw.Send
	if err := send("daily digest"); err != nil { // OK: a constant
		return err
	}
	return send(strconv.FormatInt(e.ID, 10)) // OK: the ID is not personal
}
