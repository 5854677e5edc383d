// Package nonstring sends personal data that are not strings: a bool
// trade-union flag, an int salary, a time of birth, a float derived from
// pay. Values of every type carry personal data; comparisons and
// branching on them do not.
package nonstring

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"time"
)

// Employee is a personnel record.
type Employee struct {
	ID          int64     `pd:"-"`
	UnionMember bool      `pd:"union"`
	Disabled    bool      `pd:"health"`
	Salary      int       `pd:"pay"`
	Birth       time.Time `pd:"birth"`
	Children    int       `pd:"privatelife"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// Insurer is the health insurer's API.
type Insurer struct{}

// Quote asks for a quote.
//
//hrvet:sink transfer
func (i *Insurer) Quote(ctx context.Context, form url.Values) (float64, error) { return 0, nil }

// SendAny encodes and sends v.
//
//hrvet:sink transfer
func (i *Insurer) SendAny(ctx context.Context, v any) error { return nil }

var (
	staff   Directory
	insurer *Insurer
)

func unionFlagAsText(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_, err = insurer.Quote(ctx, url.Values{"union": {strconv.FormatBool(e.UnionMember)}}) // want `Employee\.UnionMember \(union\) reaches \(\*consent/nonstring\.Insurer\)\.Quote without a consent check`
	return err
}

func unionFlagAsValue(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return insurer.SendAny(ctx, e.UnionMember) // want `Employee\.UnionMember \(union\) reaches \(\*consent/nonstring\.Insurer\)\.SendAny without a consent check`
}

func negatedFlag(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	fit := !e.Disabled
	return insurer.SendAny(ctx, fit) // want `Employee\.Disabled \(health\) reaches \(\*consent/nonstring\.Insurer\)\.SendAny without a consent check`
}

func salaryInJSON(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	body, err := json.Marshal(map[string]int{"salary": e.Salary})
	if err != nil {
		return err
	}
	return insurer.SendAny(ctx, json.RawMessage(body)) // want `Employee\.Salary \(pay\) reaches \(\*consent/nonstring\.Insurer\)\.SendAny without a consent check`
}

func arithmetic(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	yearly := e.Salary * 12
	daily := float64(e.Salary) / 21.5
	if err := insurer.SendAny(ctx, yearly); err != nil { // want `Employee\.Salary \(pay\) reaches \(\*consent/nonstring\.Insurer\)\.SendAny without a consent check`
		return err
	}
	return insurer.SendAny(ctx, -daily) // want `Employee\.Salary \(pay\) reaches \(\*consent/nonstring\.Insurer\)\.SendAny without a consent check`
}

func birthYear(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return insurer.SendAny(ctx, e.Birth.Year()) // want `Employee\.Birth \(birth\) reaches \(\*consent/nonstring\.Insurer\)\.SendAny without a consent check`
}

func birthFormatted(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	_, err = insurer.Quote(ctx, url.Values{"dob": {e.Birth.Format(time.DateOnly)}}) // want `Employee\.Birth \(birth\) reaches \(\*consent/nonstring\.Insurer\)\.Quote without a consent check`
	return err
}

func childrenCount(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return insurer.SendAny(ctx, fmt.Sprintf("%d", e.Children)) // want `Employee\.Children \(privatelife\) reaches \(\*consent/nonstring\.Insurer\)\.SendAny without a consent check`
}

// --- what carries nothing -------------------------------------------------

func comparedSalary(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return insurer.SendAny(ctx, e.Salary > 150000) // OK: a comparison carries nothing
}

func branchOnFlag(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	plan := "standard"
	if e.Disabled {
		plan = "extended"
	}
	return insurer.SendAny(ctx, plan) // OK: only control depends on the flag; implicit flows are not tracked
}
