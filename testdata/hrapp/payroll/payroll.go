// Package payroll computes salaries, pays them through the bank and reports
// earnings to the Social Fund (SFR, formerly the pension fund PFR).
//
// Both transfers rest on a law rather than on consent, and a basis
// directive says so: on the statement for the bank, on the function for the
// SFR.
package payroll

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"example.com/hrapp/employee"
)

// Staff lists the employees on the payroll.
type Staff interface {
	Active(ctx context.Context) ([]employee.Employee, error)
}

// Service runs the payroll.
type Service struct {
	Staff Staff
	Bank  *BankClient
	SFR   *SFRClient
}

// Withholdings, in percent of the gross salary.
const (
	incomeTaxPercent = 13 // personal income tax
	unionDuesPercent = 1  // union dues, withheld for members (Labour Code art. 377)
)

// NetPay returns what is paid out of a monthly gross salary, in kopecks.
func NetPay(gross int64, unionMember bool) int64 {
	net := gross - gross*incomeTaxPercent/100
	if unionMember {
		net -= gross * unionDuesPercent / 100
	}
	return net
}

// PayMonth pays every active employee's salary for month ("2025-03") into
// the bank account they named.
func (s *Service) PayMonth(ctx context.Context, month string) error {
	staff, err := s.Staff.Active(ctx)
	if err != nil {
		return fmt.Errorf("payroll %s: %w", month, err)
	}
	for _, e := range staff {
		p := Payment{
			Account: e.BankAccount,
			Holder:  e.FullName,
			Amount:  NetPay(e.Salary, e.UnionMember),
			Purpose: "salary for " + month,
		}
		//hrvet:basis Labour Code art. 136 p.3 (salary paid to the bank the employee named)
		err = s.Bank.Pay(ctx, p) // OK: the basis on this statement covers the transfer
		if err != nil {
			return fmt.Errorf("payroll %s: employee %d: %w", month, e.ID, err)
		}
		slog.Info("salary paid", "employee", e.ID, "account", maskAccount(e.BankAccount)) // OK: maskAccount is a redactor
	}
	return nil
}

// ReportToSFR sends the quarter's personalised accounting report (form
// EFS-1) to the Social Fund. The law requires it, so no consent is needed.
//
//hrvet:basis Federal Law 27-FZ art. 11
func (s *Service) ReportToSFR(ctx context.Context, quarter string) error {
	staff, err := s.Staff.Active(ctx)
	if err != nil {
		return fmt.Errorf("sfr report %s: %w", quarter, err)
	}
	rows := make([]SFRRow, 0, len(staff))
	for _, e := range staff {
		// Three months at the current salary: the demo keeps no payment history.
		rows = append(rows, SFRRow{SNILS: e.SNILS, FullName: e.FullName, Earnings: 3 * e.Salary})
	}
	return s.SFR.Submit(ctx, quarter, rows) // OK: the basis on ReportToSFR covers the transfer
}

// maskAccount keeps the last four digits of a bank account number.
//
//hrvet:redact
func maskAccount(account string) string {
	const keep = 4
	if len(account) <= keep {
		return strings.Repeat("*", len(account))
	}
	return strings.Repeat("*", len(account)-keep) + account[len(account)-keep:]
}
