package forbidden_test

import (
	"testing"

	"github.com/hrvet/hrvet/analyzers/forbidden"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestFields(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), forbidden.Analyzer, "fields", "cfgfields")
}

func TestSQL(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), forbidden.Analyzer, "sqlcheck")
}

func TestCollection(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), forbidden.Analyzer, "collect")
}
