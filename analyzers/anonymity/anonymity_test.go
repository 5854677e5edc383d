package anonymity_test

import (
	"path/filepath"
	"testing"

	"github.com/hrvet/hrvet/analyzers/anonymity"
	"github.com/hrvet/hrvet/internal/vettest"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestMain(m *testing.M) { vettest.Main(m, anonymity.Analyzer) }

// TestAnonymity checks the fixture under analysistest and again under go
// vet, where only the facts of direct imports arrive.
func TestAnonymity(t *testing.T) {
	vettest.Run(t, analysistest.TestData(), anonymity.Analyzer, "anon")
}

// TestLayered checks data and roles declared two and three imports below
// their use (testdata/layered).
func TestLayered(t *testing.T) {
	vettest.Run(t, filepath.Join("..", "..", "testdata", "layered"), anonymity.Analyzer, "layered/hr", "layered/anonymity/...")
}
