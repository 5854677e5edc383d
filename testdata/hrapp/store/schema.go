// Package store keeps the HR data in PostgreSQL through database/sql.
package store

import (
	"context"
	"database/sql"
	"fmt"
)

// The SQL comment in createEmployees mentions religion, party and union
// membership, and the holidays check constraint has a 'religion' value:
// neither is a column, so hrvet reports neither.
const (
	createEmployees = `CREATE TABLE IF NOT EXISTS employees (
	id                 BIGSERIAL PRIMARY KEY,
	personnel_number   TEXT NOT NULL UNIQUE,
	full_name          TEXT NOT NULL,
	birth_date         DATE NOT NULL,
	phone              TEXT,
	email              TEXT,
	address            TEXT,
	passport           TEXT NOT NULL,
	snils              TEXT NOT NULL,
	inn                TEXT,
	bank_account       TEXT,
	salary             BIGINT NOT NULL,
	position           TEXT NOT NULL,
	department         TEXT NOT NULL,
	manager_id         BIGINT REFERENCES employees (id),
	car_plate          TEXT,
	fitness_conclusion TEXT,
	passport_scan_key  TEXT
	-- no religion, party or union membership here: Labour Code art. 86 p.4-5
)` // OK: religion appears only in an SQL comment

	createCandidates = `CREATE TABLE IF NOT EXISTS candidates (
	id              BIGSERIAL PRIMARY KEY,
	full_name       TEXT NOT NULL,
	phone           TEXT,
	email           TEXT,
	position        TEXT NOT NULL,
	expected_salary BIGINT,
	education       TEXT,
	applied_at      TIMESTAMPTZ NOT NULL DEFAULT now()
)`

	createDepartments = `CREATE TABLE IF NOT EXISTS departments (
	id      BIGSERIAL PRIMARY KEY,
	name    TEXT NOT NULL UNIQUE,
	address TEXT,
	phone   TEXT,
	head_id BIGINT REFERENCES employees (id)
)`

	createConsents = `CREATE TABLE IF NOT EXISTS consents (
	employee_id BIGINT NOT NULL REFERENCES employees (id),
	purpose     TEXT NOT NULL,
	granted_at  TIMESTAMPTZ NOT NULL,
	revoked_at  TIMESTAMPTZ
)`

	createRemoteDays = `CREATE TABLE IF NOT EXISTS remote_days (
	employee_id BIGINT NOT NULL REFERENCES employees (id),
	week        TEXT NOT NULL,
	days        INT NOT NULL,
	PRIMARY KEY (employee_id, week)
)`

	createHolidays = `CREATE TABLE IF NOT EXISTS holidays (
	day    DATE NOT NULL,
	region TEXT NOT NULL,
	kind   TEXT NOT NULL CHECK (kind IN ('state', 'religion', 'shortened')),
	PRIMARY KEY (day, region)
)` // OK: 'religion' is a string value here, not a column

	createDecisions = `CREATE TABLE IF NOT EXISTS hr_decisions (
	id          BIGSERIAL PRIMARY KEY,
	employee_id BIGINT NOT NULL REFERENCES employees (id),
	action      TEXT NOT NULL,
	amount      BIGINT,
	officer     TEXT NOT NULL,
	approved    BOOLEAN NOT NULL,
	decided_at  TIMESTAMPTZ NOT NULL
)`

	createScorecards = `CREATE TABLE IF NOT EXISTS scorecards (
	employee_id BIGINT NOT NULL REFERENCES employees (id),
	quarter     DATE NOT NULL,
	kpi         DOUBLE PRECISION NOT NULL,
	reprimands  INT NOT NULL,
	PRIMARY KEY (employee_id, quarter)
)`

	createBonuses = `CREATE TABLE IF NOT EXISTS bonuses (
	employee_id BIGINT NOT NULL REFERENCES employees (id),
	amount      BIGINT NOT NULL,
	awarded_at  TIMESTAMPTZ NOT NULL
)`
)

// migrations run in order at start-up; every statement is idempotent or
// fails harmlessly on a second run.
var migrations = []string{
	createEmployees,
	createCandidates,
	createDepartments,
	createConsents,
	createRemoteDays,
	createHolidays,
	createDecisions,
	createScorecards,
	createBonuses,
	`ALTER TABLE employees ADD COLUMN IF NOT EXISTS dismissed_at TIMESTAMPTZ`,
	`ALTER TABLE employees ADD COLUMN IF NOT EXISTS dismissal_reason TEXT`,
	`ALTER TABLE candidates ADD COLUMN IF NOT EXISTS religion TEXT`, // MISTAKE(forbidden): a column for religion (Labour Code art. 86 p.4)
	`ALTER TABLE employees ADD COLUMN IF NOT EXISTS diagnosis TEXT`, // MISTAKE(forbidden): a health column with no legal basis; keep the fitness conclusion only
	`CREATE INDEX IF NOT EXISTS employees_department ON employees (department)`,
}

// Migrate brings the schema up to date.
func Migrate(ctx context.Context, db *sql.DB) error {
	for i, m := range migrations {
		if _, err := db.ExecContext(ctx, m); err != nil {
			return fmt.Errorf("store: migration %d: %w", i, err)
		}
	}
	return migrateBenefits(ctx, db)
}

// migrateBenefits adds the columns the sick-leave benefit and union dues
// need. Both hold special categories, which these laws allow an employer
// to keep.
//
//hrvet:basis Federal Law 255-FZ art. 13 (sick-leave benefit); Labour Code art. 377 (union dues)
func migrateBenefits(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, `ALTER TABLE employees
	ADD COLUMN IF NOT EXISTS sick_leave_reason TEXT,
	ADD COLUMN IF NOT EXISTS union_member BOOLEAN NOT NULL DEFAULT false`) // OK: special categories, on the basis of the function
	if err != nil {
		return fmt.Errorf("store: benefit columns: %w", err)
	}
	return nil
}
