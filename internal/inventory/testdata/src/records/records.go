// Package records is the analyzer test's fixture: fields marked every
// way, and flows under every kind of guard.
package records

import (
	"fmt"
	"log"
	"os"
	"strings"
)

// Employee is person-like, so ambiguous names count.
type Employee struct {
	ID       int64  `pd:"-"`
	FullName string `pd:"name"`
	Phone    string
	Contact  string `json:"email"`
	Home     struct {
		Street string `pd:"address"`
	}
	//hrvet:basis Federal Law 255-FZ art. 13
	Sick  string `pd:"health"`
	Faith string `pd:"religion"`
}

// Staff shares Employee's struct; the fields stay Employee's.
type Staff Employee

// Card is a pass card.
type Card struct {
	Number string `pd:"card"`
}

// Repo loads employees from somewhere the engine cannot see.
type Repo interface {
	Load(id int64) (*Employee, error)
	Card(id int64) (*Card, error)
}

//hrvet:redact
func mask(s string) string { return strings.Repeat("*", len(s)) }

// Masked is a redactor method: the data come in through the receiver.
//
//hrvet:redact
func (c *Card) Masked() string { return mask(c.Number) }

//hrvet:consent purpose=sms
func hasConsent(id int64) bool { return id > 0 }

// send stands for a client of a third party's API.
//
//hrvet:sink transfer
func send(to, body string) error { return nil }

// Notify sends and logs.
func Notify(r Repo, id int64) {
	e, err := r.Load(id)
	if err != nil {
		return
	}
	c, err := r.Card(id)
	if err != nil {
		return
	}
	log.Printf("phone %s", mask(e.Phone))
	log.Print(fmt.Sprintf("street %s", mask(e.Home.Street)))
	fmt.Fprintln(os.Stdout, c.Masked())
	fmt.Fprintln(os.Stdout, mask(e.FullName), mask(e.Phone))
	fmt.Fprintln(&strings.Builder{}, mask(e.Phone))     // not a sink: not standard output
	log.Print(mask(fmt.Sprint(e.ID)))                   // no personal data in the redactor
	log.Print(func() string { return mask(e.Phone) }()) // a literal: its body runs elsewhere
	if hasConsent(id) {
		send("sms", e.Phone)
	}
	//hrvet:ignore logleak the gateway team needs the number to trace a failed SMS
	log.Print(e.Phone)
	log.Print(e.Contact)
}

// Report files the quarterly report.
//
//hrvet:basis Federal Law 27-FZ art. 11
func Report(r Repo, id int64) {
	e, err := r.Load(id)
	if err != nil {
		return
	}
	send("sfr", e.FullName)
}
