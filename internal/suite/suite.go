// Package suite lists hrvet's analyzers in the order the command line, the
// go vet tool and the golangci-lint plugin present them.
package suite

import (
	"github.com/hrvet/hrvet/analyzers/access"
	"github.com/hrvet/hrvet/analyzers/anonymity"
	"github.com/hrvet/hrvet/analyzers/consent"
	"github.com/hrvet/hrvet/analyzers/decision"
	"github.com/hrvet/hrvet/analyzers/forbidden"
	"github.com/hrvet/hrvet/analyzers/logleak"
	"github.com/hrvet/hrvet/analyzers/pdfields"
	"golang.org/x/tools/go/analysis"
)

// Analyzers returns every hrvet analyzer.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		pdfields.Analyzer,
		consent.Analyzer,
		logleak.Analyzer,
		forbidden.Analyzer,
		anonymity.Analyzer,
		access.Analyzer,
		decision.Analyzer,
	}
}
