package flow

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

func testdataDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSummaries checks the facts the engine exports.
func TestSummaries(t *testing.T) {
	strict = true
	defer func() { strict = false }()
	analysistest.Run(t, testdataDir(t), Analyzer, "engine/summary")
}

// TestFlows checks the engine's flows and unchecked consent checks
// through the probe, on its own fixture; and runs it over the analyzers'
// whole corpus with panics made fatal, so that no function there is
// skipped for a bug. (The analyzers' own tests check what is reported
// in the corpus.)
func TestFlows(t *testing.T) {
	strict = true
	defer func() { strict = false }()
	analysistest.Run(corpusQuiet{t}, testdataDir(t), probe, "engine/flows", "consent/...", "logleak/...")
}

// corpusQuiet is a testing.T that ignores mismatches with the
// expectations of the analyzers' corpus, which are not the probe's, and
// reports every other error (loading, analysing, the engine's fixture).
type corpusQuiet struct{ *testing.T }

func (t corpusQuiet) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if strings.Contains(msg, "engine/flows/") {
		t.T.Errorf("%s", msg)
		return
	}
	for _, expectation := range []string{"unexpected diagnostic", "does not match pattern", "no diagnostic was reported"} {
		if strings.Contains(msg, expectation) {
			return
		}
	}
	t.T.Errorf("%s", msg)
}
