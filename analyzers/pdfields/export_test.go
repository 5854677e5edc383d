package pdfields

// The tests expect each mark as an object fact on the object it marks.
func init() { objectFactsForTests = true }
