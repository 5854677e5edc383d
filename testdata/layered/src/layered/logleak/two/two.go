// Package two logs data declared two imports down, in hr.
package two

import (
	"log"
	"log/slog"

	"layered/mid"
)

// Hired logs a new employee's mobile number.
func Hired(id int) {
	e := mid.Load(id)
	log.Printf("hired, call %s", e.Mobile) // want `Employee.Mobile \(phone\) reaches log.Printf without a redactor`
}

// HiredMasked hides it with hr's redactor, reached through mid.
func HiredMasked(id int) {
	e := mid.Load(id)
	log.Printf("hired, call %s", mid.Open().Redact.Hide(e.Mobile))
}

// Moved logs the street of hr's Address.
func Moved(id int) {
	slog.Info("moved", "street", mid.Find(id).Home.Street) // want `Address.Street \(address\) reaches log/slog.Info without a redactor`
}

// Desk logs what is not personal data.
func Desk(id int) {
	r := mid.LoadRecord(id)
	log.Printf("desk %d of employee %d: %s", r.Desk, r.ID, r.Notes)
}

// Lead logs a team lead's name, a field of hr's type in mid's Team.
func Lead(id int) {
	log.Println("lead:", mid.LoadTeam(id).Lead.FullName) // want `Employee.FullName \(name\) reaches log.Println without a redactor`
}
