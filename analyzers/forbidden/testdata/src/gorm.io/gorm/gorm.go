// Package gorm is a stub of gorm.io/gorm: the methods of DB the tests call,
// with their real signatures.
package gorm

// DB is a database handle.
type DB struct{}

func (db *DB) Model(value interface{}) (tx *DB)                       { return db }
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB)  { return db }
func (db *DB) Create(value interface{}) (tx *DB)                      { return db }
func (db *DB) Update(column string, value interface{}) (tx *DB)       { return db }
func (db *DB) UpdateColumn(column string, value interface{}) (tx *DB) { return db }
func (db *DB) Exec(sql string, values ...interface{}) (tx *DB)        { return db }
func (db *DB) Raw(sql string, values ...interface{}) (tx *DB)         { return db }
