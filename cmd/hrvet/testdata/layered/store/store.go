// Package store is the middle of the layered fixture: it loads the
// records of package model and hands them, and model's roles, on. Its one
// sink call, in Mailer.Mail, forwards data from the callers.
package store

import (
	"net/http"
	"strings"

	"example.com/layered/model"
)

// Employee lets wrap name model's record without importing model.
type Employee = model.Employee

// The tables, read by the loaders below.
var (
	employees = map[int]*model.Employee{}
	profiles  = map[int]Profile{}
	records   = map[int]Record{}
)

// Load returns the employee id by value.
func Load(id int) model.Employee {
	return *employees[id]
}

// Find returns the employee id by pointer.
func Find(id int) *model.Employee {
	return employees[id]
}

// Profile is an employee's page; Home is a field of model's type.
type Profile struct {
	ID   int `pd:"-"`
	Home model.Address
}

// LoadProfile returns the profile of employee id.
func LoadProfile(id int) Profile {
	return profiles[id]
}

// Record embeds model's Employee: its fields are promoted.
type Record struct {
	model.Employee
	Floor int `pd:"-"`
}

// LoadRecord returns the record of employee id.
func LoadRecord(id int) Record {
	return records[id]
}

// Line lets the packages above name model's anonymous Summary.
type Line = model.Summary

// Service hands on model's consent check, redactor, sinks and anonymizer.
type Service struct {
	Consents *model.Consents
	Masker   model.Masker
	SMS      *model.Gateway
	DB       *model.DB
	Anon     model.Anonymizer
	Mailer   Mailer
}

// NewService returns the service.
func NewService() *Service {
	return &Service{Consents: new(model.Consents), SMS: new(model.Gateway), DB: new(model.DB)}
}

// Mailer posts employees' data to a partner.
type Mailer struct {
	URL string
}

// Mail posts e's phone. e comes from the callers, so the summary carries
// the flow up to them.
func (m Mailer) Mail(e *model.Employee) error {
	_, err := http.Post(m.URL, "text/plain", strings.NewReader(e.Phone))
	return err
}
