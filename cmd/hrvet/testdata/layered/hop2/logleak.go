package hop2

import (
	"log"

	"example.com/layered/store"
)

// LogPhone logs an employee's phone.
func LogPhone() {
	e := store.Load(7)
	log.Printf("calling %s", e.Phone) // MISTAKE(logleak): no redactor
}

// LogPhoneMasked logs it through model's redactor.
func LogPhoneMasked(s *store.Service) {
	e := store.Load(7)
	log.Printf("calling %s", s.Masker.Mask(e.Phone)) // OK: model's redactor
}

// LogName logs a field promoted through store's Record.
func LogName() {
	r := store.LoadRecord(8)
	log.Printf("record of %s", r.Name) // MISTAKE(logleak): no redactor
}

// LogCity logs the city of model's Address in store's Profile.
func LogCity() {
	p := store.LoadProfile(9)
	log.Printf("moved to %s", p.Home.City) // MISTAKE(logleak): no redactor
}

// LogID logs only the ID.
func LogID() {
	e := store.Find(9)
	log.Printf("employee %d", e.ID) // OK: the ID is not personal
}
