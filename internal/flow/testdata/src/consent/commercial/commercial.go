// Package commercial checks art. 88 p.2: personal data reach a commercial
// sink (marketing, analytics, advertising) only under a consent check for
// the purpose "commercial" exactly.
package commercial

import (
	"context"
	"errors"
	"strconv"
)

// Employee is a personnel record.
type Employee struct {
	ID       int64  `pd:"-"`
	Email    string `pd:"email"`
	Position string `pd:"employment"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// ErrNoConsent says no written consent is on file.
var ErrNoConsent = errors.New("no written consent on file")

// Registry is the table of written consents.
type Registry struct {
	granted map[string]bool
}

// Has reports whether the employee agreed to purpose.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64, purpose string) bool {
	return r.granted[purpose]
}

// HasMarketing reports whether the employee agreed to the commercial use
// of their data.
//
//hrvet:consent purpose=commercial
func (r *Registry) HasMarketing(ctx context.Context, employeeID int64) bool {
	return r.granted["commercial"]
}

// Analytics is the product analytics service.
type Analytics struct{}

// Track records an event for a user.
//
//hrvet:sink commercial
func (a *Analytics) Track(ctx context.Context, userID, event string) error { return nil }

// Audience is an advertising audience.
type Audience interface {
	// Add adds a contact to the audience.
	//
	//hrvet:sink commercial
	Add(ctx context.Context, email string) error
}

var (
	staff     Directory
	reg       *Registry
	analytics *Analytics
	audience  Audience
)

func noConsent(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return analytics.Track(ctx, e.Email, "login") // want `Employee\.Email \(email\) reaches \(\*consent/commercial\.Analytics\)\.Track, a commercial sink, without consent for purpose commercial \(Labour Code art\. 88 p\.2\)`
}

func marketingConsent(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.HasMarketing(ctx, e.ID) {
		return ErrNoConsent
	}
	return analytics.Track(ctx, e.Email, "login") // OK: consent for purpose commercial
}

func commercialConstant(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "commercial") {
		return ErrNoConsent
	}
	return audience.Add(ctx, e.Email) // OK: consent for purpose commercial, from the constant argument
}

func crmConsent(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, "crm") {
		return ErrNoConsent
	}
	return analytics.Track(ctx, e.Email, "enrolled") // want `Employee\.Email \(email\) reaches \(\*consent/commercial\.Analytics\)\.Track, a commercial sink, without consent for purpose commercial`
}

func unknownPurpose(ctx context.Context, id int64, purpose string) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if !reg.Has(ctx, e.ID, purpose) {
		return ErrNoConsent
	}
	return audience.Add(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(consent/commercial\.Audience\)\.Add, a commercial sink, without consent for purpose commercial`
}

func otherEmployeesConsent(ctx context.Context, id, referrerID int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	referrer, err := staff.Employee(ctx, referrerID)
	if err != nil {
		return err
	}
	if !reg.HasMarketing(ctx, referrer.ID) {
		return ErrNoConsent
	}
	return audience.Add(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(consent/commercial\.Audience\)\.Add, a commercial sink, without consent for purpose commercial`
}

func positionNotChecked(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return analytics.Track(ctx, "anonymous", "role:"+e.Position) // want `Employee\.Position \(employment\) reaches \(\*consent/commercial\.Analytics\)\.Track, a commercial sink`
}

func pseudonymousID(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return analytics.Track(ctx, strconv.FormatInt(e.ID, 10), "login") // OK: ID is tagged pd:"-"
}
