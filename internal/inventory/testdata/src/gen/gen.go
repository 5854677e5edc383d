// Package gen stands for generated code that cannot carry pd tags.
package gen

// Entry is a phone-book entry.
type Entry struct {
	Msisdn string
	Office string
}
