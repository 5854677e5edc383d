package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
)

// staffV1 is a small module with two mistakes: a forbidden field and a
// phone number logged.
const staffV1 = `// Package staff keeps personnel files.
package staff

import "log"

// Employee is a member of staff.
type Employee struct {
	Name     string
	Phone    string
	Email    string
	Religion string
}

var files = map[int]Employee{}

func helper() int { return len(files) }

// Hire takes on the employee with the given ID.
func Hire(id int) {
	e := files[id]
	_ = helper()
	log.Printf("hired, phone %s", e.Phone)
}
`

// staffV2 is staffV1 after an edit that touches neither mistake: lines
// added above both, and the unrelated helper renamed.
const staffV2 = `// Package staff keeps personnel files.
package staff

import "log"

// maxStaff is how many people the company may employ.
const maxStaff = 250

// Employee is a member of staff.
type Employee struct {
	Name     string
	Phone    string
	Email    string
	Religion string
}

var files = map[int]Employee{}

// headcount returns the number of files kept.
func headcount() int { return len(files) }

// Hire takes on the employee with the given ID.
func Hire(id int) {
	if headcount() >= maxStaff {
		return
	}
	e := files[id]
	log.Printf("hired, phone %s", e.Phone)
}
`

// TestBaselineSurvivesEdits is the acceptance check for baselines: the
// findings of a baseline stay known after code moves and unrelated code is
// renamed, and a new mistake is reported, alone.
func TestBaselineSurvivesEdits(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":          "module example.com/staff\n\ngo 1.26\n",
		"staff/staff.go":  staffV1,
		"staff/helper.go": "package staff\n\nfunc count() int { return helper() }\n",
	})
	before := hrvet(t, suite.Analyzers(), "-C", dir)
	if before.code != 3 || !slices.Equal(findingKeys(t, before.stdout), []string{"staff/staff.go:11 forbidden", "staff/staff.go:22 logleak"}) {
		t.Fatalf("the fixture's findings changed: exit code %d, stdout:\n%s\nstderr:\n%s", before.code, before.stdout, before.stderr)
	}

	// Writing a baseline reports nothing: every finding is in it.
	written := hrvet(t, suite.Analyzers(), "-C", dir, "-write-baseline", "hrvet-baseline.json")
	wantResult(t, written, 0, nil, nil)
	base := readBaselineFile(t, filepath.Join(dir, "hrvet-baseline.json"))
	if base.Version != 1 || len(base.Findings) != 2 ||
		base.Findings[0].File != "staff/staff.go" || base.Findings[0].Analyzer != "forbidden" ||
		base.Findings[1].Analyzer != "logleak" || !strings.Contains(base.Findings[1].Message, "Employee.Phone") {
		t.Fatalf("baseline = %+v, want version 1 and the two findings, sorted", base)
	}

	// Move both mistakes down and rename the unrelated helper: both stay
	// known, at their new places.
	write(t, dir, "staff/staff.go", staffV2)
	write(t, dir, "staff/helper.go", "package staff\n\nfunc count() int { return headcount() }\n")
	known := hrvet(t, suite.Analyzers(), "-C", dir, "-baseline", "hrvet-baseline.json", "-sarif", "moved.sarif")
	wantResult(t, known, 0, nil, nil)
	data, err := os.ReadFile(filepath.Join(dir, "moved.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	var states []string
	for _, r := range validateSARIF(t, data).Runs[0].Results {
		states = append(states, r.posn()+" "+r.RuleID+" "+r.BaselineState)
	}
	wantLines(t, "after the edit", states, []string{
		"staff/staff.go:14:2 forbidden unchanged",
		"staff/staff.go:28:2 logleak unchanged",
	})

	// A new mistake, and a second copy of a known one: both are new.
	v3 := strings.Replace(staffV2, "\tlog.Printf(\"hired, phone %s\", e.Phone)\n",
		"\tlog.Printf(\"hired, phone %s\", e.Phone)\n\tlog.Printf(\"mail %s\", e.Email)\n\tlog.Printf(\"hired, phone %s\", e.Phone)\n", 1)
	write(t, dir, "staff/staff.go", v3)
	fresh := hrvet(t, suite.Analyzers(), "-C", dir, "-baseline", "hrvet-baseline.json")
	if fresh.code != 3 || fresh.stderr != "" {
		t.Errorf("with new findings: exit code %d, stderr %q; want 3 and nothing", fresh.code, fresh.stderr)
	}
	if got := findingKeys(t, fresh.stdout); !slices.Equal(got, []string{"staff/staff.go:29 logleak", "staff/staff.go:30 logleak"}) {
		t.Errorf("new findings = %v, want the Email leak on line 29 and the repeated Phone leak on line 30", got)
	}
	if !strings.Contains(fresh.stdout, "Employee.Email") {
		t.Errorf("the Email leak is not among the new findings:\n%s", fresh.stdout)
	}
}

// TestBaselineInSARIF checks how a baseline shows in -json and SARIF: the
// JSON tree holds the new findings only; in SARIF every finding is a
// result, those the baseline knows suppressed as external.
func TestBaselineInSARIF(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":         "module example.com/staff\n\ngo 1.26\n",
		"staff/staff.go": staffV1,
	})
	wantResult(t, hrvet(t, suite.Analyzers(), "-C", dir, "-write-baseline", "base.json"), 0, nil, nil)
	write(t, dir, "staff/staff.go", strings.Replace(staffV1, "\tName     string\n", "\tName     string\n\tPolitics string\n", 1))

	got := hrvet(t, suite.Analyzers(), "-C", dir, "-json", "-baseline", "base.json", "-sarif", "out.sarif")
	if got.code != 3 {
		t.Fatalf("exit code %d, stderr:\n%s\nwant 3", got.code, got.stderr)
	}
	// The JSON tree holds the new finding only.
	var tree map[string]map[string][]struct{ Posn string }
	if err := json.Unmarshal([]byte(got.stdout), &tree); err != nil {
		t.Fatalf("-json -baseline printed no JSON tree: %v\n%s", err, got.stdout)
	}
	var posns []string
	for _, byAnalyzer := range tree {
		for name, ds := range byAnalyzer {
			for _, d := range ds {
				posns = append(posns, name+" "+filepath.Base(d.Posn))
			}
		}
	}
	if !slices.Equal(posns, []string{"forbidden staff.go:9:2"}) {
		t.Errorf("-json -baseline findings %v, want the new forbidden field only", posns)
	}

	data, err := os.ReadFile(filepath.Join(dir, "out.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	var states []string
	for _, r := range validateSARIF(t, data).Runs[0].Results {
		state := r.posn() + " " + r.BaselineState
		for _, s := range r.Suppressions {
			state += " " + s.Kind + ": " + s.Justification
		}
		states = append(states, state)
	}
	want := []string{
		"staff/staff.go:9:2 new",
		"staff/staff.go:12:2 unchanged external: listed in the baseline base.json",
		"staff/staff.go:23:2 unchanged external: listed in the baseline base.json",
	}
	wantLines(t, "SARIF results", states, want)
}

func TestBaselineErrors(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":         "module example.com/staff\n\ngo 1.26\n",
		"staff/staff.go": staffV1,
		"v2.json":        `{"version": 2, "tool": "hrvet", "findings": []}`,
		"bad.json":       `{"version": 1, "findings": [{"file": "a.go"}]}`,
		"garbage.json":   `not json`,
	})
	for _, tc := range []struct{ file, want string }{
		{"missing.json", "hrvet: reading baseline: open "},
		{"v2.json", "hrvet: baseline v2.json: version 2, want 1 (write it again with -write-baseline)"},
		{"bad.json", "hrvet: baseline bad.json: finding 1 has no fingerprint"},
		{"garbage.json", "hrvet: baseline garbage.json: not a baseline file: "},
	} {
		got := hrvet(t, suite.Analyzers(), "-C", dir, "-baseline", tc.file)
		if got.code != 1 || got.stdout != "" || !strings.HasPrefix(got.stderr, tc.want) || len(lines(got.stderr)) != 1 {
			t.Errorf("-baseline %s: exit code %d, stdout %q, stderr %q; want 1, nothing and %q", tc.file, got.code, got.stdout, got.stderr, tc.want)
		}
	}
}

