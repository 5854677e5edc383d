package anonymity_test

import (
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
