// Package sqlcheck exercises the forbidden analyzer on SQL.
package sqlcheck

import (
	"context"
	"database/sql"
	"fmt"

	"gorm.io/gorm"
)

// want +1 `SQL column religion of table candidates \(religion\) is a forbidden category: an employer may never collect it \(Labour Code art. 86 p.4; Convention 108 art. 6\); remove the column` `SQL column "Party" of table candidates \(politics\)|SQL column Party of table candidates \(politics\)` `SQL column diagnosis of table candidates \(health\) is a special category with no legal basis \(Labour Code art. 88 p.6; Convention 108 art. 6\): an employer may keep only the conclusion on fitness for the job; remove the column, or cite the law that allows it with //hrvet:basis <citation> on the function or statement that runs it`
const createCandidates = `CREATE TABLE IF NOT EXISTS hr.candidates (
	id        BIGSERIAL PRIMARY KEY,
	full_name TEXT NOT NULL,
	religion  TEXT,            -- multi-line raw string, schema-qualified table
	"Party"   TEXT,
	diagnosis TEXT,
	fitness   TEXT,
	CONSTRAINT religion_known CHECK (religion <> '')
)`

// Words in comments, string values and table names are not columns.
const createHolidays = `CREATE TABLE holidays (
	day  DATE NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('state', 'religion', 'party')),
	-- religion TEXT was dropped: Labour Code art. 86 p.4
	/* politics TEXT */
	note TEXT DEFAULT 'no religion here'
)`

const createReligions = `CREATE TABLE religions (id INT PRIMARY KEY, title TEXT)` // a reference table of religions, with no one's religion in it

// Quoted identifiers: PostgreSQL, MySQL and SQL Server quoting.
var quoted = []string{
	`CREATE TABLE "Employees" ("Veroispovedanie" TEXT)`,       // want `SQL column Veroispovedanie of table Employees \(religion\)`
	"CREATE TABLE `staff` (`sexual_orientation` TEXT)",        // want `SQL column sexual_orientation of table staff \(sexlife\)`
	`CREATE TABLE [dbo].[Workers] ([Ethnicity] NVARCHAR(50))`, // want `SQL column Ethnicity of table Workers \(race\)`
}

// Migrations in a package-level slice: a basis cannot be put on them, so
// the special-category one is reported too.
var migrations = []string{
	`ALTER TABLE candidates ADD COLUMN IF NOT EXISTS partiynost TEXT`, // want `SQL column partiynost of table candidates \(politics\)`
	`ALTER TABLE employees ADD COLUMN sudimost BOOLEAN`,               // want `SQL column sudimost of table employees \(criminal\) is a special category`
	`ALTER TABLE employees DROP COLUMN religion`,                      // dropping the column is the fix
	`ALTER TABLE employees RENAME COLUMN notes TO ethnicity`,          // want `SQL column ethnicity of table employees \(race\)`
	`CREATE INDEX employees_religion ON employees (religion)`,         // an index names no new column
}

// Prose that merely mentions the words is not SQL.
var prose = []string{
	"Please select your religion from the list.",
	"Insert into the form (religion) and then submit",
	"Update your profile: set religion = none",
	"We never ask about religion, politics or union membership.",
}

// Save writes with column lists.
func Save(ctx context.Context, db *sql.DB, id int64, v string) error {
	if _, err := db.ExecContext(ctx, `INSERT INTO candidates (full_name, veroispovedanie) VALUES ($1, $2)`, "x", v); err != nil { // want `SQL column veroispovedanie of table candidates \(religion\)`
		return err
	}
	_, err := db.ExecContext(ctx, "UPDATE employees SET diagnoz = $1 WHERE id = $2", v, id) // want `SQL column diagnoz of table employees \(health\)`
	return err
}

// Holidays reads a 'religion' value: a string value is not a column.
func Holidays(ctx context.Context, db *sql.DB) (*sql.Rows, error) {
	return db.QueryContext(ctx, `SELECT day FROM holidays WHERE kind IN ('state', 'religion') ORDER BY day`)
}

// Believers reads a forbidden column: reads count in SQL passed to a
// database.
func Believers(ctx context.Context, db *sql.DB) (*sql.Rows, error) {
	return db.QueryContext(ctx, "SELECT id, religion FROM candidates") // want `SQL column religion of table candidates \(religion\)`
}

// ByParty filters on a forbidden column.
func ByParty(ctx context.Context, db *sql.DB, p string) (*sql.Rows, error) {
	return db.QueryContext(ctx, "SELECT id FROM candidates c WHERE c.party = $1", p) // want `SQL column party of table candidates \(politics\)`
}

