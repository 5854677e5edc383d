// Package cfgrec reads a field its .hrvet.yaml marks in another package.
package cfgrec

import "gen"

// Number returns the entry's number.
func Number(e *gen.Entry) string { return e.Msisdn + e.Office }

// Same reads the number again.
func Same(e *gen.Entry) string { return e.Msisdn }
