// Package ignore suppresses logleak findings with //hrvet:ignore: an
// ignore that suppresses a finding is silent, one that suppresses nothing
// is reported, and an ignore for consent only does not hide a log line.
package ignore

import (
	"context"
	"log"
	"log/slog"
)

// Employee is a personnel record.
type Employee struct {
	ID       int64  `pd:"-"`
	Name     string `pd:"name"`
	Phone    string `pd:"phone"`
	Passport string `pd:"govid"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

var staff Directory

func accessAudit(ctx context.Context, id int64, actor string) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	//hrvet:ignore logleak the access audit log is required by the data-protection policy and readable by the DPO only
	log.Printf("%s viewed the personnel file of %s", actor, e.Name)
	slog.Info("passport checked", "passport", e.Passport) //hrvet:ignore logleak,consent the migration check runs once, on an isolated host
}

func consentOnly(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	//hrvet:ignore consent this ignore is for the consent analyzer only
	log.Printf("calling %s", e.Phone) // want `Employee\.Phone \(phone\) reaches log\.Printf without a redactor`
}

func stale(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	// want +1 `//hrvet:ignore suppresses no logleak finding; remove logleak from it \(or the whole directive\)`
	//hrvet:ignore logleak the phone used to be logged here
	log.Printf("employee %d called", e.ID)
	// want +1 `//hrvet:ignore suppresses no logleak finding; remove logleak from it \(or the whole directive\)`
	slog.Info("called", "employee", e.ID) //hrvet:ignore logleak left over from the old log format
}
