package consent_test

import (
	"path/filepath"
	"testing"

	"github.com/hrvet/hrvet/analyzers/consent"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata is the flow engine's corpus, shared by consent and logleak.
var testdata = filepath.Join("..", "..", "internal", "flow", "testdata")

func TestConsent(t *testing.T) {
	dir, err := filepath.Abs(testdata)
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, consent.Analyzer, "consent/...")
}
