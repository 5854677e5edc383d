// Package shop looks orders up through another module's ORM. That
// module's summary says Get's error may quote the query's arguments, an
// e-mail among them; like the standard library's errors, another
// module's carry nothing here: what a library formats into an error on a
// path the caller rarely takes is not a leak the caller wrote.
package shop

import (
	"database/sql"
	"log"

	"example.com/orm"
	"example.com/orm/pay"
)

// Customer is a buyer's account.
type Customer struct {
	ID    int64  `pd:"-"`
	Email string `pd:"email"`
}

// Accounts loads accounts.
type Accounts interface {
	Customer(id int64) (*Customer, error)
}

// Order is one purchase.
type Order struct {
	ID    int64
	Total int
}

// Orders lists a customer's orders.
func Orders(db *sql.DB, accounts Accounts, id int64) []Order {
	c, err := accounts.Customer(id)
	if err != nil {
		return nil
	}
	var out []Order
	if err := orm.New(db).Get(&out, "email = ?", c.Email); err != nil {
		log.Printf("orders: %v", err) // OK: the ORM's error is its own
	}
	log.Printf("orders of %s", c.Email) // want `Customer.Email \(email\) reaches log.Printf without a redactor`
	return out
}

// Checkout opens a payment session for the customer: the SDK's debug
// dump is not reported as this package's log.
func Checkout(accounts Accounts, id int64, client *pay.Client) error {
	c, err := accounts.Customer(id)
	if err != nil {
		return err
	}
	return client.Session(c.Email)
}
