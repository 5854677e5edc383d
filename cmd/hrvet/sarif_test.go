package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaFile is the OASIS SARIF 2.1.0 schema (errata 01); its README says
// where it came from.
const schemaFile = "testdata/sarif/sarif-schema-2.1.0.json"

var sarifSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	return c.Compile(schemaFile)
})

// validateSARIF fails t unless data is valid against the SARIF schema, and
// returns the log decoded.
func validateSARIF(t *testing.T, data []byte) *sarifLog {
	t.Helper()
	schema, err := sarifSchema()
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("SARIF output does not match the schema: %v", err)
	}
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("SARIF log has %d runs, want 1", len(log.Runs))
	}
	return &log
}

// The parts of a SARIF log the tests look at.
type (
	sarifLog struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID               string `json:"id"`
						ShortDescription struct{ Text string }
						FullDescription  struct{ Text string }
						Help             struct{ Text string }
						HelpURI          string `json:"helpUri"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Invocations []struct {
				ExecutionSuccessful        bool `json:"executionSuccessful"`
				ToolExecutionNotifications []struct {
					Level   string
					Message struct{ Text string }
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []sarifResult                   `json:"results"`
		} `json:"runs"`
	}
	sarifResult struct {
		RuleID              string `json:"ruleId"`
		RuleIndex           int    `json:"ruleIndex"`
		Level               string `json:"level"`
		Message             struct{ Text string }
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Suppressions        []struct {
			Kind          string
			Justification string
			Location      *sarifLocation
		} `json:"suppressions"`
		BaselineState string `json:"baselineState"`
	}
	sarifLocation struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI       string `json:"uri"`
				URIBaseID string `json:"uriBaseId"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine, StartColumn, EndLine, EndColumn int
			} `json:"region"`
		} `json:"physicalLocation"`
		Message struct{ Text string }
	}
)

// posn returns "uri:line:col" of the result's first location.
func (r *sarifResult) posn() string {
	if len(r.Locations) == 0 {
		return "-"
	}
	loc := r.Locations[0].PhysicalLocation
	return fmt.Sprintf("%s:%d:%d", loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn)
}

// TestSARIFOnTheDemo checks -sarif on the demo against the schema and
// against the text output: the same findings, in the same places, plus the
// suppressed ones with the reasons their ignores give.
func TestSARIFOnTheDemo(t *testing.T) {
	got, data := demoRun(t)
	if got.code != 3 {
		t.Fatalf("exit code = %d, want 3; stderr:\n%s", got.code, got.stderr)
	}
	log := validateSARIF(t, data)
	run := log.Runs[0]

	// One rule per analyzer, described from its Doc.
	var ids []string
	for i, a := range suite.Analyzers() {
		r := run.Tool.Driver.Rules[i]
		ids = append(ids, r.ID)
		title, _, _ := strings.Cut(a.Doc, "\n")
		if r.ID != a.Name || r.ShortDescription.Text != title || r.HelpURI != a.URL || !strings.Contains(r.Help.Text, title) {
			t.Errorf("rule %d = %+v; want %s described by its Doc", i, r, a.Name)
		}
	}
	if len(run.Tool.Driver.Rules) != len(suite.Analyzers()) {
		t.Errorf("rules %v, want one per analyzer", ids)
	}
	citing := 0
	for _, r := range run.Tool.Driver.Rules {
		if strings.HasPrefix(r.Help.Text, "Legal rule: ") {
			citing++
		}
	}
	if citing == 0 {
		t.Error("no rule's help names a legal rule")
	}
	if base := run.OriginalURIBaseIDs["%SRCROOT%"].URI; !strings.HasPrefix(base, "file:///") || !strings.HasSuffix(base, "/testdata/hrapp/") {
		t.Errorf("%%SRCROOT%% = %q, want the file URI of the demo directory", base)
	}
	if inv := run.Invocations; len(inv) != 1 || !inv[0].ExecutionSuccessful {
		t.Errorf("invocations = %+v, want one successful", inv)
	}

	// The reported results are the text output's findings.
	var reported []string
	fingerprints := make(map[string]bool)
	suppressed := 0
	for _, r := range run.Results {
		if r.Level != "error" || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("%s: level %q, rule %q at index %d", r.posn(), r.Level, r.RuleID, r.RuleIndex)
		}
		fp := r.PartialFingerprints["hrvet/v1"]
		if !regexp.MustCompile(`^[0-9a-f]{32}:[1-9][0-9]*$`).MatchString(fp) || fingerprints[fp] {
			t.Errorf("%s: fingerprint %q is malformed or not unique", r.posn(), fp)
		}
		fingerprints[fp] = true
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || loc.Region.EndLine < loc.Region.StartLine ||
			loc.Region.EndLine == loc.Region.StartLine && loc.Region.EndColumn <= loc.Region.StartColumn {
			t.Errorf("%s: location %+v, want a relative URI and a region that ends after it starts", r.posn(), loc)
		}
		if len(r.Suppressions) > 0 {
			suppressed++
			checkSuppression(t, r)
			continue
		}
		reported = append(reported, r.posn()+": "+r.RuleID+": "+r.Message.Text)
	}
	var want []string
	for _, l := range lines(got.stdout) {
		if !strings.HasPrefix(l, "\t") {
			want = append(want, l)
		}
	}
	wantLines(t, "SARIF results, not suppressed", reported, want)
	if suppressed == 0 {
		t.Error("no suppressed results, but the demo has //hrvet:ignore directives that suppress findings")
	}
}

