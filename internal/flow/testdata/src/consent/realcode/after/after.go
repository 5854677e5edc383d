// Package after sends requests to a partner and fills them in after the
// call, reduced from a public identity server that updates a verified
// user and then answers with their real name: what is written into a
// value after a sink call is not sent by that call, unless a loop brings
// the call round again.
package after

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Employee is a personnel record.
type Employee struct {
	ID       int64  `pd:"-"`
	FullName string `pd:"name"`
	Phone    string `pd:"phone"`
	Verified bool   `pd:"-"`
}

// Note is what the partner's API takes.
type Note struct {
	Kind  string
	Phone string
}

// Staff loads records.
type Staff interface {
	Employee(id int64) (*Employee, error)
	All() ([]*Employee, error)
}

var staff Staff

const partner = "https://partner.example.com/notes"

func post(n *Note) error {
	b, err := json.Marshal(n)
	if err != nil {
		return err
	}
	_, err = http.Post(partner, "application/json", bytes.NewReader(b))
	return err
}

// Ping tells the partner a verification happened, then keeps the phone
// on the note for the local journal.
func Ping(id int64) (*Note, error) {
	e, err := staff.Employee(id)
	if err != nil {
		return nil, err
	}
	n := &Note{Kind: "verified"}
	if err := post(n); err != nil { // OK: the note holds no phone yet
		return nil, err
	}
	n.Phone = e.Phone
	return n, nil
}

// Verify marks the record verified, saves it with a call that sends only
// the kind of change, and answers with the name.
func Verify(id int64, answer func(string)) error {
	e, err := staff.Employee(id)
	if err != nil {
		return err
	}
	e.Verified = true
	if err := post(&Note{Kind: "verified"}); err != nil { // OK
		return err
	}
	answer(e.FullName)
	return nil
}

// Chain reuses one note for every employee: from the second round on,
// the call sends the phone the previous round wrote.
func Chain() error {
	all, err := staff.All()
	if err != nil {
		return err
	}
	n := &Note{Kind: "roll-call"}
	for _, e := range all {
		if err := post(n); err != nil { // want `Employee.Phone \(phone\) reaches net/http.Post via consent/realcode/after.post without a consent check`
			return err
		}
		n.Phone = e.Phone
	}
	return nil
}
