// Package three passes SQL to hr's store sink through top and mid.
package three

import "layered/top"

// Members reads union membership, a special category, with no basis.
func Members() error {
	db := top.Services().DB
	return db.Exec("SELECT full_name, trade_union FROM staff") // want `SQL column trade_union of table staff \(union\) is a special category`
}

// Names reads nothing forbidden.
func Names() error {
	return top.Services().DB.Exec("SELECT full_name FROM staff")
}
