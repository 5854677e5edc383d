package logleak_test

import (
	"path/filepath"
	"testing"

	"github.com/hrvet/hrvet/analyzers/logleak"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata is the flow engine's corpus, shared by consent and logleak.
var testdata = filepath.Join("..", "..", "internal", "flow", "testdata")

func TestLogleak(t *testing.T) {
	dir, err := filepath.Abs(testdata)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, logleak.Analyzer, "logleak/...")
}

// TestMaskFix checks the suggested fix on the engine's own fixture.
func TestMaskFix(t *testing.T) {
	dir, err := filepath.Abs(testdata)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, dir, logleak.Analyzer, "engine/logfix")
}
