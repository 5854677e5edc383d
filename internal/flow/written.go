package flow

import (
	"go/constant"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"
)

// writtenInCode reports whether a store puts into a personal field a
// string constant that is a value of its own, not a placeholder: a phone
// number, an address or a name typed into the source
// (Employee{Name: "Ivan Petrov", Phone: "+7 900 123-45-67"}). That is
// personal data written in the code, and the store is where it
// originates. The first program most people write to try a linter like
// this one builds such a record in main and hands it to a function that
// logs it.
//
// Placeholders carry nothing: the empty string, marks with no letter or
// digit ("-", "***"), one character repeated ("xxxx", "0000"), the words
// used for no value or for a built-in account ("unknown", "n/a", "admin",
// "system"), addresses of the domains reserved for examples
// (example.com, .test, .invalid, localhost), no-reply senders, and
// templates ("%s", "{{.Name}}"). Numbers and booleans written in the code
// carry nothing either: a salary of 0 or a flag's default is a default,
// not a person's data. Constants in _test.go files are test data.
func (u *unit) writtenInCode(x *ssa.Store) bool {
	c, ok := x.Val.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return false
	}
	if strings.HasSuffix(u.pass.Fset.Position(x.Pos()).Filename, "_test.go") {
		return false
	}
	return !placeholder(constant.StringVal(c.Value))
}

// placeholderWords are values that stand for no one.
var placeholderWords = map[string]bool{
	"unknown": true, "none": true, "null": true, "nil": true, "n/a": true, "na": true,
	"redacted": true, "hidden": true, "masked": true, "anonymous": true, "anon": true,
	"test": true, "example": true, "sample": true, "default": true, "placeholder": true,
	"todo": true, "tbd": true, "changeme": true, "empty": true,
	"admin": true, "administrator": true, "root": true, "system": true, "guest": true,
	"user": true, "demo": true, "bot": true, "service": true, "nobody": true,
	"noreply": true, "no-reply": true,
}

// exampleDomains are the names reserved for documentation and tests (RFC
// 2606, RFC 6761), as address suffixes.
var exampleDomains = []string{
	"@example.com", "@example.org", "@example.net", ".example",
	".test", ".invalid", ".localhost", "@localhost",
}

// placeholder reports whether s, a string written in the code, stands for
// no one (see writtenInCode).
func placeholder(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" || placeholderWords[t] {
		return true
	}
	if !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return true
	}
	if first := []rune(t)[0]; strings.Trim(t, string(first)) == "" {
		return true
	}
	for _, d := range exampleDomains {
		if strings.HasSuffix(t, d) {
			return true
		}
	}
	if strings.HasPrefix(t, "noreply@") || strings.HasPrefix(t, "no-reply@") {
		return true
	}
	return strings.Contains(t, "%") || strings.Contains(t, "{{") || strings.Contains(t, "${")
}
