// Package decision proposes quarterly bonuses and dismissals from KPI
// scorecards, and carries them out.
//
// A proposal is only a suggestion: Labour Code art. 86 p.6 forbids deciding
// about an employee on automated processing alone, so a proposal goes to
// an HR officer (Board.Review records the officer's answer) and only an
// approved one may be carried out (Board.Approved). The decisions
// themselves, Actions.Dismiss and Actions.SetBonus, carry the decision
// directive; Board.Approved carries the review directive.
package decision

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"example.com/hrapp/employee"
)

// Action is what a proposal suggests.
type Action string

// The actions a proposal may suggest.
const (
	None      Action = "none"
	Bonus     Action = "bonus"
	Dismissal Action = "dismissal"
)

// Scorecard is an employee's result for the quarter.
type Scorecard struct {
	KPI        float64 `pd:"employment"` // share of targets met; 1.0 means all (an appraisal)
	Reprimands int     // disciplinary reprimands this year (Labour Code art. 192)
}

// Proposal is an automated suggestion about one employee.
type Proposal struct {
	EmployeeID int64  `json:"employee_id"`
	Action     Action `json:"action"`
	Amount     int64  `json:"amount,omitempty"` // bonus, in kopecks
	Reason     string `json:"reason,omitempty"`
}

// Propose suggests a bonus of half a monthly salary for a strong quarter,
// and dismissal for repeated failure to perform duties after reprimands
// (Labour Code art. 81 p.5). It decides nothing by itself: an officer
// sees the proposal.
func Propose(e employee.Employee, sc Scorecard) Proposal {
	p := Proposal{EmployeeID: e.ID, Action: None}
	switch {
	case sc.Reprimands >= 2:
		p.Action, p.Reason = Dismissal, "repeated failure to perform duties after reprimands"
	case sc.KPI >= 1.2:
		p.Action, p.Amount, p.Reason = Bonus, e.Salary/2, "KPI above 120%"
	}
	return p
}

// Board records the HR officers' decisions on proposals.
type Board struct {
	DB *sql.DB
}

// Review records an HR officer's decision on p. Nothing happens to the
// employee unless the officer approves.
//
//hrvet:review
func (b *Board) Review(ctx context.Context, p Proposal, officer string, approved bool) error {
	if officer == "" {
		return errors.New("decision: a proposal needs a named officer to review it")
	}
	_, err := b.DB.ExecContext(ctx, `INSERT INTO hr_decisions (employee_id, action, amount, officer, approved, decided_at) VALUES ($1, $2, $3, $4, $5, now())`,
		p.EmployeeID, p.Action, p.Amount, officer, approved)
	if err != nil {
		return fmt.Errorf("decision: record review: %w", err)
	}
	return nil
}

// Approved reports whether an HR officer approved p: a decision may be
// carried out only then.
//
//hrvet:review
func (b *Board) Approved(ctx context.Context, p Proposal) bool {
	var approved bool
	err := b.DB.QueryRowContext(ctx, `SELECT approved FROM hr_decisions WHERE employee_id = $1 AND action = $2 ORDER BY decided_at DESC LIMIT 1`,
		p.EmployeeID, p.Action).Scan(&approved)
	return err == nil && approved
}

// Actions carries out HR decisions.
type Actions struct {
	DB *sql.DB
}

// Dismiss ends the employee's contract.
//
//hrvet:decision
func (a *Actions) Dismiss(ctx context.Context, employeeID int64, reason string) error {
	_, err := a.DB.ExecContext(ctx, `UPDATE employees SET dismissed_at = now(), dismissal_reason = $2 WHERE id = $1`, employeeID, reason)
	if err != nil {
		return fmt.Errorf("decision: dismiss %d: %w", employeeID, err)
	}
	return nil
}

// SetBonus awards the employee a bonus for the quarter, in kopecks.
//
//hrvet:decision
func (a *Actions) SetBonus(ctx context.Context, employeeID, amount int64) error {
	_, err := a.DB.ExecContext(ctx, `INSERT INTO bonuses (employee_id, amount, awarded_at) VALUES ($1, $2, now())`, employeeID, amount)
	if err != nil {
		return fmt.Errorf("decision: bonus for %d: %w", employeeID, err)
	}
	return nil
}
