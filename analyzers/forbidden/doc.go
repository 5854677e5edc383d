// Package forbidden defines an Analyzer that reports struct fields, SQL
// columns and request keys holding personal data of a forbidden category,
// or of a special category with no legal basis.
//
// # Analyzer forbidden
//
// forbidden: report forbidden and unbased special categories of personal data
//
// An employer may never obtain or process an employee's religious,
// political and other beliefs (Labour Code art. 86 p.4), racial or ethnic
// origin and sex life (Convention 108 art. 6): these are the forbidden
// categories religion, politics, beliefs, race and sexlife, and nothing
// lifts the ban. Health data beyond fitness for the job (art. 88 p.6),
// trade-union and association membership (art. 86 p.5), private life,
// biometric data and criminal records are the special categories health,
// union, association, privatelife, biometric and criminal: they may be
// kept where a law allows it, and the code says which law with
// //hrvet:basis <citation>. fitness, the conclusion on fitness for the
// job, is an ordinary personal category: an employer may keep it.
//
// forbidden finds the categories where pdfields finds them (pd tags,
// .hrvet.yaml, name inference) and, for SQL and request keys, with the
// same dictionary (package internal/classify).
//
// # Struct fields
//
// Every field of a struct type declared in the package (exported or not,
// ORM models and config-marked generated types included) is checked:
//
//	type Candidate struct {
//		Religion   string `json:"religion"` // Candidate.Religion (religion) is a forbidden category: an employer may never collect it (Labour Code art. 86 p.4; Convention 108 art. 6); remove the field
//		TradeUnion bool   `pd:"union"`      // Candidate.TradeUnion (union) is a special category with no legal basis (Labour Code art. 86 p.5); remove the field, or cite the law ...
//		Notes      string `gorm:"column:veroispovedanie"` // religion, by its column name
//	}
//
// A //hrvet:basis on the field, or on its struct type, covers a special
// category:
//
//	//hrvet:basis Labour Code art. 377 (union dues withheld on the employee's application)
//	UnionMember bool `pd:"union"`
//
// # SQL
//
// Every string constant in the package (a literal, or a concatenation of
// constants) is read as SQL for the statements that define or write
// columns: CREATE TABLE, ALTER TABLE ADD / RENAME ... TO, INSERT column
// lists and UPDATE ... SET. A string constant passed to a database (the
// built-in store sinks of database/sql, gorm, pgx and sqlx, and functions
// declared //hrvet:sink store) is also read for the columns it reads:
// SELECT and RETURNING lists and compared columns (WHERE religion = $1).
// Only names in column positions count; words in comments, string values,
// table names and prose do not (package internal/sqlscan has the
// details):
//
//	const createHolidays = `CREATE TABLE holidays (
//		kind TEXT CHECK (kind IN ('state', 'religion')) -- no finding: 'religion' is a value
//	)`
//	db.ExecContext(ctx, `ALTER TABLE candidates ADD COLUMN religion TEXT`) // SQL column religion of table candidates (religion) is a forbidden category: ...; remove the column
//
// The finding stands at the literal that spells the column (for a column
// found in a named constant, at the constant's literal), not at the line
// of the column inside a multi-line raw string, where no //hrvet:ignore
// could be written.
//
// # Request keys
//
// A constant key read from an HTTP request is collection: net/http's
// (*Request).FormValue, PostFormValue and FormFile, url.Values.Get and
// indexing on r.URL.Query(), r.Form, r.PostForm and r.MultipartForm (also
// through a local variable, q := r.URL.Query()), and the equivalents of
// gin (Query, PostForm, their Default/Get/Array/Map variants, FormFile,
// Param), echo v4 (QueryParam, FormValue, FormFile, Param, QueryParams,
// FormParams), chi v5 (URLParam, URLParamFromCtx) and fiber v2 (Query,
// QueryInt, QueryBool, QueryFloat, FormValue, FormFile, Params, ParamsInt).
// The finding stands at the call:
//
//	Religion: r.PostFormValue("veroispovedanie"), // form field "veroispovedanie" (religion) is a forbidden category: ...; remove the field from the form
//
// # Legal basis for SQL and request keys
//
// A string or a call cannot carry a directive, so the basis comes from the
// code around it: a //hrvet:basis on the enclosing statement or function
// (or a basis: entry of .hrvet.yaml naming the function) covers the
// special-category columns and keys there:
//
//	//hrvet:basis Federal Law 255-FZ art. 13 (sick-leave benefit)
//	func migrateSickLeave(ctx context.Context, db *sql.DB) error {
//		_, err := db.ExecContext(ctx, `ALTER TABLE employees ADD COLUMN sick_leave_reason TEXT`)
//		return err
//	}
//
// A named constant passed to a database is covered when any call passing
// it has a basis: the law that allows the column allows it wherever it is
// read. A literal in a package-level declaration has no statement or
// function around it: move it into a function with a basis, or write a
// //hrvet:ignore forbidden <reason> above it.
//
// A basis never covers a forbidden category: the finding stands.
//
// # Decisions where the SPEC is silent
//
//   - Only fields declared in the analyzed package are reported; a field
//     of an imported type is reported when its own package is analyzed.
//   - Table names are not columns: a table of religions (a reference list
//     for a holiday calendar) holds no one's religion. The table's name
//     gives the person context for ambiguous column names: health or
//     party count in employees and candidates, not in departments.
//   - Request keys have no person context: only unambiguous terms count
//     ("veroispovedanie", "political_views"), not "party" or "race".
//   - ALTER TABLE DROP COLUMN is the fix, not a finding; ALTER COLUMN and
//     MySQL's MODIFY change a column that exists, which is reported where
//     it is defined.
//   - gorm's db.Update("column", value) and UpdateColumn name a column in
//     their first argument; it is checked as one.
//   - Path parameters (gin's Param, chi's URLParam, ...) are collection
//     too; request headers and cookies are not read by key here.
//   - The built-in store sinks that write files (os) or key-value stores
//     (go-redis) take no SQL; their strings are only checked as any string
//     is.
//   - One finding per column and literal, even when the literal is read
//     several times.
//
// # Known false negatives
//
// Each has a test case marked TODO(want) in the package's testdata.
//
//   - SQL that is not a constant where it reaches the database (built with
//     +=, strings.Builder, or held in a variable), and SQL handed to query
//     builders that are not store sinks (gorm's Where and Select).
//   - Request keys that are not constants.
//   - Ambiguous words as request keys ("party", "race", "health").
//   - Columns named only in ORDER BY, GROUP BY, function arguments or
//     JSON paths, and the columns of CREATE TABLE ... AS SELECT.
//   - Struct types written inline rather than declared (var form
//     struct{ Religion string }): pdfields does not catalogue their fields.
package forbidden

const doc = `report forbidden and unbased special categories of personal data

forbidden reports struct fields, SQL columns (in any CREATE TABLE, ALTER
TABLE, INSERT or UPDATE string, and in any SQL passed to a database) and
keys read from HTTP requests (net/http, gin, echo, chi, fiber) that hold a
forbidden category (religion, politics, beliefs, race, sexlife: Labour Code
art. 86 p.4, Convention 108 art. 6), whatever their basis, and those holding
a special category (health, biometric, criminal, privatelife, union,
association) with no //hrvet:basis on the field or its type, or on the
function or statement around the SQL or the request.`
