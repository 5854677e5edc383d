// Package pgx is a minimal stub of github.com/jackc/pgx/v5 for hrvet's
// tests: Conn.Exec, with the real signature.
package pgx

import (
	"context"

	"github.com/jackc/pgx/v5/pgconn"
)

// Conn is a connection to PostgreSQL.
type Conn struct{}

// Connect opens a connection.
func Connect(ctx context.Context, connString string) (*Conn, error) { return &Conn{}, nil }

// Exec runs sql with arguments.
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}
