// Package hrpb stands for generated code the user cannot tag.
package hrpb

// Record is a generated message; nothing in it is inferred.
type Record struct {
	Msisdn string
	Code   string
}

// Permit is a generated authorization client's check.
func Permit(role string) error { return nil }
