// Package jobs holds the scheduled HR jobs: the quarterly review of
// scorecards, run by cmd/hrapp at the end of each quarter.
package jobs

import (
	"context"
	"fmt"

	"example.com/hrapp/decision"
	"example.com/hrapp/employee"
)

// Staff lists the employees a job goes through.
type Staff interface {
	Active(ctx context.Context) ([]employee.Employee, error)
}

// Scorecards gives each employee's scorecard for the quarter.
type Scorecards interface {
	Quarter(ctx context.Context, employeeID int64) (decision.Scorecard, error)
}

// Quarterly is the end-of-quarter job.
type Quarterly struct {
	Staff   Staff
	Scores  Scorecards
	Board   *decision.Board
	Actions *decision.Actions
}

// AutoApply dismisses and awards bonuses straight from the scorecards,
// with nobody looking: the automated decision art. 86 p.6 forbids.
func (q *Quarterly) AutoApply(ctx context.Context) error {
	staff, err := q.Staff.Active(ctx)
	if err != nil {
		return err
	}
	for _, e := range staff {
		sc, err := q.Scores.Quarter(ctx, e.ID)
		if err != nil {
			return err
		}
		if sc.Reprimands >= 2 {
			if err := q.Actions.Dismiss(ctx, e.ID, "repeated failure to perform duties"); err != nil { // MISTAKE(decision): dismissal decided by the reprimand count alone
				return err
			}
			continue
		}
		if sc.KPI >= 1.2 {
			if err := q.Actions.SetBonus(ctx, e.ID, e.Salary/2); err != nil { // MISTAKE(decision): the bonus is computed from the salary with nobody reviewing it
				return err
			}
		}
	}
	return nil
}

// ApplyApproved carries out only the proposals an HR officer approved:
// the twin of AutoApply that the law allows.
func (q *Quarterly) ApplyApproved(ctx context.Context) error {
	staff, err := q.Staff.Active(ctx)
	if err != nil {
		return err
	}
	for _, e := range staff {
		sc, err := q.Scores.Quarter(ctx, e.ID)
		if err != nil {
			return err
		}
		p := decision.Propose(e, sc)
		if p.Action == decision.None || !q.Board.Approved(ctx, p) {
			continue // nothing proposed, or the officer has not approved it
		}
		switch p.Action {
		case decision.Dismissal:
			err = q.Actions.Dismiss(ctx, e.ID, p.Reason) // OK: an officer approved the proposal
		case decision.Bonus:
			err = q.Actions.SetBonus(ctx, e.ID, p.Amount) // OK: an officer approved the proposal
		}
		if err != nil {
			return fmt.Errorf("jobs: apply proposal for %d: %w", e.ID, err)
		}
	}
	return nil
}
