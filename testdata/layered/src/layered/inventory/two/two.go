// Package two hands data declared in hr, two imports down, to sinks
// declared there too; the record of processing lists each flow and the
// fields read.
package two // want `field layered/hr Employee.FullName name` `field layered/hr Employee.Mobile phone`

import (
	"log"

	"layered/mid"
)

// Remind texts an employee after asking hr's register.
func Remind(id int) error {
	s := mid.Open()
	e := mid.Load(id)
	if !s.Consents.Allowed(e.ID) {
		return nil
	}
	return s.SMS.Text(e.Mobile, "Your leave starts on Monday.") // want `flow Employee.Mobile -> \(\*layered/hr.SMS\).Text guard=consent status=ok`
}

// Courier hands a record to mid's courier with no consent check.
func Courier(id int) error {
	return mid.Open().Courier.Deliver(mid.Find(id)) // want `flow Employee.Passport -> net/http.Post via \(layered/mid.Courier\).Deliver guard=none status=unguarded`
}

// Trace logs a name through hr's redactor.
func Trace(id int) {
	log.Print(mid.Open().Redact.Hide(mid.Load(id).FullName)) // want `flow Employee.FullName -> log.Print guard=redactor status=ok`
}
