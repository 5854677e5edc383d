// Package use sees the decisions and reviews of package decide through
// facts.
package use

import (
	"context"

	"decide"
)

// Calls resolves imported decisions and reviews.
func Calls(ctx context.Context, e decide.Employee, b *decide.Board, p decide.Proposal) {
	_ = decide.Propose(e)                // want `func Propose: decision`
	_ = decide.Approved(ctx, p)          // want `func Approved: review error`
	_ = b.Approve(p, "officer")          // want `func Approve: review bool`
	decide.Terminate(&e)                 // want `func Terminate: decision\(inferred "terminate"\)`
	decide.CutBonus("1", 10)             // want `func CutBonus: decision\(inferred "cut bonus"\)`
	decide.FireEmployee(e)               // want `func FireEmployee: sink\(store\); decision\(inferred "fire employee"\)`
	decide.FireEvent(decide.Event{})     // no role
	_ = decide.TerminateEmployee(ctx, 1) // want `func TerminateEmployee: decision\(inferred "terminate employee"\)`
}
