// Package basic sends personal data to the transfer sinks of the standard
// library (net/http, net/smtp, net, crypto/tls) without a consent check,
// next to the calls that must stay quiet: non-personal data, departments,
// responses to the caller, and store and log sinks, which are not the
// consent analyzer's business.
package basic

import (
	"context"
	"database/sql"
	"net/http"
	"time"
)

// Employee is a personnel record. Name and Passport are found by name
// inference, Phone and Email by their tags; ID is tagged as not personal.
type Employee struct {
	ID       int64  `pd:"-"`
	Name     string `json:"name"`
	Phone    string `pd:"phone"`
	Email    string `pd:"email"`
	Passport string `json:"passport"`
	DeptID   int64
}

// Department has a name and a phone of its own, but it is not a person.
type Department struct {
	ID    int64
	Name  string
	Phone string
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
	Department(ctx context.Context, id int64) (*Department, error)
}

var (
	staff  Directory
	db     *sql.DB
	client = &http.Client{Timeout: 10 * time.Second}
)

const (
	smsGateway = "https://sms.example.com/send"
	crmURL     = "https://crm.example.com/contacts"
)