const selectDiagnosis = "SELECT diagnosis FROM employees" // want `SQL column diagnosis of table employees \(health\)`

// WithWhere builds a query from a constant declared elsewhere: the finding
// stands at the literal that spells the column.
func WithWhere(ctx context.Context, db *sql.DB) error {
	_, err := db.QueryContext(ctx, selectDiagnosis+" WHERE id = $1", 1)
	return err
}

const selectUnion = "SELECT profsoyuz FROM employees" // covered by the basis of Dues

// Dues reads the union membership: the basis on the function covers it.
//
//hrvet:basis Labour Code art. 377 (union dues)
func Dues(ctx context.Context, db *sql.DB) error {
	_, err := db.QueryContext(ctx, selectUnion)
	return err
}

// Unbased reads the same constant with no basis: the basis of Dues covers
// the column wherever the constant is used.
func Unbased(ctx context.Context, db *sql.DB) error {
	_, err := db.QueryContext(ctx, selectUnion)
	return err
}

// SickLeave keeps the diagnosis on a statement's basis.
func SickLeave(ctx context.Context, db *sql.DB, d string) error {
	//hrvet:basis Federal Law 255-FZ art. 13 (sick-leave benefit)
	_, err := db.ExecContext(ctx, "UPDATE sick_leaves SET diagnosis = $1", d)
	if err != nil {
		return err
	}
	// A basis does not lift a forbidden category.
	//hrvet:basis Federal Law 255-FZ art. 13 (sick-leave benefit)
	_, err = db.ExecContext(ctx, "UPDATE sick_leaves SET religion = $1", d) // want `SQL column religion of table sick_leaves \(religion\)`
	return err
}

// MigrateUnion creates a special-category column in a function with a
// basis.
//
//hrvet:basis Labour Code art. 377 (union dues)
func MigrateUnion(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, `ALTER TABLE employees ADD COLUMN union_member BOOLEAN`)
	return err
}

// Formatted SQL: a fmt verb stands for the table.
func Formatted(table string) string {
	return fmt.Sprintf("INSERT INTO %s (religion) VALUES (?)", table) // want `SQL column religion \(religion\)`
}

// Upsert writes in an ON CONFLICT clause.
func Upsert(ctx context.Context, db *sql.DB) error {
	// want +1 `SQL column politicheskie_vzglyady of table candidates \(politics\)`
	_, err := db.ExecContext(ctx, `INSERT INTO candidates (id) VALUES ($1)
		ON CONFLICT (id) DO UPDATE SET politicheskie_vzglyady = EXCLUDED.politicheskie_vzglyady`, 1)
	return err
}

// Gorm writes through an ORM: Update names a column, Exec takes SQL.
func Gorm(db *gorm.DB, v string) {
	db.Model(&struct{}{}).Update("religion", v)  // want `SQL column religion \(religion\)`
	db.Exec("UPDATE candidates SET race = ?", v) // want `SQL column race of table candidates \(race\)`
	db.Model(&struct{}{}).Update("full_name", v) // personal data: not forbidden's business
	db.Where("religion = ?", v)                  // Where is not a store sink: TODO(want) SQL column religion (religion)
}

// Repo is a store declared by directive: its string arguments are SQL.
type Repo struct{}

// Query runs a query.
//
//hrvet:sink store
func (Repo) Query(q string, args ...any) {}

// UseRepo passes SQL to the declared store.
func UseRepo(r Repo) {
	r.Query("SELECT ethnicity FROM candidates") // want `SQL column ethnicity of table candidates \(race\)`
}

// Variables hold SQL the analyzer does not follow.
func Variables(ctx context.Context, db *sql.DB) error {
	q := "SELECT id FROM candidates"
	q += " WHERE religion = $1" // TODO(want) SQL column religion: a string built at run time is read only where it is a constant
	_, err := db.QueryContext(ctx, q, "x")
	return err
}

// Ordered names a column only in ORDER BY.
func Ordered(ctx context.Context, db *sql.DB) error {
	_, err := db.QueryContext(ctx, "SELECT id FROM candidates ORDER BY religion") // TODO(want) SQL column religion: ORDER BY and GROUP BY are not column positions yet
	return err
}

// Ignored shows //hrvet:ignore on SQL.
func Ignored(ctx context.Context, db *sql.DB) error {
	//hrvet:ignore forbidden the column is dropped by migration 0042
	_, err := db.ExecContext(ctx, "UPDATE candidates SET religion = NULL")
	return err
}