// checkSuppression checks that a suppressed result points at the ignore
// that names its analyzer, and carries the ignore's reason.
func checkSuppression(t *testing.T, r sarifResult) {
	t.Helper()
	s := r.Suppressions[0]
	if len(r.Suppressions) != 1 || s.Kind != "inSource" || s.Location == nil {
		t.Errorf("%s: suppressions %+v, want one inSource with its location", r.posn(), r.Suppressions)
		return
	}
	loc := s.Location.PhysicalLocation
	src, err := os.ReadFile(filepath.Join(demoDir, filepath.FromSlash(loc.ArtifactLocation.URI)))
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Split(string(src), "\n")[loc.Region.StartLine-1]
	ignore := regexp.MustCompile(`//hrvet:ignore (\S+) (.*)$`).FindStringSubmatch(line)
	if ignore == nil || !slices.Contains(strings.Split(ignore[1], ","), r.RuleID) || strings.TrimSpace(ignore[2]) != s.Justification {
		t.Errorf("%s: suppressed with justification %q by line %q, want the ignore naming %s and its reason", r.posn(), s.Justification, line, r.RuleID)
	}
}

// TestSARIFWithErrors checks that a run with errors still writes a valid
// log, saying the run failed and why, and exits 1.
func TestSARIFWithErrors(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":             "module example.com/broken\n\ngo 1.26\n",
		"good/good.go":       "package good\n\ntype T struct {\n\tPhone string\n}\n",
		"typeerr/typeerr.go": "package typeerr\n\nvar x int = \"s\"\n",
	})
	got := hrvet(t, fixtureAnalyzers(), "-C", dir, "-sarif", "out/../hrvet.sarif")
	if got.code != 1 {
		t.Fatalf("exit code = %d, want 1; stderr:\n%s", got.code, got.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "hrvet.sarif")) // relative to -C
	if err != nil {
		t.Fatal(err)
	}
	run := validateSARIF(t, data).Runs[0]
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 ||
		!strings.Contains(inv.ToolExecutionNotifications[0].Message.Text, "cannot use") {
		t.Errorf("invocation = %+v, want unsuccessful with the type error", inv)
	}
	if len(run.Results) != 1 || run.Results[0].posn() != "good/good.go:4:2" {
		t.Errorf("results = %+v, want the one finding in the good package", run.Results)
	}
}

func TestSARIFClean(t *testing.T) {
	out := filepath.Join(t.TempDir(), "clean.sarif")
	got := hrvet(t, fixtureAnalyzers(), "-C", "testdata/clean", "-sarif", out)
	wantResult(t, got, 0, nil, nil)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	run := validateSARIF(t, data).Runs[0]
	if len(run.Results) != 0 || !run.Invocations[0].ExecutionSuccessful || len(run.Tool.Driver.Rules) != 2 {
		t.Errorf("clean run: %d results, invocation %+v, %d rules; want none, successful, 2", len(run.Results), run.Invocations[0], len(run.Tool.Driver.Rules))
	}
}

func TestSARIFUnwritable(t *testing.T) {
	out := filepath.Join(t.TempDir(), "missing", "dir", "hrvet.sarif")
	got := hrvet(t, fixtureAnalyzers(), "-C", findingsDir, "-sarif", out)
	if got.code != 1 || !strings.HasPrefix(got.stderr, "hrvet: writing SARIF: ") || len(lines(got.stdout)) == 0 {
		t.Errorf("exit code %d, stderr %q; want 1, the findings and one error", got.code, got.stderr)
	}
}

// TestSchemaRejectsInvalidSARIF makes sure the schema check can fail: a
// log with a level SARIF does not know must be rejected.
func TestSchemaRejectsInvalidSARIF(t *testing.T) {
	schema, err := sarifSchema()
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []string{
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "suppressions": [{"kind": "inComment"}]}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}`,
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		if schema.Validate(inst) == nil {
			t.Errorf("the schema accepts %s", doc)
		}
	}
	valid := `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "error"}]}]}`
	inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(valid))
	if err := schema.Validate(inst); err != nil {
		t.Errorf("the schema rejects a minimal valid log: %v", err)
	}
}
