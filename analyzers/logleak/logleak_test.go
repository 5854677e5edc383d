package logleak_test

import (
	"path/filepath"
	"testing"

	"github.com/hrvet/hrvet/analyzers/logleak"
	"github.com/hrvet/hrvet/internal/vettest"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestMain(m *testing.M) { vettest.Main(m, logleak.Analyzer) }

// testdata is the flow engine's corpus, shared by consent and logleak.
var testdata = filepath.Join("..", "..", "internal", "flow", "testdata")

// TestLogleak checks the corpus under analysistest and again under go
// vet, where only the facts of direct imports arrive.
func TestLogleak(t *testing.T) {
	vettest.Run(t, testdata, logleak.Analyzer, "logleak/...")
}

// TestMaskFix checks the suggested fix on the engine's own fixtures:
// annotations.Mask, and a redactor of the package or of an import.
func TestMaskFix(t *testing.T) {
	dir, err := filepath.Abs(testdata)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, dir, logleak.Analyzer, "engine/logfix", "engine/logfixown", "engine/logfixlocal")
}

// TestLayered checks data and roles declared two and three imports below
// their use (testdata/layered).
func TestLayered(t *testing.T) {
	vettest.Run(t, filepath.Join("..", "..", "testdata", "layered"), logleak.Analyzer, "layered/logleak/...")
}

// TestOtherModules runs a module that calls into another module (a
// replace directive), where module boundaries decide what a summary's
// error results carry.
func TestOtherModules(t *testing.T) {
	vettest.Run(t, filepath.Join("testdata", "modules", "app"), logleak.Analyzer, "example.com/app/shop")
}
