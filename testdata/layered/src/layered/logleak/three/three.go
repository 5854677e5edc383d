// Package three logs data declared three imports down, in hr.
package three

import (
	"fmt"
	"log/slog"
	"os"

	"layered/top"
)

// Audit writes a promoted passport number to standard error.
func Audit(id int) {
	r := top.LoadRecord(id)
	fmt.Fprintf(os.Stderr, "checked passport %s\n", r.Passport) // want `Employee.Passport \(govid\) reaches fmt.Fprintf without a redactor`
}

// AuditMasked hides it with hr's redactor.
func AuditMasked(id int) {
	r := top.LoadRecord(id)
	fmt.Fprintf(os.Stderr, "checked passport %s\n", top.Services().Redact.Hide(r.Passport))
}

// Page logs the names of a listing.
func Page(log *slog.Logger) {
	for _, e := range top.Staff().Items {
		log.Info("listed", "name", e.FullName) // want `Employee.FullName \(name\) reaches \(\*log/slog.Logger\).Info without a redactor`
	}
}
