// Package pgxpool is a minimal stub of github.com/jackc/pgx/v5/pgxpool for
// hrvet's tests: Pool.Exec, with the real signature.
package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v5/pgconn"
)

// Pool is a connection pool.
type Pool struct{}

// New creates a pool.
func New(ctx context.Context, connString string) (*Pool, error) { return &Pool{}, nil }

// Exec runs sql with arguments on a pooled connection.
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}
