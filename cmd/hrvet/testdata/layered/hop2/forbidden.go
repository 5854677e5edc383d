package hop2

import "example.com/layered/store"

// Religions reads a forbidden column through model's DB.Query, a store
// sink by directive: only a sink's SQL is read for the columns it selects.
func Religions(s *store.Service) error {
	return s.DB.Query("SELECT religion FROM employees WHERE id = 1") // MISTAKE(forbidden): a forbidden column read through model's store sink
}

// Plan passes the same SQL to a method that is no sink.
func Plan(s *store.Service) string {
	return s.DB.Explain("SELECT religion FROM employees WHERE id = 1") // OK: Explain is no store sink, and SELECT defines no column
}
