package flow

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// relatedProbe reports the related information of each flow.
var relatedProbe = &analysis.Analyzer{
	Name:     "relatedprobe",
	Doc:      "report the related information of the flow engine's flows",
	Requires: []*analysis.Analyzer{Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.ResultOf[Analyzer].(*Result).Flows {
			var msgs []string
			for _, r := range f.Related() {
				msgs = append(msgs, r.Message)
			}
			pass.Reportf(f.Pos, "%s", strings.Join(msgs, "; "))
		}
		return nil, nil
	},
}

// TestDynamicParamNote checks that data reported in a method reached
// only through another package's interface name the parameter they come
// from and the interface method (SPEC section 6: "naming the
// parameter").
func TestDynamicParamNote(t *testing.T) {
	analysistest.Run(t, testdataDir(t), relatedProbe, "dynamicnote/adapter")
}
