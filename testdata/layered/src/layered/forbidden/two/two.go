// Package two passes SQL to hr's store sink through mid.
package two

import "layered/mid"

// Believers reads a forbidden column through hr's Exec, a store sink by
// directive: the SQL a store sink is given is read for its columns.
func Believers() error {
	return mid.Open().DB.Exec("SELECT id, religion FROM employees WHERE id = $1", 1) // want `SQL column religion of table employees \(religion\) is a forbidden category`
}

// Pretty hands the same SQL to a method that is no sink.
func Pretty() string {
	return mid.Open().DB.Format("SELECT id, religion FROM employees WHERE id = $1")
}
