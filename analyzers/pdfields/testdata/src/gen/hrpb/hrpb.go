// Package hrpb stands for generated code the user cannot tag.
package hrpb

// Record is a generated message; nothing in it is inferred.
type Record struct {
	Msisdn string
	Code   string
}
