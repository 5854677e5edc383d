package anonymity_test

import (
	"testing"

	"github.com/hrvet/hrvet/analyzers/anonymity"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestAnonymity(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), anonymity.Analyzer, "anon")
}
