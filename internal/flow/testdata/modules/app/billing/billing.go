// Package billing hands employees' data to another module's SDK.
package billing

import (
	"net/http"
	"strings"

	"example.com/sdk"
)

// Employee is a member of staff.
type Employee struct {
	ID       int64  `pd:"-"`
	FullName string `pd:"name"`
	Email    string `pd:"email"`
	Phone    string `pd:"phone"`
}

var staff map[int64]*Employee

// load finds an employee: its result is an origin of every field.
func load(id int64) *Employee { return staff[id] }

// Charge gives the e-mail to an SDK call hrvet does not know.
func Charge(c *sdk.Client, id int64) {
	e := load(id)
	c.CreateInvoice(&sdk.InvoiceParams{PayerEmail: e.Email, Amount: 100}) // want `unknown \(\*example.com/sdk.Client\).CreateInvoice takes Employee.Email \(email\)`
	c.CreateInvoice(&sdk.InvoiceParams{Amount: e.ID})
	sdk.Hash(e.Email)                                                          // safe in .hrvet.yaml: not listed
	sdk.Notify(e.Phone)                                                        // want `flow Employee.Phone \(phone\) -> example.com/sdk.Notify`
	http.Post("https://sms.example", "text/plain", strings.NewReader(e.Phone)) // want `flow Employee.Phone \(phone\) -> net/http.Post`
	_ = strings.ToUpper(e.FullName)                                            // the standard library: not listed
	own(e.Phone)                                                               // this module: not listed
	sdk.Ptr(e.FullName)                                                        // want `unknown example.com/sdk.Ptr takes Employee.FullName \(name\)`
}

func own(s string) string { return s + "!" }

// Enrol gives a whole record to an SDK call whose summary reaches no
// sink.
func Enrol(c *sdk.Client, id int64) {
	e := load(id)
	r := &sdk.Record{Name: e.FullName, Phone: e.Phone}
	_ = r.GetPhone() // a getter: its result carries the phone on
	c.Enrol(r)       // want `unknown \(\*example.com/sdk.Client\).Enrol takes Employee.FullName \(name\), Employee.Phone \(phone\)`
	r.Save(c)        // want `unknown \(\*example.com/sdk.Record\).Save takes Employee.FullName \(name\), Employee.Phone \(phone\)`
}

// Build fills another module's builder and sends it.
func Build(id int64) {
	e := load(id)
	m := &sdk.Message{}
	m.SetTo(e.Phone) // a setter: the data are followed in m
	m.Send()         // want `unknown \(\*example.com/sdk.Message\).Send takes Employee.Phone \(phone\)`
}

// Tell calls another module's interface method.
func Tell(s sdk.Sender, id int64) {
	e := load(id)
	s.Send(e.Phone, "hi") // want `unknown \(example.com/sdk.Sender\).Send takes Employee.Phone \(phone\)`
}

// Call calls a function value: it has no name to declare, so it is not
// listed.
func Call(f func(string) error, id int64) {
	e := load(id)
	f(e.Phone)
}

// pay is a wrapper of this module: the data come from its parameter, and
// are described by the parameter's type.
func pay(c *sdk.Client, e *Employee) {
	c.CreateInvoice(&sdk.InvoiceParams{PayerEmail: e.Email}) // want `unknown \(\*example.com/sdk.Client\).CreateInvoice takes Employee.Email \(email\)`
}

// Pay calls the wrapper: the call of pay is this module's, not listed.
func Pay(c *sdk.Client, id int64) {
	pay(c, load(id))
}

// Text gives a plain string parameter: nothing says what it holds.
func Text(c *sdk.Client, email string) {
	c.CreateInvoice(&sdk.InvoiceParams{PayerEmail: email})
}
