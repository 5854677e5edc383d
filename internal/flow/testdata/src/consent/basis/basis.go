// Package basis checks legal bases: a //hrvet:basis on the function, on
// the statement, or on the sink itself lets a transfer go without consent,
// but never a commercial one.
package basis

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

// Employee is a personnel record.
type Employee struct {
	ID     int64  `pd:"-"`
	Name   string `pd:"name"`
	SNILS  string `pd:"govid"`
	Salary int    `pd:"pay"`
	Email  string `pd:"email"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// Fund is the Social Fund's reporting gateway.
type Fund struct{}

// Submit files a report.
//
//hrvet:sink transfer
func (f *Fund) Submit(ctx context.Context, report []byte) error { return nil }

// Bank pays salaries.
type Bank struct{}

// Pay transfers amount to the employee's account.
//
//hrvet:sink transfer
func (b *Bank) Pay(ctx context.Context, name string, amount int) error { return nil }

// TaxOffice receives the yearly income statements.
type TaxOffice struct{}

// FileIncome files an income statement; the law requires it.
//
//hrvet:basis Tax Code art. 230
//hrvet:sink transfer
func (t *TaxOffice) FileIncome(ctx context.Context, govID string, income int) error { return nil }

// Analytics is the product analytics service.
type Analytics struct{}

// Track records an event.
//
//hrvet:sink commercial
func (a *Analytics) Track(ctx context.Context, userID, event string) error { return nil }

// Loyalty is the partner's loyalty programme, which the collective
// agreement mentions; that is no consent to a commercial use.
type Loyalty struct{}

// Enrol adds the employee to the programme.
//
//hrvet:basis Collective agreement, section 7
//hrvet:sink commercial
func (l *Loyalty) Enrol(ctx context.Context, email string) error { return nil }

var (
	loyalty   *Loyalty
	staff     Directory
	fund      *Fund
	bank      *Bank
	tax       *TaxOffice
	analytics *Analytics
)

type fundRow struct {
	Name   string `json:"name"`
	SNILS  string `json:"snils"`
	Salary int    `json:"salary"`
}

// reportToFund files the quarterly report.
//
//hrvet:basis Federal Law 27-FZ art. 11
func reportToFund(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	body, err := json.Marshal(fundRow{Name: e.Name, SNILS: e.SNILS, Salary: e.Salary})
	if err != nil {
		return err
	}
	return fund.Submit(ctx, body) // OK: the function's basis covers the transfer
}

func paySalary(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	//hrvet:basis Labour Code art. 136 (salary paid to the employee's account)
	if err := bank.Pay(ctx, e.Name, e.Salary); err != nil { // OK: the statement's basis covers the whole line
		return err
	}
	resp, err := http.Post("https://bonus.example.com/notify", "text/plain", strings.NewReader(e.Email)) // want `Employee\.Email \(email\) reaches net/http\.Post without a consent check`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func paySalaryMultiLine(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	//hrvet:basis Labour Code art. 136
	err = bank.Pay(
		ctx,
		e.Name,
		e.Salary,
	) // OK: the statement's basis covers all its lines
	return err
}

func fileIncome(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return tax.FileIncome(ctx, e.SNILS, e.Salary) // OK: the sink itself carries a basis
}

// announce runs under the fund's basis, but analytics is commercial.
//
//hrvet:basis Federal Law 27-FZ art. 11
func announce(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return analytics.Track(ctx, e.Email, "report-filed") // want `Employee\.Email \(email\) reaches \(\*consent/basis\.Analytics\)\.Track, a commercial sink, without consent for purpose commercial \(Labour Code art\. 88 p\.2\)`
}

func statementBasisCommercial(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	//hrvet:basis Labour Code art. 22
	return analytics.Track(ctx, e.Email, "payslip-opened") // want `Employee\.Email \(email\) reaches \(\*consent/basis\.Analytics\)\.Track, a commercial sink, without consent for purpose commercial`
}

// submitRow sends one row; its callers need a basis or a consent.
func submitRow(ctx context.Context, e *Employee) error {
	row := e.Name + ";" + e.SNILS + ";" + strconv.Itoa(e.Salary)
	return fund.Submit(ctx, []byte(row)) // OK: checked at the callers
}

// correctReport re-files a report through a helper.
//
//hrvet:basis Federal Law 27-FZ art. 11
func correctReport(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return submitRow(ctx, e) // OK: the caller's basis covers the helper's transfer
}

func previewReport(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return submitRow(ctx, e) // want `Employee\.Name \(name\).* reach.*\(\*consent/basis\.Fund\)\.Submit via consent/basis\.submitRow without a consent check`
}

func enrolInLoyalty(ctx context.Context, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	return loyalty.Enrol(ctx, e.Email) // want `Employee\.Email \(email\) reaches \(\*consent/basis\.Loyalty\)\.Enrol, a commercial sink, without consent for purpose commercial`
}
