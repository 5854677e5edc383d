package people_test

// stub exists only in the external test package.
type stub struct {
	Email string
}

var _ = stub{}
