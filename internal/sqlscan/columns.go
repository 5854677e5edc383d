package sqlscan

import (
	"sort"
	"strings"
)

// Role says what a statement does with a column.
type Role uint8

// The roles, from the statements that create a column to those that read
// it.
const (
	Defined Role = iota + 1 // CREATE TABLE, ALTER TABLE ADD, RENAME ... TO, CHANGE
	Written                 // an INSERT column list, a SET target
	Read                    // a SELECT or RETURNING list, a predicate
)

// String returns the role's lower-case name.
func (r Role) String() string {
	switch r {
	case Defined:
		return "defined"
	case Written:
		return "written"
	case Read:
		return "read"
	}
	return "invalid"
}

// Mode selects the positions Columns reports.
type Mode uint8

// The modes.
const (
	// Writes reports defined and written columns only: what any string
	// constant in a program may be checked for, since a CREATE TABLE or
	// INSERT INTO with a column list does not occur in prose.
	Writes Mode = iota + 1
	// All reports read columns too, for text known to be SQL (passed to a
	// database).
	All
)

// Column is a column name found in a column position.
type Column struct {
	Name  string // as written, without quotes
	Table string // its table, without schema or quotes; "" if not known
	Role  Role
	// Pos and End are the byte offsets of the name in the text, [Pos, End).
	Pos, End int
}

// maxTokens bounds the work on one text; SQL in Go source is far shorter.
const maxTokens = 1 << 14

// maxNesting bounds the recursion into common table expressions.
const maxNesting = 32

// Columns returns the columns src names in the positions mode selects, in
// the order they appear. A name is reported once per position.
func Columns(src string, mode Mode) []Column {
	if mode != All && !mayWrite(src) {
		return nil
	}
	toks := Tokenize(src)
	if len(toks) > maxTokens {
		toks = toks[:maxTokens]
	}
	p := &parser{mode: mode, seen: make(map[int]bool)}
	for len(toks) > 0 {
		end := 0
		for end < len(toks) && !isOp(toks, end, ";") {
			end++
		}
		p.statement(toks[:end])
		if end == len(toks) {
			break
		}
		toks = toks[end+1:]
	}
	sort.Slice(p.out, func(i, j int) bool { return p.out[i].Pos < p.out[j].Pos })
	return p.out
}

