// Package badreview has a config file naming, as a review, a function
// that cannot say whether the decision was approved.
package badreview

// Score rates a proposal: it answers no question.
func Score(proposalID int) float64 { return 0 }
