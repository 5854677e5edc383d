package flow

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestNoReturn checks the noReturn facts the engine exports, and that SSA
// built with them ends a failing consent check's branch at a call that
// never returns, here or in another package, so that the check guards
// the sink after it; and that a call that may return does not.
func TestNoReturn(t *testing.T) {
	strict = true
	defer func() { strict = false }()
	analysistest.Run(t, testdataDir(t), Analyzer, "engine/noreturn/dep")
	analysistest.Run(t, testdataDir(t), probe, "engine/noreturn")
}