// mayWrite reports whether src holds a keyword that starts a statement
// defining or writing columns, a cheap test that spares tokenizing most
// string constants of a program.
func mayWrite(src string) bool {
	for _, w := range [...]string{"create", "alter", "insert", "update", "replace"} {
		if containsFold(src, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word w, in
// any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

type parser struct {
	mode  Mode
	out   []Column
	seen  map[int]bool // name positions already reported
	depth int

	// The tables of the current statement: by alias and by name, lower
	// case, and the table when the statement has exactly one.
	aliases map[string]string
	single  string
}

func (p *parser) statement(s []Token) {
	if len(s) == 0 {
		return
	}
	p.tables(s)
	p.writes(s)
	if p.mode == All {
		p.reads(s)
	}
}

func (p *parser) add(t Token, table string, role Role) {
	if p.seen[t.Pos] {
		return
	}
	p.seen[t.Pos] = true
	p.out = append(p.out, Column{Name: t.Text, Table: table, Role: role, Pos: t.Pos, End: t.End})
}

// tableFor returns the table a column qualified with qual belongs to, or
// def for an unqualified one.
func (p *parser) tableFor(qual, def string) string {
	if qual == "" {
		return def
	}
	if t, ok := p.aliases[strings.ToLower(qual)]; ok {
		return t
	}
	return qual
}

// --- statements that define or write columns ---------------------------

func (p *parser) writes(s []Token) {
	if len(s) == 0 {
		return
	}
	s = p.with(s)
	if len(s) == 0 {
		return
	}
	switch upper(s[0]) {
	case "CREATE":
		p.create(s[1:])
	case "ALTER":
		p.alter(s[1:])
	case "INSERT", "REPLACE":
		p.insert(s[1:])
	case "UPDATE":
		p.update(s[1:])
	}
}

// with reads the statements inside a leading WITH list of common table
// expressions and returns the statement after it; s itself if it has none.
func (p *parser) with(s []Token) []Token {
	if upper(s[0]) != "WITH" {
		return s
	}
	i := 1
	if kw(s, i) == "RECURSIVE" {
		i++
	}
	for {
		if i >= len(s) || !isName(s[i]) {
			return nil
		}
		i++
		if isOp(s, i, "(") {
			i = closing(s, i) + 1
		}
		if kw(s, i) != "AS" {
			return nil
		}
		i++
		if kw(s, i) == "NOT" {
			i++
		}
		if kw(s, i) == "MATERIALIZED" {
			i++
		}
		if !isOp(s, i, "(") {
			return nil
		}
		end := closing(s, i)
		if p.depth < maxNesting {
			p.depth++
			p.writes(s[i+1 : end])
			p.depth--
		}
		i = end + 1
		if !isOp(s, i, ",") {
			break
		}
		i++
	}
	if i >= len(s) {
		return nil
	}
	return s[i:]
}

// create reads CREATE [OR REPLACE] [TEMP|...] TABLE [IF NOT EXISTS] t (...).
func (p *parser) create(s []Token) {
	i := 0
	for {
		switch kw(s, i) {
		case "OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL":
			i++
			continue
		}
		break
	}
	if kw(s, i) != "TABLE" {
		return
	}
	i = skipIfExists(s, i+1)
	table, i, ok := p.table(s, i)
	if !ok || !isOp(s, i, "(") {
		return
	}
	for _, el := range splitTop(s[i+1 : closing(s, i)]) {
		p.define(el, table)
	}
}

// define reads one element of a table definition: a column definition, or
// a table constraint, which defines no column.
func (p *parser) define(el []Token, table string) {
	if len(el) == 0 || constraintStarters[upper(el[0])] || !isName(el[0]) {
		return
	}
	p.add(el[0], table, Defined)
}

// alter reads ALTER TABLE [IF EXISTS] [ONLY] t action, action...
func (p *parser) alter(s []Token) {
	if kw(s, 0) != "TABLE" {
		return
	}
	i := skipIfExists(s, 1)
	if kw(s, i) == "ONLY" {
		i++
	}
	table, i, ok := p.table(s, i)
	if !ok {
		return
	}
	if isOp(s, i, "*") {
		i++
	}
	for _, a := range splitTop(s[i:]) {
		p.alterAction(a, table)
	}
}

func (p *parser) alterAction(a []Token, table string) {
	switch kw(a, 0) {
	case "ADD":
		i := 1
		if kw(a, i) == "COLUMN" {
			i++
		}
		i = skipIfExists(a, i)
		if isOp(a, i, "(") { // MySQL: ADD (a INT, b TEXT)
			for _, el := range splitTop(a[i+1 : closing(a, i)]) {
				p.define(el, table)
			}
			return
		}
		if i < len(a) {
			p.define(a[i:], table)
		}
	case "RENAME": // RENAME [COLUMN] a TO b; not RENAME TO t or RENAME CONSTRAINT
		i := 1
		if kw(a, i) == "COLUMN" {
			i++
		}
		if i+2 < len(a) && isName(a[i]) && kw(a, i+1) == "TO" && isName(a[i+2]) {
			p.add(a[i+2], table, Defined)
		}
	case "CHANGE": // MySQL: CHANGE [COLUMN] old new type
		i := 1
		if kw(a, i) == "COLUMN" {
			i++
		}
		if i+1 < len(a) && isName(a[i]) && isName(a[i+1]) {
			p.add(a[i+1], table, Defined)
		}
	}
}

// insert reads INSERT|REPLACE [modifiers] INTO t [AS alias] (cols) ...,
// INSERT ... SET, and the update part of an upsert.
func (p *parser) insert(s []Token) {
	i := 0
	for {
		switch kw(s, i) {
		case "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE":
			i++
			continue
		case "OR": // SQLite: INSERT OR REPLACE
			i += 2
			continue
		}
		break
	}
	if kw(s, i) != "INTO" {
		return
	}
	table, i, ok := p.table(s, i+1)
	if !ok {
		return
	}
	if kw(s, i) == "AS" && i+1 < len(s) && isName(s[i+1]) {
		i += 2
	}
	switch {
	case isOp(s, i, "("):
		end := closing(s, i)
		if end >= len(s) {
			return
		}
		switch kw(s, end+1) {
		case "VALUES", "VALUE", "SELECT", "DEFAULT", "OVERRIDING", "WITH":
		default:
			if end+1 < len(s) && !isOp(s, end+1, "(") {
				return // not the shape of an INSERT: prose, or something else
			}
		}
		for _, el := range splitTop(s[i+1 : end]) {
			if last, qual, next, ok := qualified(el, 0); ok && next == len(el) {
				p.add(last, p.tableFor(qual, table), Written)
			}
		}
		i = end + 1
	case kw(s, i) == "SET": // MySQL: INSERT INTO t SET a = 1
		p.set(s[i+1:], table)
		return
	}
	depth := 0
	for j := i; j < len(s); j++ {
		switch {
		case isOp(s, j, "("):
			depth++
		case isOp(s, j, ")"):
			depth--
		case depth != 0:
		case kw(s, j) == "DO" && kw(s, j+1) == "UPDATE" && kw(s, j+2) == "SET":
			p.set(s[j+3:], table)
			return
		case kw(s, j) == "DUPLICATE" && kw(s, j+1) == "KEY" && kw(s, j+2) == "UPDATE":
			p.set(s[j+3:], table)
			return
		}
	}
}

// update reads UPDATE [ONLY] t [[AS] alias] SET ..., and the multi-table
// form UPDATE a JOIN b ON ... SET ...
func (p *parser) update(s []Token) {
	i := 0
	for {
		switch kw(s, i) {
		case "LOW_PRIORITY", "IGNORE", "ONLY":
			i++
			continue
		case "OR":
			i += 2
			continue
		}
		break
	}
	table, i, ok := p.table(s, i)
	if !ok {
		return
	}
	if isOp(s, i, "*") {
		i++
	}
	switch {
	case kw(s, i) == "SET":
	case kw(s, i) == "AS" && i+1 < len(s) && isName(s[i+1]) && kw(s, i+2) == "SET":
		i += 2
	case i < len(s) && isName(s[i]) && kw(s, i+1) == "SET":
		i++
	default:
		j, ok := setAfterJoin(s, i)
		if !ok {
			return
		}
		i = j
	}
	p.set(s[i+1:], table)
}

// setAfterJoin finds the SET of a multi-table UPDATE: one that follows a
// JOIN or a comma-separated table list.
func setAfterJoin(s []Token, i int) (int, bool) {
	joined := false
	depth := 0
	for ; i < len(s); i++ {
		switch {
		case isOp(s, i, "("):
			depth++
		case isOp(s, i, ")"):
			depth--
		case depth != 0:
		case isOp(s, i, ","), kw(s, i) == "JOIN":
			joined = true
		case kw(s, i) == "SET":
			return i, joined
		case kw(s, i) == "WHERE":
			return 0, false
		}
	}
	return 0, false
}

// set reads the assignments of a SET: a = ..., t.a = ..., (a, b) = ...
func (p *parser) set(s []Token, table string) {
	for _, item := range splitTop(clause(s, setEnd)) {
		if isOp(item, 0, "(") {
			end := closing(item, 0)
			if !isOp(item, end+1, "=") {
				continue
			}
			for _, el := range splitTop(item[1:end]) {
				if last, qual, next, ok := qualified(el, 0); ok && next == len(el) {
					p.add(last, p.tableFor(qual, table), Written)
				}
			}
			continue
		}
		if last, qual, next, ok := qualified(item, 0); ok && isOp(item, next, "=") {
			p.add(last, p.tableFor(qual, table), Written)
		}
	}
}

// --- reads -------------------------------------------------------------

func (p *parser) reads(s []Token) {
	first := kw(s, 0)
	if !isOp(s, 0, "(") && !sqlStart[first] {
		return // not SQL: a message, a file name
	}
	for i := range s {
		switch upper(s[i]) {
		case "SELECT":
			if i == 0 || isOp(s, i-1, "(") || isOp(s, i-1, ")") || selectAfter[kw(s, i-1)] {
				p.selectList(s[i+1:])
			}
		case "RETURNING":
			if first != "SELECT" {
				p.selectList(s[i+1:])
			}
		}
	}
	p.predicates(s)
}

// selectList reads the plain column references of a SELECT or RETURNING
// list: a, t.a, a AS x, a x. Expressions are skipped.
func (p *parser) selectList(s []Token) {
	i := 0
	for {
		switch kw(s, i) {
		case "ALL", "DISTINCTROW", "HIGH_PRIORITY", "STRAIGHT_JOIN", "SQL_CALC_FOUND_ROWS", "SQL_NO_CACHE", "SQL_SMALL_RESULT", "SQL_BIG_RESULT":
			i++
			continue
		case "DISTINCT":
			i++
			if kw(s, i) == "ON" && isOp(s, i+1, "(") {
				i = closing(s, i+1) + 1
			}
			continue
		case "TOP":
			i++
			if isOp(s, i, "(") {
				i = closing(s, i)
			}
			i++
			continue
		}
		break
	}
	if i >= len(s) {
		return
	}
	list := clause(s[i:], selectEnd)
	table := p.single
	if t, ok := p.onlyTableAfter(s[i+len(list):]); ok {
		table = t
	}
	for _, item := range splitTop(list) {
		last, qual, next, ok := qualified(item, 0)
		if !ok {
			continue
		}
		switch {
		case next == len(item): // a
		case next+1 == len(item) && isName(item[next]): // a x
		case next+2 == len(item) && kw(item, next) == "AS" && isName(item[next+1]): // a AS x
		default:
			continue
		}
		p.add(last, p.tableFor(qual, table), Read)
	}
}

// onlyTableAfter returns the table of FROM t [[AS] alias] at the start of
// s when no other table is joined to it.
func (p *parser) onlyTableAfter(s []Token) (string, bool) {
	if kw(s, 0) != "FROM" {
		return "", false
	}
	table, i, ok := p.table(s, 1)
	if !ok || table == "" {
		return "", false
	}
	if kw(s, i) == "AS" {
		i++
	}
	if i < len(s) && isName(s[i]) && !joinWords[upper(s[i])] {
		i++
	}
	if isOp(s, i, ",") || joinWords[kw(s, i)] {
		return "", false
	}
	return table, true
}

// predicates reads the columns compared in any clause: a = 1, t.a <> $1,
// a IN (...), a IS NULL, a LIKE ..., a BETWEEN ..., a NOT IN (...).
func (p *parser) predicates(s []Token) {
	for i := 0; i < len(s); i++ {
		if !isName(s[i]) || (i > 0 && isOp(s, i-1, ".")) {
			continue
		}
		last, qual, next, ok := qualified(s, i)
		if !ok {
			continue
		}
		if i > 0 && isOp(s, i-1, "::") { // x::text = 'a': a type, not a column
			i = next - 1
			continue
		}
		j := next
		for isOp(s, j, "::") && j+1 < len(s) && s[j+1].Kind == Ident { // a::text = 'x'
			j += 2
			if isOp(s, j, "(") {
				j = closing(s, j) + 1
			}
		}
		if comparison(s, j) {
			p.add(last, p.tableFor(qual, p.single), Read)
		}
		i = next - 1
	}
}

func comparison(s []Token, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i].Kind == Op {
		switch s[i].Text {
		case "=", "<>", "!=", "<", ">", "<=", ">=":
			return true
		}
		return false
	}
	switch upper(s[i]) {
	case "IN", "LIKE", "ILIKE", "IS", "BETWEEN", "SIMILAR":
		return true
	case "NOT":
		switch kw(s, i+1) {
		case "IN", "LIKE", "ILIKE", "BETWEEN", "SIMILAR":
			return true
		}
	}
	return false
}

// tables records the tables the statement names after FROM (of a SELECT
// or DELETE, not of extract(... FROM x)), JOIN, UPDATE and INTO, with
// their aliases.
func (p *parser) tables(s []Token) {
	p.aliases = make(map[string]string)
	p.single = ""
	distinct := make(map[string]bool)
	first := ""
	query := []bool{false} // per parenthesis level: a SELECT or DELETE began here
	for i := 0; i < len(s); i++ {
		switch {
		case isOp(s, i, "("):
			query = append(query, false)
			continue
		case isOp(s, i, ")"):
			if len(query) > 1 {
				query = query[:len(query)-1]
			}
			continue
		}
		switch kw(s, i) {
		case "SELECT", "DELETE":
			query[len(query)-1] = true
			continue
		case "FROM":
			if !query[len(query)-1] {
				continue
			}
		case "JOIN", "UPDATE", "INTO":
		default:
			continue
		}
		table, next, ok := p.table(s, i+1)
		if !ok || table == "" {
			continue
		}
		lower := strings.ToLower(table)
		if len(distinct) == 0 {
			first = table
		}
		distinct[lower] = true
		p.aliases[lower] = table
		switch {
		case kw(s, next) == "AS" && next+1 < len(s) && isName(s[next+1]):
			p.aliases[strings.ToLower(s[next+1].Text)] = table
		case next < len(s) && isName(s[next]) && !isOp(s, next+1, "(") && !isOp(s, next+1, "."):
			p.aliases[strings.ToLower(s[next].Text)] = table
		}
	}
	if len(distinct) == 1 {
		p.single = first
	}
}

// --- token helpers -----------------------------------------------------

// table reads a table name at i: a possibly schema-qualified name, or a
// fmt verb such as %s standing for one (its name is then ""). It returns
// the name's last part and the index after it.
func (p *parser) table(s []Token, i int) (string, int, bool) {
	if isOp(s, i, "%") && i+1 < len(s) && s[i+1].Kind == Ident && s[i+1].Pos == s[i].End {
		return "", i + 2, true
	}
	last, _, next, ok := qualified(s, i)
	if !ok {
		return "", i, false
	}
	return last.Text, next, true
}

// qualified reads a name at i, qualified or not (a, t.a, s.t.a). It
// returns the last part, the part before it ("" if none) and the index
// after the name; ok is false if no name starts at i or a '.' dangles.
func qualified(s []Token, i int) (last Token, qual string, next int, ok bool) {
	if i >= len(s) || !isName(s[i]) {
		return Token{}, "", i, false
	}
	last = s[i]
	i++
	for isOp(s, i, ".") {
		if i+1 >= len(s) || !isName(s[i+1]) {
			return Token{}, "", i, false
		}
		qual = last.Text
		last = s[i+1]
		i += 2
	}
	return last, qual, i, true
}

func kw(s []Token, i int) string {
	if i < len(s) {
		return upper(s[i])
	}
	return ""
}

func isOp(s []Token, i int, op string) bool {
	return i >= 0 && i < len(s) && s[i].Kind == Op && s[i].Text == op
}

// skipIfExists skips IF NOT EXISTS or IF EXISTS at i.
func skipIfExists(s []Token, i int) int {
	if kw(s, i) != "IF" {
		return i
	}
	if kw(s, i+1) == "NOT" && kw(s, i+2) == "EXISTS" {
		return i + 3
	}
	if kw(s, i+1) == "EXISTS" {
		return i + 2
	}
	return i
}

// closing returns the index of the ')' matching the '(' at i, or len(s)
// if it is missing.
func closing(s []Token, i int) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch {
		case isOp(s, j, "("):
			depth++
		case isOp(s, j, ")"):
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(s)
}

// splitTop splits s at the commas outside parentheses.
func splitTop(s []Token) [][]Token {
	var parts [][]Token
	depth, start := 0, 0
	for i := range s {
		switch {
		case isOp(s, i, "("):
			depth++
		case isOp(s, i, ")"):
			depth--
		case isOp(s, i, ",") && depth == 0:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// clause returns the prefix of s before the first keyword of stop, or the
// first unmatched ')', outside parentheses.
func clause(s []Token, stop map[string]bool) []Token {
	depth := 0
	for i := range s {
		switch {
		case isOp(s, i, "("):
			depth++
		case isOp(s, i, ")"):
			if depth == 0 {
				return s[:i]
			}
			depth--
		case depth == 0 && stop[upper(s[i])]:
			return s[:i]
		}
	}
	return s
}