// TestWriteBaselineRefusesAFailedRun: a baseline written from a run that
// missed packages would hide their findings later.
func TestWriteBaselineRefusesAFailedRun(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":             "module example.com/broken\n\ngo 1.26\n",
		"good/good.go":       "package good\n\ntype T struct {\n\tPhone string\n}\n",
		"typeerr/typeerr.go": "package typeerr\n\nvar x int = \"s\"\n",
	})
	got := hrvet(t, fixtureAnalyzers(), "-C", dir, "-write-baseline", "base.json")
	if got.code != 1 || !strings.Contains(got.stderr, "hrvet: -write-baseline: not written, because of the errors above\n") {
		t.Errorf("exit code %d, stderr %q; want 1 and the baseline refused", got.code, got.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "base.json")); !os.IsNotExist(err) {
		t.Errorf("the baseline was written anyway (stat: %v)", err)
	}
}

type baselineFile struct {
	Version  int
	Tool     string
	Findings []struct{ File, Analyzer, Message, Fingerprint string }
}

func readBaselineFile(t *testing.T, path string) baselineFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b baselineFile
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("baseline is not JSON: %v\n%s", err, data)
	}
	return b
}

// findingKeys returns "file:line analyzer" of each finding in hrvet's
// text output.
func findingKeys(t *testing.T, stdout string) []string {
	t.Helper()
	var keys []string
	for _, l := range lines(stdout) {
		if strings.HasPrefix(l, "\t") {
			continue
		}
		m := regexp.MustCompile(`^(\S+):(\d+):\d+: (\w+): `).FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("unparsable finding %q", l)
		}
		keys = append(keys, m[1]+":"+m[2]+" "+m[3])
	}
	return keys
}
