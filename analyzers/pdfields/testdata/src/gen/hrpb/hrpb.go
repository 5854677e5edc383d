// Package hrpb stands for generated code the user cannot tag.
package hrpb

// Record is a generated message; nothing in it is inferred.
type Record struct {
	Msisdn string
	Code   string
}

// Permit is a generated authorization client's check.
func Permit(role string) error { return nil }

// Terminate is a generated client's call, a decision by config.
func Terminate(id int64) error { return nil }

// Approve is a generated client's review, by config.
func Approve(id int64) bool { return true }

// Vote is named a review by config, but cannot say yes or no. The
// config's check happens where the package is analysed with it, which a
// package of another module never is: the review answers nothing.
func Vote(id int64) int { return 0 }
