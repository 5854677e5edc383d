package flow

// The tests expect summaries and no-return marks as object facts on the
// functions they describe.
func init() { objectFactsForTests = true }
