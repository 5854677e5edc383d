// Package sqlx is a minimal stub of github.com/jmoiron/sqlx for hrvet's
// tests: DB.NamedExec and DB.MustExec, with the real signatures.
package sqlx

import "database/sql"

// DB wraps *sql.DB.
type DB struct {
	*sql.DB
}

// Connect opens and pings a database.
func Connect(driverName, dataSourceName string) (*DB, error) { return &DB{}, nil }

// NamedExec runs query with the named parameters of arg.
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

// MustExec runs query and panics on error.
func (db *DB) MustExec(query string, args ...interface{}) sql.Result { return nil }
