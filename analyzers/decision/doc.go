// Package decision defines an Analyzer that reports HR decisions taken on
// personal data processed solely automatically.
//
// # Analyzer decision
//
// decision: report HR decisions that rest on automated processing of personal data alone
//
// Labour Code art. 86 p.6: when taking decisions that affect an
// employee's interests, the employer may not rely on personal data
// obtained solely by automated processing or electronic receipt. In a Go
// back end that is the nightly job that dismisses everyone whose badge
// reader counted too many absences, the screening function that rejects
// candidates from their parsed CV, the bonus cut computed from GPS tracks,
// with no person looking at each case.
//
// A decision is a function or method marked //hrvet:decision or listed
// under decisions: in .hrvet.yaml (dismissal, discipline, a change of pay
// or bonus, a transfer, the rejection of a candidate), or one whose name
// says so and that takes an employee or an employee's ID (Dismiss,
// TerminateEmployee, RejectCandidate: see package pdfields for the
// words). A review is one
// marked //hrvet:review or listed under reviews:; like a consent check it
// answers with its last result, error (nil approves) or bool (true
// approves). decision reports a call of a decision when
//
//   - whether the call happens depends on a condition computed from
//     personal data (the call is control-dependent on it), or
//   - an argument other than the employee it is about (the first
//     person-bearing argument) is computed from personal data,
//
// and no review's approval dominates the call:
//
//	for _, e := range staff {
//		if e.Absences > 10 {
//			svc.Dismiss(ctx, e.ID)
//			// (*staff.Service).Dismiss, an HR decision, rests on Employee.Absences (employment) processed solely automatically, with no //hrvet:review on the path (Labour Code art. 86 p.6)
//		}
//	}
//
// The twin the law allows asks a person first, and acts only on approval:
//
//	if e.Absences > 10 && approval.Approved(ctx, e.ID, "dismiss") {
//		svc.Dismiss(ctx, e.ID) // no finding
//	}
//
// Declare the step that takes effect, not the one that prepares it: a
// payroll job that creates draft records a person then finalises
// proposes, and its creation of drafts is no decision.
//
// Not reported: a handler that dismisses the employee whose ID a manager
// submitted (a person's command: no condition on personal data decides
// it); a job that only proposes, queueing each case for an HR officer
// (it calls no decision); a layoff of everyone, or a condition on what is
// no personal data (the date, a flag, an ID).
//
// # What a decision rests on
//
// "Computed from" is wider than the flow rules of the other analyzers: a
// comparison carries no data to a sink, but a threshold on absences
// decides on absences. So a condition rests on the operands of its
// comparisons, on what a value chosen by a branch was chosen by
// (bonus := 0; if kpi > 1.2 { bonus = salary / 2 }), and on what a helper
// computes its result from (func overLimit(e Employee) bool), through
// summaries in any package. What says only that something exists is no
// reason to decide: comparisons with nil (err != nil, e == nil), the ok
// of a map lookup, type assertion or receive, and the length of anything
// but a personal field (a loop over the staff list). A loop is judged one
// iteration at a time: a threshold tested after the call, on the way to
// the next iteration, does not decide it.
//
// # Across functions and packages
//
// A function that calls a decision with no review on the path is itself
// a decision to its callers (its summary says so), and the conditions
// around their calls count; a function whose decision is controlled by,
// or given, data of its parameters gets a summary row for them, and the
// finding stands at the call in the function where the data originate,
// naming the wrappers ("an HR decision taken through jobs.fireIfAbsent").
// A review at any caller that dominates the call approves what the callee
// decides. This works in go vet's mode, where only the facts of direct
// imports arrive: each package's summaries say what its functions decide.
//
// A review whose result is never looked at approves nothing, and is
// reported:
//
//	approval.Approved(ctx, e.ID, "dismiss")
//	// result of review approval.Approved is not checked, so it approves nothing (Labour Code art. 86 p.6)
//
// # What decision cannot see
//
// A decision taken in a function literal (a goroutine) is judged by the
// literal's own conditions, not those around the place it is started (a
// TODO(want) case in testdata/src/jobs). A verdict kept in a local
// variable, a struct field of one included (v.Fire = true under a
// threshold, tested later), rests on what decided each store into it,
// also when a helper returns it; kept in a map, a slice, a channel, a
// global or a record reached through a pointer, it is lost. A decision reached through an
// interface method of the module is followed to the implementations the
// analysis sees, as a sink is (see package flow), or taken as one where
// the interface method itself is listed under decisions:; one reached
// through a function value is not followed. A review wrapper
// (a function that returns a review's answer) is not recognised: mark
// it //hrvet:review itself. Whether a review concerns the same employee
// and the same decision is not checked: any approval on the path counts.
package decision

const doc = `report HR decisions that rest on automated processing of personal data alone

Labour Code art. 86 p.6: when taking decisions that affect an employee's
interests, the employer may not rely on personal data obtained solely
by automated processing. decision reports a call of a decision
(//hrvet:decision, decisions: in .hrvet.yaml) whose happening, or whose
arguments besides the employee it is about, are computed from personal
data, with no human review (//hrvet:review, reviews: in .hrvet.yaml)
approving it on the path.`
