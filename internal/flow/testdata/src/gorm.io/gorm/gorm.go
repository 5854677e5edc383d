// Package gorm is a minimal stub of gorm.io/gorm for hrvet's tests: the
// DB methods the fixtures call, with the real names and signatures.
package gorm

// DB is a database session.
type DB struct {
	Error error
}

// Create inserts value.
func (db *DB) Create(value interface{}) (tx *DB) { return db }

// Save updates value, or inserts it.
func (db *DB) Save(value interface{}) (tx *DB) { return db }

// Updates updates the columns in values.
func (db *DB) Updates(values interface{}) (tx *DB) { return db }

// Model selects the model of the next operation.
func (db *DB) Model(value interface{}) (tx *DB) { return db }

// Where adds a condition.
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB) { return db }
