package sdks

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"
)

func storeEverywhere(ctx context.Context, db *gorm.DB, conn *pgx.Conn, pool *pgxpool.Pool, x *sqlx.DB, rdb *redis.Client, id int64) error {
	e, err := staff.Employee(ctx, id)
	if err != nil {
		return err
	}
	if err := db.Create(e).Error; err != nil { // OK: a store sink is not a transfer
		return err
	}
	if _, err := conn.Exec(ctx, `UPDATE staff SET phone = $1 WHERE id = $2`, e.Phone, e.ID); err != nil { // OK: a store sink is not a transfer
		return err
	}
	if _, err := pool.Exec(ctx, `UPDATE staff SET email = $1 WHERE id = $2`, e.Email, e.ID); err != nil { // OK: a store sink is not a transfer
		return err
	}
	if _, err := x.NamedExec(`UPDATE staff SET name = :name WHERE id = :id`, map[string]any{"name": e.Name, "id": e.ID}); err != nil { // OK: a store sink is not a transfer
		return err
	}
	return rdb.Set(ctx, "staff:phone", e.Phone, time.Hour).Err() // OK: a store sink is not a transfer
}
