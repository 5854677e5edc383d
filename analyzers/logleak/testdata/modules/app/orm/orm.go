// Package orm stands for an ORM of another module. Its errors may quote
// a query's arguments on a path that only a broken query takes.
package orm

import (
	"database/sql"
	"fmt"
)

// Session runs queries.
type Session struct {
	db *sql.DB
}

// New starts a session.
func New(db *sql.DB) *Session { return &Session{db: db} }

// Get runs the query cond with args into dst.
func (s *Session) Get(dst any, cond string, args ...any) error {
	rows, err := s.db.Query("SELECT * FROM t WHERE "+cond, args...)
	if err != nil {
		return fmt.Errorf("orm: %w (query arguments %v)", err, args)
	}
	return rows.Close()
}
