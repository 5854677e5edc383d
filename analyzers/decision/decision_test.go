package decision_test

import (
	"testing"

	"github.com/hrvet/hrvet/analyzers/decision"
	"github.com/hrvet/hrvet/internal/vettest"
)

func TestMain(m *testing.M) { vettest.Main(m, decision.Analyzer) }

// TestJobs checks decisions in one package: thresholds on personal data,
// values chosen by them, helpers whose results are computed from them,
// reviews in the function and in callers, and the look-alikes that
// decide nothing automatically.
func TestJobs(t *testing.T) {
	vettest.Run(t, "testdata", decision.Analyzer, "jobs")
}

// TestCrossPackage checks a job calling a helper of another package
// that decides, in go vet's mode too, where only the direct imports'
// facts arrive.
func TestCrossPackage(t *testing.T) {
	vettest.Run(t, "testdata", decision.Analyzer, "crosspkg/...")
}

func TestShort(t *testing.T) {
	for in, want := range map[string]string{
		"(*example.com/hr/staff.Service).Dismiss": "(*staff.Service).Dismiss",
		"example.com/hr/staff.Dismiss":            "staff.Dismiss",
		"net/http.Post":                           "http.Post",
		"jobs.fire":                               "jobs.fire",
	} {
		if got := decision.Short(in); got != want {
			t.Errorf("Short(%q) = %q, want %q", in, got, want)
		}
	}
}
