package flow

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// unknownProbe reports the engine's flows and its calls of other modules
// that hrvet does not know.
var unknownProbe = &analysis.Analyzer{
	Name:     "unknownprobe",
	Doc:      "report the flow engine's flows and unknown calls",
	Requires: []*analysis.Analyzer{Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[Analyzer].(*Result)
		for _, f := range res.Flows {
			pass.Reportf(f.Pos, "flow %s", f)
		}
		for _, uc := range res.Unknown {
			var data []string
			for _, d := range uc.Data {
				data = append(data, d.Name+" ("+string(d.Category)+")")
			}
			pass.Reportf(uc.Pos, "unknown %s takes %s", uc.Callee, strings.Join(data, ", "))
		}
		return nil, nil
	},
}

// TestUnknownCalls checks the calls of another module (a replace
// directive) that take personal data and that hrvet does not know: an
// SDK call with no summary or a summary that reaches no sink, a consumed
// receiver, another module's interface method, a wrapper's parameter;
// and what is not listed: sinks (a flow instead), safe calls, setters,
// getters, the standard library, the module's own functions, function
// values.
func TestUnknownCalls(t *testing.T) {
	strict = true
	defer func() { strict = false }()
	analysistest.Run(t, filepath.Join(testdataDir(t), "modules", "app"), unknownProbe, "example.com/app/billing")
}
