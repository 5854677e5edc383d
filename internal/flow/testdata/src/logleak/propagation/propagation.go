// Package propagation logs personal data through wrappers (in this
// package and in logx), errors, builders, closures and goroutines; and
// checks that neither a consent check nor a legal basis makes a log line
// acceptable: only a redactor does.
package propagation

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"strings"

	"logleak/propagation/logx"
)

// Employee is a personnel record.
type Employee struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Phone string `pd:"phone"`
	Email string `pd:"email"`
	SNILS string `pd:"govid"`
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

// Registry is the table of written consents.
type Registry struct{ granted map[int64]bool }

// Has reports whether the employee agreed.
//
//hrvet:consent
func (r *Registry) Has(ctx context.Context, employeeID int64) bool { return r.granted[employeeID] }

type payload struct {
	To   string
	Text string
}

var (
	staff Directory
	reg   *Registry
	audit = &logx.Audit{L: log.Default()}
)

func debugf(format string, args ...any) {
	log.Printf("debug: "+format, args...) // OK: the arguments come from the callers
}

type tracer struct {
	l *log.Logger
}

func (t *tracer) employee(e *Employee) {
	t.l.Printf("viewing %s", e.Name) // OK: e comes from the callers
}

func wrappers(ctx context.Context, t *tracer, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	debugf("phone %s", e.Phone)        // want `Employee\.Phone \(phone\) reaches log\.Printf via logleak/propagation\.debugf without a redactor`
	t.employee(e)                      // want `Employee\.Name \(name\) reaches \(\*log\.Logger\)\.Printf via \(\*logleak/propagation\.tracer\)\.employee without a redactor`
	logx.Field("email", e.Email)       // want `Employee\.Email \(email\) reaches log\.Printf via logleak/propagation/logx\.Field without a redactor`
	audit.Record(e.Name, "viewed")     // want `Employee\.Name \(name\) reaches \(\*log\.Logger\)\.Printf via \(\*logleak/propagation/logx\.Audit\)\.Record without a redactor`
	debugf("employee %d", e.ID)        // OK: the ID
	logx.Field("employee", e.ID)       // OK: the ID
	audit.Record("employee", "viewed") // OK: constants
}

func errorsAndBuilders(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	err = fmt.Errorf("no account for %s", e.Email)
	log.Print(err)                                  // want `Employee\.Email \(email\) reaches log\.Print without a redactor`
	log.Println(errors.New("bad phone " + e.Phone)) // want `Employee\.Phone \(phone\) reaches log\.Println without a redactor`
	var sb strings.Builder
	sb.WriteString("SNILS ")
	sb.WriteString(e.SNILS)
	log.Print(sb.String()) // want `Employee\.SNILS \(govid\) reaches log\.Print without a redactor`
	b, _ := json.Marshal(payload{To: e.Phone, Text: "hi"})
	log.Printf("request %s", b)                     // want `Employee\.Phone \(phone\) reaches log\.Printf without a redactor`
	log.Printf("request %+v", payload{To: e.Email}) // want `Employee\.Email \(email\) reaches log\.Printf without a redactor`
	log.Printf("request %+v", payload{Text: "hi"})  // OK: nothing personal in the payload
}

func closures(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	defer func() {
		log.Printf("done with %s", e.Name) // want `Employee\.Name \(name\) reaches log\.Printf without a redactor`
	}()
	go log.Println(e.Phone) // want `Employee\.Phone \(phone\) reaches log\.Println without a redactor`
	go func() {
		log.Println(e.Email) // want `Employee\.Email \(email\) reaches log\.Println without a redactor`
	}()
}

func consentDoesNotMatter(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	if reg.Has(ctx, e.ID) {
		log.Printf("texting %s", e.Phone) // want `Employee\.Phone \(phone\) reaches log\.Printf without a redactor`
	}
}

// fileReport files the pension-fund report under a legal basis, which
// covers the transfer but not a log line.
//
//hrvet:basis Federal Law 27-FZ art. 11
func fileReport(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	log.Printf("filing SNILS %s", e.SNILS) // want `Employee\.SNILS \(govid\) reaches log\.Printf without a redactor`
}
