// Package decision defines an Analyzer that reports HR decisions taken on
// personal data processed solely automatically.
//
// # Analyzer decision
//
// decision: report HR decisions that rest on automated processing of personal data alone
//
// (The full documentation follows with the rest of the analyzer.)
package decision

const doc = `report HR decisions that rest on automated processing of personal data alone

Labour Code art. 86 p.6: when taking decisions that affect an employee's
interests, the employer may not rely on personal data obtained solely
by automated processing. decision reports a call of a decision
(//hrvet:decision, decisions: in .hrvet.yaml) whose happening, or whose
arguments besides the employee it is about, are computed from personal
data, with no human review (//hrvet:review, reviews: in .hrvet.yaml)
approving it on the path.`
