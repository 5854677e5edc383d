// Package redact logs personal data through redactors: the annotations
// package's Mask, MaskTail and Redacted, and a local //hrvet:redact
// function. A redactor cleans only its own result; a function that merely
// looks like one does not.
package redact

import (
	"context"
	"log"
	"strings"

	"github.com/hrvet/hrvet/annotations"
)

// Employee is a personnel record. MaskedPhone says by its name that it is
// not personal data.
type Employee struct {
	ID          int64  `pd:"-"`
	Name        string `pd:"name"`
	Phone       string `pd:"phone"`
	Email       string `pd:"email"`
	Card        string `pd:"card"`
	MaskedPhone string
}

// Directory looks up staff records.
type Directory interface {
	Employee(ctx context.Context, id int64) (*Employee, error)
}

var staff Directory

// maskEmail keeps the domain of an address.
//
//hrvet:redact
func maskEmail(s string) string {
	if i := strings.IndexByte(s, '@'); i >= 0 {
		return "***" + s[i:]
	}
	return "***"
}

// last4 looks like a redactor, but nothing says it is one.
func last4(s string) string {
	if len(s) <= 4 {
		return s
	}
	return s[len(s)-4:]
}

// logMasked logs its parameter through a redactor.
func logMasked(e *Employee) {
	log.Printf("card %s", annotations.MaskTail(e.Card, 4)) // OK: masked
}

func redacted(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	log.Printf("calling %s", annotations.Mask(e.Phone))        // OK: masked
	log.Printf("card %s", annotations.MaskTail(e.Card, 4))     // OK: masked
	log.Printf("loaded %v", annotations.Redacted(e))           // OK: redacted
	log.Printf("mail to %s", maskEmail(e.Email))               // OK: a local redactor
	log.Printf("calling %s", annotations.Mask("tel:"+e.Phone)) // OK: the whole argument is masked
	log.Printf("masked %s", e.MaskedPhone)                     // OK: the field's name says it is masked
	masked := annotations.MaskTail(e.Phone, 2)
	log.Printf("calling %s (%d digits)", masked, len(e.Phone)) // OK: masked, and a length
	logMasked(e)                                               // OK: the callee masks
}

func notRedacted(ctx context.Context, id int64) {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return
	}
	log.Printf("%s: %s", annotations.Mask(e.Phone), e.Name) // want `Employee\.Name \(name\) reaches log\.Printf without a redactor`
	_ = annotations.Mask(e.Email)
	log.Print(e.Email)                      // want `Employee\.Email \(email\) reaches log\.Print without a redactor`
	log.Printf("card ...%s", last4(e.Card)) // want `Employee\.Card \(card\) reaches log\.Printf without a redactor`
}
