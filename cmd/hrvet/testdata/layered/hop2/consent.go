// Package hop2 imports store, and store imports model: the data and the
// roles used here are declared two imports down. go vet gives hop2 the
// facts of store alone, so everything it must know of model comes through
// store's facts.
package hop2

import (
	"net/http"
	"strconv"
	"strings"

	"example.com/layered/store"
)

const partner = "https://partner.example.com/contacts"

// SendByValue posts the phone of an employee loaded by value.
func SendByValue() error {
	e := store.Load(1)
	_, err := http.Post(partner, "text/plain", strings.NewReader(e.Phone)) // MISTAKE(consent): no consent check
	return err
}

// SendByValueChecked checks consent with model's check first.
func SendByValueChecked(s *store.Service) error {
	e := store.Load(1)
	if err := s.Consents.Check(e.ID); err != nil {
		return err
	}
	_, err := http.Post(partner, "text/plain", strings.NewReader(e.Phone)) // OK: model's consent check guards it
	return err
}

// SendByPointer posts the phone of an employee loaded by pointer.
func SendByPointer() error {
	e := store.Find(2)
	_, err := http.Post(partner, "text/plain", strings.NewReader(e.Phone)) // MISTAKE(consent): no consent check
	return err
}

// SendID posts only the employee's ID.
func SendID() error {
	e := store.Find(2)
	_, err := http.Post(partner, "text/plain", strings.NewReader(strconv.Itoa(e.ID))) // OK: the ID is not personal
	return err
}

// SendAddress posts the city from model's Address inside store's Profile.
func SendAddress() error {
	p := store.LoadProfile(3)
	_, err := http.Post(partner, "text/plain", strings.NewReader(p.Home.City)) // MISTAKE(consent): no consent check
	return err
}

// SendAddressChecked checks consent for the profile's owner first.
func SendAddressChecked(s *store.Service) error {
	p := store.LoadProfile(3)
	if err := s.Consents.Check(p.ID); err != nil {
		return err
	}
	_, err := http.Post(partner, "text/plain", strings.NewReader(p.Home.City)) // OK: checked
	return err
}

// SendEmbedded posts a field of model's Employee promoted through store's
// Record.
func SendEmbedded() error {
	r := store.LoadRecord(4)
	_, err := http.Post(partner, "text/plain", strings.NewReader(r.Phone)) // MISTAKE(consent): no consent check
	return err
}

// SendEmbeddedChecked checks consent first.
func SendEmbeddedChecked(s *store.Service) error {
	r := store.LoadRecord(4)
	if err := s.Consents.Check(r.ID); err != nil {
		return err
	}
	_, err := http.Post(partner, "text/plain", strings.NewReader(r.Phone)) // OK: checked
	return err
}

// NotifyMethod calls model's method, whose summary says it posts the
// receiver's phone.
func NotifyMethod() error {
	return store.Find(5).Notify(partner) // MISTAKE(consent): the summary of (*model.Employee).Notify reaches net/http.Post
}

// NotifyMethodChecked checks consent before calling the method.
func NotifyMethodChecked(s *store.Service) error {
	e := store.Find(5)
	if err := s.Consents.Check(e.ID); err != nil {
		return err
	}
	return e.Notify(partner) // OK: checked
}

// Text sends the phone to model's Gateway, a sink by directive.
func Text(s *store.Service) error {
	e := store.Load(6)
	return s.SMS.Send(e.Phone, "Your payslip is ready.") // MISTAKE(consent): model's sink, no consent check
}

// TextChecked checks consent first.
func TextChecked(s *store.Service) error {
	e := store.Load(6)
	if err := s.Consents.Check(e.ID); err != nil {
		return err
	}
	return s.SMS.Send(e.Phone, "Your payslip is ready.") // OK: checked
}

// Mail hands the employee to store's Mailer, whose summary says it posts
// the phone.
func Mail(s *store.Service) error {
	return s.Mailer.Mail(store.Find(10)) // MISTAKE(consent): the summary of (store.Mailer).Mail reaches net/http.Post
}
