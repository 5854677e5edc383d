package sqlscan

import (
	"strings"
	"testing"
)

// describe renders columns as "name@table:role", the name as the text
// spells it at the reported offsets, so that a wrong offset shows.
func describe(src string, cols []Column) string {
	var parts []string
	for _, c := range cols {
		parts = append(parts, src[c.Pos:c.End]+"@"+c.Table+":"+c.Role.String())
	}
	return strings.Join(parts, " ")
}

func TestColumns(t *testing.T) {
	tests := []struct {
		name string
		mode Mode
		src  string
		want string
	}{
		{"create table", Writes, `CREATE TABLE IF NOT EXISTS candidates (
	id       BIGSERIAL PRIMARY KEY,
	religion TEXT,
	salary   NUMERIC(10, 2) NOT NULL DEFAULT 0,
	CONSTRAINT salary_positive CHECK (salary >= 0),
	PRIMARY KEY (id),
	UNIQUE (religion),
	FOREIGN KEY (id) REFERENCES people (id)
)`, "id@candidates:defined religion@candidates:defined salary@candidates:defined"},
		{"create temp table, schema-qualified", Writes, `create temporary table hr.staff (diagnoz text)`, "diagnoz@staff:defined"},
		{"quoted identifiers", Writes, "CREATE TABLE \"Candidates\" (\"Religion\" TEXT, `party` TEXT, [Nationality] NVARCHAR(50), \"we\"\"ird\" int)",
			`"Religion"@Candidates:defined ` + "`party`@Candidates:defined [Nationality]@Candidates:defined \"we\"\"ird\"@Candidates:defined"},
		{"comments are skipped", Writes, `CREATE TABLE employees (
	id INT, -- religion TEXT was dropped
	/* politics TEXT, /* nested */ beliefs TEXT, */
	name TEXT # race TEXT (MySQL comment)
)`, "id@employees:defined name@employees:defined"},
		{"string values are skipped", Writes, `CREATE TABLE holidays (kind TEXT CHECK (kind IN ('state', 'religion')), note TEXT DEFAULT E'it\'s religion')`,
			"kind@holidays:defined note@holidays:defined"},
		{"dollar quoting", Writes, `CREATE TABLE t (a TEXT DEFAULT $$religion, politics$$, b TEXT DEFAULT $x$ race $x$)`, "a@t:defined b@t:defined"},
		{"create table as select", Writes, `CREATE TABLE t AS SELECT religion FROM c`, ""},
		{"create index", Writes, `CREATE INDEX candidates_religion ON candidates (religion)`, ""},
		{"alter add", Writes, `ALTER TABLE candidates ADD COLUMN IF NOT EXISTS religion TEXT, ADD party TEXT, ADD CONSTRAINT c CHECK (x > 0), ADD PRIMARY KEY (id)`,
			"religion@candidates:defined party@candidates:defined"},
		{"alter add list", Writes, `ALTER TABLE ONLY public.candidates ADD (race TEXT, sex_life TEXT)`, "race@candidates:defined sex_life@candidates:defined"},
		{"alter rename and change", Writes, `ALTER TABLE c RENAME COLUMN notes TO religion; ALTER TABLE c RENAME TO c2; ALTER TABLE c CHANGE COLUMN a politics TEXT; ALTER TABLE c RENAME CONSTRAINT x TO y`,
			"religion@c:defined politics@c:defined"},
		{"drop and alter column are not definitions", Writes, `ALTER TABLE c DROP COLUMN religion, ALTER COLUMN party SET NOT NULL; ALTER TABLE c MODIFY race TEXT`, ""},
		{"insert column list", Writes, `INSERT INTO candidates (full_name, religion, "Party") VALUES ($1, $2, $3) RETURNING id`,
			`full_name@candidates:written religion@candidates:written "Party"@candidates:written`},
		{"insert select", Writes, `INSERT INTO archive (religion) SELECT religion FROM candidates`, "religion@archive:written"},
		{"insert without a column list", Writes, `INSERT INTO candidates VALUES ('religion')`, ""},
		{"insert prose shape", Writes, `insert into the form (religion) and then submit`, ""},
		{"insert fmt verb table", Writes, `INSERT INTO %s (religion) VALUES (?)`, "religion@:written"},
		{"insert upsert", Writes, `INSERT INTO c (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET religion = EXCLUDED.religion, (a, b) = (1, 2)`,
			"id@c:written religion@c:written a@c:written b@c:written"},
		{"insert on duplicate key", Writes, `INSERT INTO c (id) VALUES (?) ON DUPLICATE KEY UPDATE party = VALUES(party)`, "id@c:written party@c:written"},
		{"mysql insert set", Writes, `INSERT INTO c SET religion = ?, name = ?`, "religion@c:written name@c:written"},
		{"update set", Writes, `UPDATE employees e SET diagnosis = $1, e.union_member = $2 WHERE id = $3 AND religion = 'x'`,
			"diagnosis@employees:written union_member@employees:written"},
		{"update join", Writes, `UPDATE a JOIN b ON a.id = b.id SET a.religion = b.religion WHERE b.x = 1`, "religion@a:written"},
		{"update prose", Writes, `Update your profile and set religion = none`, ""},
		{"with cte", Writes, `WITH moved AS (DELETE FROM old RETURNING *) INSERT INTO new_table (politics) SELECT x FROM moved`, "politics@new_table:written"},
		{"multi statement", Writes, "CREATE TABLE a (x INT);\nALTER TABLE a ADD COLUMN religion TEXT;\nUPDATE a SET party = 1", "x@a:defined religion@a:defined party@a:written"},
		{"select is read only in All", Writes, `SELECT religion FROM candidates WHERE party = 1`, ""},
		{"select list", All, `SELECT id, c.religion, party AS p, race r, count(*), upper(beliefs), c.*, 'religion', NULL FROM candidates c WHERE id = $1`,
			"id@candidates:read religion@candidates:read party@candidates:read race@candidates:read id@candidates:read"},
		{"select distinct and subquery", All, `SELECT DISTINCT ON (id) id, (SELECT religion FROM x) FROM t`, "id@t:read religion@x:read"},
		{"predicates", All, `SELECT day FROM holidays WHERE region = $1 AND kind IN ('state', 'religion') AND extract(year FROM day) = $2 AND note::text LIKE '%' AND h.religion IS NOT NULL AND party NOT IN (1) ORDER BY day`,
			"day@holidays:read region@holidays:read kind@holidays:read note@holidays:read religion@h:read party@holidays:read"},
		{"delete", All, `DELETE FROM candidates WHERE religion = $1`, "religion@candidates:read"},
		{"returning", All, `UPDATE c SET a = 1 RETURNING id, religion`, "a@c:written id@c:read religion@c:read"},
		{"join aliases", All, `SELECT e.full_name, d.name FROM employees e JOIN departments AS d ON d.id = e.dept_id`,
			"full_name@employees:read name@departments:read id@departments:read"},
		{"params are not columns", All, `SELECT id FROM t WHERE :religion = @party AND $1 = ?`, "id@t:read"},
		{"cyrillic", Writes, `CREATE TABLE сотрудники (вероисповедание TEXT, "Партийность" TEXT)`, `вероисповедание@сотрудники:defined "Партийность"@сотрудники:defined`},
		{"prose", All, `Please select your religion from the list.`, ""},
		{"empty", All, ``, ""},
		{"unterminated", Writes, `CREATE TABLE t (a TEXT, b TEXT DEFAULT 'x`, "a@t:defined b@t:defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.src, Columns(tt.src, tt.mode)); got != tt.want {
				t.Errorf("Columns(%q)\n got: %s\nwant: %s", tt.src, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	src := "SELECT \"a\"\"b\", x::text, $1, $tag$ it's $tag$, E'\\'', -- c\n/* d */ [e f], arr[1], #>> '{k}', 3.5e-2, @v, :n, ?"
	var got []string
	for _, tok := range Tokenize(src) {
		got = append(got, tok.Text)
	}
	want := []string{"SELECT", `a"b`, ",", "x", "::", "text", ",", "$1", ",", "$tag$ it's $tag$", ",", `E'\''`, ",",
		"e f", ",", "arr", "[", "1", "]", ",", "#>>", "'{k}'", ",", "3.5e-2", ",", "@v", ",", ":n", ",", "?"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Tokenize:\n got: %q\nwant: %q", got, want)
	}
}

// TestTokenOffsets checks that every token's offsets cover its text in
// the source.
func TestTokenOffsets(t *testing.T) {
	src := "INSERT INTO \"t\" (`a`, [b], c) VALUES ('x', $$y$$, 1) -- z"
	for _, tok := range Tokenize(src) {
		raw := src[tok.Pos:tok.End]
		if tok.Kind != QuotedIdent && raw != tok.Text {
			t.Errorf("token %q at [%d,%d) covers %q", tok.Text, tok.Pos, tok.End, raw)
		}
		if tok.Kind == QuotedIdent && !strings.Contains(raw, tok.Text) {
			t.Errorf("quoted identifier %q at [%d,%d) covers %q", tok.Text, tok.Pos, tok.End, raw)
		}
	}
}
