package people

// Contact is how to reach someone.
type Contact struct {
	Email, Phone string
}
