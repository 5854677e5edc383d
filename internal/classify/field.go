package classify

import (
	"reflect"
	"strings"
)

// tagKeys are the struct tag keys whose names Field reads, in the order it
// tries them after the Go field name.
var tagKeys = [...]string{"json", "db", "gorm", "bson", "xml"}

// Field classifies a struct field from its Go name and its raw struct tag
// (the text between the backquotes, e.g. `json:"telefon,omitempty"
// db:"phone_num"`). It looks at the Go name, then at the names in the
// json, db, gorm (`gorm:"column:phone;type:text"`), bson and xml tags, in
// that order, and the first that matches wins. Options after ',' are
// ignored; "-" and empty names are skipped. An exclusion word (hashed,
// masked, ...) in any of these names means no match. A malformed tag is
// read as far as reflect.StructTag can read it.
func Field(name, tag string, personLike bool) (Match, bool) {
	return FieldIn(name, tag, contextOf(personLike))
}

// FieldIn is Field in the context of a struct that PersonLike or Evidence.Context judged:
// ambiguous terms count as Context says.
func FieldIn(name, tag string, ctx Context) (Match, bool) {
	var found Match
	matched := false
	try := func(source, ident string) (excluded bool) {
		if ident == "" {
			return false
		}
		var textBuf [128]byte
		var endBuf [16]int
		ws := splitWords(ident, textBuf[:0], endBuf[:0])
		r := scan(ws, ctx)
		if r.excluded {
			return true
		}
		if r.entry != nil && !matched {
			found, matched = r.match(source, ident, ws), true
		}
		return false
	}
	if try("name", name) {
		return Match{}, false
	}
	st := reflect.StructTag(tag)
	for _, key := range tagKeys {
		v, ok := st.Lookup(key)
		if !ok {
			continue
		}
		if try(key, tagName(key, v)) {
			return Match{}, false
		}
	}
	return found, matched
}

// tagName extracts the column or key name from the value of a struct tag,
// or "" when the tag names none.
func tagName(key, value string) string {
	var name string
	switch key {
	case "gorm":
		name = gormColumn(value)
	case "xml":
		name, _, _ = strings.Cut(value, ",")
		// "namespace-URL local": the local name is the last field.
		if i := strings.LastIndexByte(name, ' '); i >= 0 {
			name = name[i+1:]
		}
	default: // json, db, bson
		name, _, _ = strings.Cut(value, ",")
	}
	name = strings.TrimSpace(name)
	if name == "-" {
		return ""
	}
	return name
}

// gormColumn returns the column of a gorm tag: the value of its "column"
// setting among the ';'-separated settings, the key case-insensitive.
func gormColumn(value string) string {
	for value != "" {
		var setting string
		setting, value, _ = strings.Cut(value, ";")
		k, v, ok := strings.Cut(setting, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), "column") {
			return v
		}
	}
	return ""
}
