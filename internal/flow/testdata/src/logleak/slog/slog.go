// Package slog logs personal data with log/slog: the package functions,
// *slog.Logger methods (With included), and attributes built with
// slog.String, slog.Int, slog.Any and slog.Group, which are not sinks
// themselves but carry their values into the call that logs them.
package slog

import (
	"context"
	"errors"
	"log/slog"
	"os"

	"github.com/hrvet/hrvet/annotations"
)

// Employee is a personnel record.
type Employee struct {
	ID     int64  `pd:"-"`
	Name   string `pd:"name"`
	Phone  string `pd:"phone"`
	Email  string `pd:"email"`
	Salary int    `pd:"pay"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

var staff Directory

func packageFunctions(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	slog.Info("sms sent", "phone", e.Phone)                                    // want `Employee\.Phone \(phone\) reaches log/slog\.Info without a redactor`
	slog.Warn("bounced", slog.String("email", e.Email))                        // want `Employee\.Email \(email\) reaches log/slog\.Warn without a redactor`
	slog.Debug("payroll", slog.Int("salary", e.Salary))                        // want `Employee\.Salary \(pay\) reaches log/slog\.Debug without a redactor`
	slog.InfoContext(ctx, "welcome", "name", e.Name)                           // want `Employee\.Name \(name\) reaches log/slog\.InfoContext without a redactor`
	slog.Log(ctx, slog.LevelWarn, "overtime", "salary", e.Salary)              // want `Employee\.Salary \(pay\) reaches log/slog\.Log without a redactor`
	slog.LogAttrs(ctx, slog.LevelInfo, "mail", slog.String("to", e.Email))     // want `Employee\.Email \(email\) reaches log/slog\.LogAttrs without a redactor`
	slog.Info("enrolled", slog.Group("employee", slog.String("name", e.Name))) // want `Employee\.Name \(name\) reaches log/slog\.Info without a redactor`
}

func wholeRecord(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	slog.Error("update failed", "employee", e)    // want `Employee\.(Name|Phone|Email|Salary) .*reach log/slog\.Error without a redactor`
	slog.Info("loaded", slog.Any("employee", *e)) // want `Employee\.(Name|Phone|Email|Salary) .*reach log/slog\.Info without a redactor`
}

func loggerMethods(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	logger.Info("sms sent", "phone", e.Phone)        // want `Employee\.Phone \(phone\) reaches \(\*log/slog\.Logger\)\.Info without a redactor`
	slog.Default().Warn("bounced", "email", e.Email) // want `Employee\.Email \(email\) reaches \(\*log/slog\.Logger\)\.Warn without a redactor`
	l := logger.With("name", e.Name)                 // want `Employee\.Name \(name\) reaches \(\*log/slog\.Logger\)\.With without a redactor`
	l.Info("enrolled")                               // OK: reported once, where the name went in
}

func attributeBuiltEarlier(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	attr := slog.String("phone", e.Phone) // OK: an attribute is not a sink
	slog.Info("sms sent", attr)           // want `Employee\.Phone \(phone\) reaches log/slog\.Info without a redactor`
}

// --- what must stay quiet -------------------------------------------------

func harmless(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		slog.Error("lookup failed", "employee", id, "err", err) // OK: an ID and an error
		return
	}
	slog.Info("sms sent", "employee", e.ID)                               // OK: the ID is tagged pd:"-"
	slog.Info("sms sent", "phone", annotations.MaskTail(e.Phone, 2))      // OK: masked
	slog.Warn("bounced", slog.String("email", annotations.Mask(e.Email))) // OK: masked
	slog.Info("enrolled", "employee", annotations.Redacted(e))            // OK: redacted
	slog.Info("name length", "n", len(e.Name))                            // OK: len carries nothing
	_ = slog.String("phone", e.Phone)                                     // OK: an attribute that is never logged
	slog.Error("sms failed", "err", errors.New("gateway timeout"))        // OK: nothing personal
}
