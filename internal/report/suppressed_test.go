package report_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestSuppressionsRecordsIgnoredFindingsWithReasons(t *testing.T) {
	log := new(report.SuppressionLog)
	report.Suppressions = log
	defer func() { report.Suppressions = nil }()

	analysistest.Run(t, analysistest.TestData(), calls, "ign")

	var got []string
	for _, s := range log.Entries() {
		got = append(got, fmt.Sprintf("%s:%d:%d %s %q (ignore at line %d: %q)",
			filepath.Base(s.Posn.Filename), s.Posn.Line, s.Posn.Column, s.Analyzer, s.Message, s.Ignore.Line, s.Reason))
	}
	// ign_test.go's suppressed finding is left out: without -tests it
	// would not have been shown either.
	want := []string{
		`ign.go:9:2 consent "leak called" (ignore at line 9: "the gateway masks it")`,
		`ign.go:12:2 consent "leak called" (ignore at line 11: "tested elsewhere")`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("suppressed findings:\n%q\nwant:\n%q", got, want)
	}
}

func TestSuppressionsIncludesTestFilesWithTests(t *testing.T) {
	log := new(report.SuppressionLog)
	report.Suppressions = log
	report.Tests = true
	defer func() { report.Suppressions, report.Tests = nil, false }()

	analysistest.Run(t, analysistest.TestData(), calls, "ign")

	var files []string
	for _, s := range log.Entries() {
		files = append(files, fmt.Sprintf("%s:%d", filepath.Base(s.Posn.Filename), s.Posn.Line))
	}
	want := []string{"ign.go:9", "ign.go:12", "ign_test.go:4"}
	if fmt.Sprint(files) != fmt.Sprint(want) {
		t.Errorf("suppressed findings with Tests = %v, want %v", files, want)
	}
}
