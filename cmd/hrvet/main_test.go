package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/driver"
	"golang.org/x/tools/go/analysis"
)

// entryEnv makes the test binary act as a command instead of running
// tests, so go vet can use it as its -vettool without a second build:
// "main" runs hrvet's real main, "fixture" the driver with the test
// analyzers.
const entryEnv = "HRVET_TEST_ENTRY"

func TestMain(m *testing.M) {
	switch os.Getenv(entryEnv) {
	case "main":
		main()
	case "fixture":
		driver.Command(fixtureAnalyzers())
	}
	os.Exit(m.Run())
}

// result is what one run of hrvet produced.
type result struct {
	code           int
	stdout, stderr string
}

// hrvet runs the standalone driver in process.
func hrvet(t *testing.T, analyzers []*analysis.Analyzer, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := driver.Main(args, &stdout, &stderr, analyzers)
	return result{code, stdout.String(), stderr.String()}
}

// lines splits output into lines, dropping the final newline.
func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// wantResult fails t unless got has the exit code and exactly the lines.
func wantResult(t *testing.T, got result, code int, stdout, stderr []string) {
	t.Helper()
	if got.code != code {
		t.Errorf("exit code = %d, want %d", got.code, code)
	}
	wantLines(t, "stdout", lines(got.stdout), stdout)
	wantLines(t, "stderr", lines(got.stderr), stderr)
}

func wantLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
