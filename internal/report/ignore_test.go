package report_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

func TestIgnores(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), calls, "ign")
}
