package people

// testEmployee exists only in the package's tests.
type testEmployee struct {
	Phone string
}

var _ = testEmployee{}
