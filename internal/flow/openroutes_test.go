package flow

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestOpenRoutes checks the open routes a summary lists: those a
// function registers on the router it is given, and those it passes on
// from an imported function that registers on it.
func TestOpenRoutes(t *testing.T) {
	strict = true
	defer func() { strict = false }()
	analysistest.Run(t, testdataDir(t), Analyzer, "engine/openroute/...")
}
