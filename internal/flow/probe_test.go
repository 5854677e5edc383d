package flow

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// probe reports every flow and unchecked consent check of the engine, and
// the summaries it exports, so tests can see the engine directly.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report the flow engine's findings",
	Requires: []*analysis.Analyzer{Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[Analyzer].(*Result)
		for _, f := range res.Flows {
			var origins []string
			for _, d := range f.Data {
				origins = append(origins, fmt.Sprint(pass.Fset.Position(d.Pos).Line))
			}
			pass.Reportf(f.Pos, "flow %s from %s", f, strings.Join(origins, ","))
		}
		for _, u := range res.Unchecked {
			pass.Reportf(u.Pos, "unchecked %s", u.Check)
		}
		return nil, nil
	},
}
