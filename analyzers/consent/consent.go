package consent

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/internal/flow"
	"github.com/hrvet/hrvet/internal/report"
	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports personal data that reach a transfer or commercial sink
// without the employee's consent (or a legal basis), and consent checks
// whose result is not checked.
var Analyzer = &analysis.Analyzer{
	Name:     "consent",
	Doc:      doc,
	URL:      "https://pkg.go.dev/github.com/hrvet/hrvet/analyzers/consent",
	Requires: []*analysis.Analyzer{pdfields.Analyzer, flow.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	cat := pass.ResultOf[pdfields.Analyzer].(*pdfields.Catalog)
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	r := report.New(pass, cat.Directives)
	var sent []*flow.Flow
	for _, f := range res.Flows {
		if (f.Kind == sinks.Transfer || f.Kind == sinks.Commercial) && f.Problem != flow.OK {
			sent = append(sent, f)
		}
	}
	// One finding a call and problem: the sinks a wrapper reaches are one
	// transfer to answer for.
	same := func(a, b *flow.Flow) bool {
		return a.Kind == b.Kind && a.Problem == b.Problem && a.Purpose == b.Purpose && slices.Equal(a.Guard.Purposes, b.Guard.Purposes)
	}
	for _, f := range flow.Merge(sent, same) {
		msg := message(f)
		if msg == "" {
			continue
		}
		r.Report(analysis.Diagnostic{Pos: f.Pos, End: f.End, Message: msg, Related: f.Related()})
	}
	for _, u := range res.Unchecked {
		if u.Auth || u.Review {
			continue // access and decision report those
		}
		r.Report(analysis.Diagnostic{
			Pos:     u.Pos,
			End:     u.End,
			Message: fmt.Sprintf("result of consent check %s is not checked, so it guards nothing (Labour Code art. 88)", u.Check),
		})
	}
	r.Finish()
	return nil, nil
}

// message words a flow's problem, or returns "" if it has none.
func message(f *flow.Flow) string {
	verb := "reaches"
	if f.Plural() {
		verb = "reach"
	}
	what := f.DataString() + " " + verb + " " + f.SinkString()
	switch f.Problem {
	case flow.Unguarded:
		return what + " without a consent check (Labour Code art. 88)"
	case flow.OtherSubject:
		return what + " without a consent check (Labour Code art. 88); the consent checked is another person's"
	case flow.PurposeMismatch:
		return fmt.Sprintf("%s (purpose %s) under a consent check for %s (Labour Code art. 88)", what, f.Purpose, purposes(f.Guard.Purposes))
	case flow.NeedsCommercialConsent:
		return what + ", a commercial sink, without consent for purpose commercial (Labour Code art. 88 p.2)"
	}
	return ""
}

// purposes names the purposes of the consent checks that did not cover a
// sink.
func purposes(ps []string) string {
	var named []string
	for _, p := range ps {
		if p != "" {
			named = append(named, p)
		}
	}
	switch len(named) {
	case 0:
		return "another purpose"
	case 1:
		return "purpose " + named[0]
	}
	return "purposes " + strings.Join(named, ", ")
}
