// want package:`marks\(3 fields, 18 funcs, 0 types\)`

// Package decide declares HR decisions and reviews by directive, and
// holds functions whose names make them decisions, or look as if they
// did (SPEC section 6, decision rules: a decision is inferred from a name
// only for a function that takes a person-bearing value or an employee's
// ID).
package decide

import (
	"context"
	"net/http"
)

// Employee carries personal data.
type Employee struct {
	ID       int64
	FullName string `pd:"name"`   // want FullName:`pd\(name, tag\)`
	SickDays int    `pd:"health"` // want SickDays:`pd\(health, tag\)`
}

// Candidate carries personal data.
type Candidate struct {
	Email string `pd:"email"` // want Email:`pd\(email, tag\)`
}

// Event, Pool and VM carry none.
type (
	Event struct{ Name string }
	Pool  struct{ Size int }
	VM    struct{ Host string }
)

// Proposal is an automated suggestion about an employee.
type Proposal struct {
	EmployeeID int64
	Action     string
}

// EmployeeID is an employee's ID.
type EmployeeID int64

// Propose is declared a decision; its name says nothing.
//
//hrvet:decision
func Propose(e Employee) Proposal { return Proposal{} } // want Propose:`decision`

// Dismiss is declared a decision, so it is not also inferred.
//
//hrvet:decision
func Dismiss(e Employee) {} // want Dismiss:`decision`

// Approved says whether an HR officer approved p: nil is yes.
//
//hrvet:review
func Approved(ctx context.Context, p Proposal) error { return nil } // want Approved:`review error`

// Board records the officers' answers.
type Board struct{}

// Approve says whether the officer approved p: true is yes.
//
//hrvet:review
func (b *Board) Approve(p Proposal, officer string) bool { return officer != "" } // want Approve:`review bool`

// RejectCandidate is where a recruiter decides: a review is not also
// inferred to be a decision.
//
//hrvet:review
func RejectCandidate(c *Candidate) bool { return false } // want RejectCandidate:`review bool`

// Score cannot be a review: it cannot say yes or no.
//
// want +2 `//hrvet:review on Score, which does not return error or bool as its last result; a review must say whether the decision was approved`
//
//hrvet:review
func Score(p Proposal) float64 { return 0 }

// FireEmployee stores the dismissal; its name makes it a decision too.
//
//hrvet:sink store
func FireEmployee(e Employee) {} // want FireEmployee:`sink\(store\); decision\(inferred "fire employee"\)`

// Decisions by name: a decision verb and a person to decide about.

func Terminate(e *Employee) {} // want Terminate:`decision\(inferred "terminate"\)`

func TerminateEmployee(ctx context.Context, empID int64) error { return nil } // want TerminateEmployee:`decision\(inferred "terminate employee"\)`

func RejectApplicant(ctx context.Context, c *Candidate) {} // want RejectApplicant:`decision\(inferred "reject applicant"\)`

func DismissForAbsence(es []Employee) {} // want DismissForAbsence:`decision\(inferred "dismiss"\)`

func AutoSuspendEmployee(ctx context.Context, id int64) {} // want AutoSuspendEmployee:`decision\(inferred "suspend employee"\)`

func CutBonus(employeeID string, percent int) {} // want CutBonus:`decision\(inferred "cut bonus"\)`

func WithholdSalaries(ids []EmployeeID) {} // want WithholdSalaries:`decision\(inferred "withhold salaries"\)`

func DenyPromotion(userID string) {} // want DenyPromotion:`decision\(inferred "deny promotion"\)`

func RevokeOffer(c Candidate) {} // want RevokeOffer:`decision\(inferred "revoke offer"\)`

func LayOffAll(staff map[int64]*Employee) {} // want LayOffAll:`decision\(inferred "lay off all"\)`

func TransferEmployeeToBranch(e Employee, branch string) {} // want TransferEmployeeToBranch:`decision\(inferred "transfer employee"\)`

func (b *Board) DemoteWorker(w *Employee) {} // want DemoteWorker:`decision\(inferred "demote worker"\)`

func fireSotrudnika(sotrudnikID int) {} // want fireSotrudnika:`decision\(inferred "fire sotrudnika"\)`

// Look-alikes: no decision.

func FireEvent(e Event) {}

func (p *Pool) Terminate(ctx context.Context) {}

func DismissNotification(notificationID string) {}

func DismissByID(ctx context.Context, id int64) {} // whose id? the package's name does not say

func RejectRequest(r *http.Request) {}

func (vm *VM) Suspend() {}

func CutBonusPool(teamID string) {}

func TerminateSession(e *Employee) {}

func SuspendUser(userID string) {} // an account, not an employee

func PromoteReplica(nodeID string) {}

func DeclineOffer(c *Candidate) {} // the candidate's answer

func ApproveBonus(e Employee) {} // what a review does

func Transfer(from, to string, amount int64) {}

func (e *Employee) Fire() {} // the receiver is not the subject

func Discipline(score float64) {}
