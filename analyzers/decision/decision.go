package decision

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/internal/flow"
	"github.com/hrvet/hrvet/internal/report"
	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports calls of HR decisions that rest on personal data
// processed solely automatically, with no human review approving them
// (Labour Code art. 86 p.6).
var Analyzer = &analysis.Analyzer{
	Name:     "decision",
	Doc:      doc,
	URL:      "https://pkg.go.dev/github.com/hrvet/hrvet/analyzers/decision",
	Requires: []*analysis.Analyzer{pdfields.Analyzer, flow.Analyzer},
	Run:      run,
}

const rule = "(Labour Code art. 86 p.6)"

func run(pass *analysis.Pass) (any, error) {
	cat := pass.ResultOf[pdfields.Analyzer].(*pdfields.Catalog)
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	r := report.New(pass, cat.Directives)
	var automated []*flow.Flow
	for _, f := range res.Flows {
		if f.Kind == sinks.Decision && f.Problem != flow.OK && len(f.Data) > 0 {
			automated = append(automated, f)
		}
	}
	// One finding a call: the decisions a wrapper takes rest on the same
	// data.
	for _, f := range flow.Merge(automated, func(a, b *flow.Flow) bool { return true }) {
		r.Report(analysis.Diagnostic{Pos: f.Pos, End: f.End, Message: message(f), Related: f.Related()})
	}
	for _, u := range res.Unchecked {
		if !u.Review {
			continue
		}
		r.Report(analysis.Diagnostic{
			Pos:     u.Pos,
			End:     u.End,
			Message: fmt.Sprintf("result of review %s is not checked, so it approves nothing %s", Short(u.Check), rule),
		})
	}
	r.Finish()
	return nil, nil
}

// message words a finding as SPEC section 6 shows it.
func message(f *flow.Flow) string {
	var b strings.Builder
	b.WriteString(Short(f.Sink))
	b.WriteString(", an HR decision")
	if len(f.Via) > 0 {
		fmt.Fprintf(&b, " taken through %s", Short(f.Via[0]))
	}
	fmt.Fprintf(&b, ", rests on %s processed solely automatically, with no //hrvet:review on the path %s", f.DataString(), rule)
	return b.String()
}

var pkgDirs = regexp.MustCompile(`[A-Za-z0-9_.~\-]+/`)

// Short names a function as Go code in its package's importers would,
// by the last element of its package path: (*staff.Service).Dismiss for
// (*example.com/hr/staff.Service).Dismiss.
func Short(fullName string) string {
	return pkgDirs.ReplaceAllString(fullName, "")
}
