package sqlscan

import "strings"

// reserved are the keywords that are never a column name when written
// bare: the reserved words of SQL:2016 and PostgreSQL that can stand
// where a name could. Non-reserved words that are common column names
// (day, year, name, position, key, type) are deliberately missing.
var reserved = wordSet(`
ALL ALTER AND ANY ARRAY AS ASC ASYMMETRIC BETWEEN BOTH BY CASE CAST CHECK
COLLATE COLUMN CONSTRAINT CREATE CROSS CURRENT_DATE CURRENT_ROLE
CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEFAULT DEFERRABLE DELETE DESC
DISTINCT DO DROP ELSE END EXCEPT EXISTS FALSE FETCH FOR FOREIGN FROM FULL
GRANT GROUP HAVING ILIKE IN INNER INSERT INTERSECT INTO IS JOIN LATERAL
LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATURAL NOT NULL OFFSET ON
ONLY OR ORDER OUTER PRIMARY REFERENCES RETURNING RIGHT SELECT SESSION_USER
SET SIMILAR SOME SYMMETRIC TABLE THEN TO TRAILING TRUE UNION UNIQUE UPDATE
USING VALUES WHEN WHERE WINDOW WITH`)

// constraintStarters begin an element of a CREATE TABLE list (or an ALTER
// TABLE ADD) that is not a column definition.
var constraintStarters = wordSet(`
CONSTRAINT PRIMARY UNIQUE FOREIGN CHECK EXCLUDE INDEX KEY FULLTEXT SPATIAL
LIKE PERIOD PARTITION`)

// selectEnd ends a select list; setEnd ends the assignments of a SET.
var (
	selectEnd = wordSet(`FROM INTO WHERE GROUP ORDER HAVING LIMIT OFFSET UNION
INTERSECT EXCEPT WINDOW FOR FETCH`)
	setEnd = wordSet(`FROM WHERE RETURNING ORDER LIMIT`)
)

// sqlStart are the keywords a statement Columns reads columns from
// (Mode All) starts with; text starting otherwise is not taken for SQL.
var sqlStart = wordSet(`SELECT INSERT UPDATE DELETE WITH CREATE ALTER REPLACE
MERGE UPSERT VALUES EXPLAIN`)

// selectAfter are the keywords a SELECT may follow inside a statement.
var selectAfter = wordSet(`UNION INTERSECT EXCEPT ALL DISTINCT`)

// joinWords start a join after a table in a FROM clause, or are the
// table's own modifiers that a bare alias cannot be.
var joinWords = wordSet(`JOIN INNER LEFT RIGHT FULL CROSS NATURAL STRAIGHT_JOIN`)

func wordSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// upper returns the keyword a bare identifier spells, in upper case, or ""
// for any other token. Keywords are ASCII, so a token with other bytes is
// never one.
func upper(t Token) string {
	if t.Kind != Ident || len(t.Text) > 20 {
		return ""
	}
	var buf [20]byte
	for i := range len(t.Text) {
		c := t.Text[i]
		switch {
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case c >= 0x80:
			return ""
		}
		buf[i] = c
	}
	return string(buf[:len(t.Text)])
}

// isName reports whether t can be a column or table name: a quoted
// identifier, or a bare one that is not a reserved word.
func isName(t Token) bool {
	switch t.Kind {
	case QuotedIdent:
		return t.Text != ""
	case Ident:
		return !reserved[upper(t)]
	}
	return false
}
