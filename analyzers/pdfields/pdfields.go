// Package pdfields is a placeholder being replaced by the real catalogue pass.
package pdfields

import "golang.org/x/tools/go/analysis"

// Analyzer is the pdfields analyzer.
var Analyzer = &analysis.Analyzer{
	Name: "pdfields",
	Doc:  "report malformed personal-data tags and hrvet directives",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}
