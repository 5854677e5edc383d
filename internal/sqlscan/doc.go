// Package sqlscan finds the column names an SQL text mentions in column
// positions, for the forbidden analyzer: a column named religion in a
// CREATE TABLE is a finding, the word religion in an SQL comment or a
// string value is not.
//
// It is not an SQL parser. Tokenize splits a text into identifiers, quoted
// identifiers, strings, numbers, parameters and operators, skipping
// comments, in the union of the PostgreSQL, MySQL, SQLite and SQL Server
// lexical rules that matter for finding names:
//
//   - identifiers of Unicode letters, digits, '_' and '$' (not first);
//   - quoted identifiers "x" (with "" for a quote), `x` (MySQL, with a
//     doubled backquote for one) and [x] (SQL Server, when the brackets
//     hold a plain name);
//   - strings '...' (a doubled quote stands for one), E'...' and the other one-letter prefixes
//     (E strings also take backslash escapes), and PostgreSQL dollar
//     quoting $$...$$ and $tag$...$tag$;
//   - comments -- to the end of the line, /* */ (nested, as in
//     PostgreSQL) and MySQL's # to the end of the line, except where '#'
//     starts one of PostgreSQL's #>, #>> or #- operators;
//   - parameters $1, ?, :name and @name.
//
// An unterminated string, quoted identifier or comment runs to the end of
// the text. Tokenize never fails and never panics: malformed input gives
// some tokens, and Columns finds what it can in them.
//
// Columns walks the statements of a text (split at ';') and reports the
// names in these positions:
//
//   - defined: the column definitions of CREATE TABLE; ALTER TABLE ADD
//     [COLUMN], RENAME [COLUMN] a TO b (b) and MySQL's CHANGE a b (b);
//   - written: INSERT and REPLACE column lists, the targets of UPDATE ...
//     SET, INSERT ... SET, ON CONFLICT ... DO UPDATE SET and ON DUPLICATE
//     KEY UPDATE;
//   - read (Mode All only): plain column references in SELECT and
//     RETURNING lists, and a column compared in a predicate (religion = $1,
//     religion IN (...), religion IS NULL, religion LIKE ...), in any
//     clause.
//
// Table names, aliases, types, function names, keywords, string values and
// comments are never columns. DROP COLUMN is not reported (it removes the
// column), nor ALTER COLUMN or MySQL's MODIFY (they change a column that
// exists, which is reported where it is defined). Schema-qualified and
// table-qualified names count by their last part; a fmt verb such as %s
// stands for a table name, so that format strings built with fmt.Sprintf
// are read too.
//
// A statement is recognised only by its first keyword and its shape, so
// that prose is not taken for SQL: CREATE TABLE needs a name and a '(';
// INSERT needs INTO, a name, and after a column list VALUES, SELECT,
// DEFAULT, OVERRIDING, WITH or the end; UPDATE needs SET right after the
// table (and its alias) unless a join comes first. Reads are looked for
// only in a statement that starts with an SQL keyword (SELECT, INSERT,
// UPDATE, DELETE, WITH, ...) or '(', and a SELECT list only where a SELECT
// may stand: first, after '(' or ')', or after UNION, INTERSECT, EXCEPT.
// An unqualified column read takes the table of the FROM right after its
// SELECT list when that names one table, else the statement's table when
// it names only one.
//
// Known limits: a CREATE TABLE ... AS SELECT defines its columns through
// the select list and is not read; columns in ORDER BY, GROUP BY, join
// conditions written with USING, and function arguments are not reported;
// MySQL strings with backslash-escaped quotes ('it\'s') lose their end;
// in mode All, prose that starts like a query ("Select religion from the
// list") is read as one. Only the first 16384 tokens of a text are read.
package sqlscan
