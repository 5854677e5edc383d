package forbidden_test

import (
	"path/filepath"
	"testing"

	"github.com/hrvet/hrvet/analyzers/forbidden"
	"github.com/hrvet/hrvet/internal/vettest"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestMain(m *testing.M) { vettest.Main(m, forbidden.Analyzer) }

// Each test checks its packages under analysistest and again under go
// vet, where only the facts of direct imports arrive.

func TestFields(t *testing.T) {
	vettest.Run(t, analysistest.TestData(), forbidden.Analyzer, "fields", "cfgfields")
}

func TestSQL(t *testing.T) {
	vettest.Run(t, analysistest.TestData(), forbidden.Analyzer, "sqlcheck")
}

func TestCollection(t *testing.T) {
	vettest.Run(t, analysistest.TestData(), forbidden.Analyzer, "collect")
}

// TestLayered checks data and roles declared two and three imports below
// their use (testdata/layered).
func TestLayered(t *testing.T) {
	vettest.Run(t, filepath.Join("..", "..", "testdata", "layered"), forbidden.Analyzer, "layered/forbidden/...")
}
