// Package query checks Result.Summary: the summaries of the package's own
// functions and, through facts, of the functions it calls elsewhere.
package query

import (
	"strings"

	"engine/query/dep"
)

func own(e dep.Employee) string { return "tel:" + e.Phone }

func use(e dep.Employee) []any {
	return []any{
		own(e),                   // want `own: summary\(result 0 <- param 0.Phone\)`
		dep.Phone(e),             // want `dep.Phone: summary\(result 0 <- param 0.Phone\)`
		dep.Key(e),               // want `dep.Key: summary\(result 0 <- param 0.ID\)`
		dep.Upper("x"),           // OK: not analysed, no summary
		strings.ToUpper(e.Phone), // OK: the standard library has no summaries
	}
}
