// Package pgconn is a minimal stub of github.com/jackc/pgx/v5/pgconn for
// hrvet's tests.
package pgconn

// CommandTag is the status text a command returns.
type CommandTag struct {
	s string
}

// RowsAffected returns the number of rows the command affected.
func (ct CommandTag) RowsAffected() int64 { return 0 }
