// Package misses holds, reduced from the public back ends of
// docs/realcode.md, the log leaks hrvet still misses, each with why.
package misses

import (
	"encoding/csv"
	"io"
	"log"
)

// Bounce is a bounced mail: the address beside the subscriber's ID.
type Bounce struct {
	Email          string
	SubscriberUUID string
	Type           string
}

// Options holds the callback a bounce manager calls.
type Options struct {
	RecordBounce func(Bounce) error
}

// Core records bounces.
type Core struct{}

// RecordBounce is reached only through Options.RecordBounce, which main
// sets to this method value.
func (c *Core) RecordBounce(b Bounce) error {
	log.Printf("bounced subscriber (%s / %s) not found", b.SubscriberUUID, b.Email) // TODO(want) `Bounce\.Email \(email\) reaches log\.Printf` -- Bounce (an address beside an ID) is not person-like, and a method reached only through a function value is not reported in itself
	return nil
}

// Config is the operator's configuration.
type Config struct {
	AdminEmail string
}

// Seed logs the administrator it creates from the configuration.
func Seed(cfg Config) {
	log.Printf("seeding the super administrator %s", cfg.AdminEmail) // TODO(want) `Config\.AdminEmail` -- a configured address has no source: a configuration struct is not person-like
}

// Import logs the rows of a subscriber import that have no valid
// address, reading the columns by the header's names.
func Import(r io.Reader) error {
	rd := csv.NewReader(r)
	header, err := rd.Read()
	if err != nil {
		return err
	}
	for {
		rec, err := rd.Read()
		if err != nil {
			return nil
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			row[h] = rec[i]
		}
		if len(row["email"]) < 3 {
			log.Printf("invalid email: %s", row["email"]) // TODO(want) `email` -- a CSV column read by its name is no source
		}
	}
}
