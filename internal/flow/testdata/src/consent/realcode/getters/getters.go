// Package getters reads personal fields through methods: the getters
// protoc-gen-go writes, and an ORM entity's accessors of unexported
// fields. A method that returns a personal field is that field, through
// its summary, generated code included.
package getters

import (
	"net/http"
	"strconv"
	"strings"
)

// Directory loads employees over gRPC.
type Directory interface {
	Employee(id int64) (*Employee, error)
}

var dir Directory

// Customer is an ORM entity with unexported fields and accessors.
type Customer struct {
	id    int64
	email string
}

// ID returns the account's key.
func (a *Customer) ID() int64 { return a.id }

// Email returns the customer's address.
func (a *Customer) Email() string { return a.email }

// Customers loads customers.
type Customers interface {
	Customer(id int64) (*Customer, error)
}

var customers Customers

const sms = "https://sms.example.com/send"

// Text sends an employee's phone number, read through its getter.
func Text(id int64) error {
	e, err := dir.Employee(id)
	if err != nil {
		return err
	}
	_, err = http.Post(sms, "text/plain", strings.NewReader(e.GetPhone())) // want `Employee.Phone \(phone\) reaches net/http.Post without a consent check`
	return err
}

// Count sends only the employee's ID, read through its getter.
func Count(id int64) error {
	e, err := dir.Employee(id)
	if err != nil {
		return err
	}
	_, err = http.Post(sms, "text/plain", strings.NewReader(strconv.FormatInt(e.GetId(), 10))) // OK: an ID
	return err
}

// Mail sends a customer's address, read through the ORM accessor.
func Mail(id int64) error {
	a, err := customers.Customer(id)
	if err != nil {
		return err
	}
	_, err = http.Post(sms, "text/plain", strings.NewReader(a.Email())) // want `Customer.email \(email\) reaches net/http.Post without a consent check`
	return err
}

// Key sends a customer's key, read through its accessor.
func Key(id int64) error {
	a, err := customers.Customer(id)
	if err != nil {
		return err
	}
	_, err = http.Post(sms, "text/plain", strings.NewReader(strconv.FormatInt(a.ID(), 10))) // OK: an ID
	return err
}
