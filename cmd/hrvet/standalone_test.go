package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
)

const findingsDir = "testdata/findings"

// The findings the fixture analyzers make on testdata/findings, sorted as
// hrvet prints them.
var (
	payrollFindings = []string{
		"payroll/payroll.go:8:2: phone: field Slip.Phone holds a phone number",
		"payroll/payroll.go:12:2: phone: Employee value carries a phone number (fact from example.com/fixture/people)",
	}
	contactFindings = []string{
		"people/contact.go:5:2: email: field Email holds an email address",
		"\tpeople/contact.go:4:6: in struct Contact",
		"people/contact.go:5:9: phone: field Contact.Phone holds a phone number",
	}
	externalTestFindings = []string{
		"people/external_test.go:5:2: email: field Email holds an email address",
		"\tpeople/external_test.go:4:6: in struct stub",
	}
	peopleFindings = []string{
		"people/people.go:7:2: phone: field Employee.Phone holds a phone number",
		"people/people.go:8:2: email: field Email holds an email address",
		"\tpeople/people.go:5:6: in struct Employee",
	}
	peopleTestFindings = []string{
		"people/people_test.go:5:2: phone: field testEmployee.Phone holds a phone number",
	}
)

func TestFindings(t *testing.T) {
	got := hrvet(t, fixtureAnalyzers(), "-C", findingsDir)
	wantResult(t, got, 3, slices.Concat(payrollFindings, contactFindings, peopleFindings), nil)
}

func TestFindingsInTestFiles(t *testing.T) {
	got := hrvet(t, fixtureAnalyzers(), "-C", findingsDir, "-tests")
	want := slices.Concat(payrollFindings, contactFindings, externalTestFindings, peopleFindings, peopleTestFindings)
	wantResult(t, got, 3, want, nil)
	if report.Tests {
		t.Error("report.Tests is still true after the run")
	}
}

func TestDefaultPatternIsCurrentDirectory(t *testing.T) {
	t.Chdir(findingsDir)
	got := hrvet(t, fixtureAnalyzers())
	wantResult(t, got, 3, slices.Concat(payrollFindings, contactFindings, peopleFindings), nil)
}

func TestFileNamesRelativeToCurrentDirectoryOnlyBelowIt(t *testing.T) {
	abs, err := filepath.Abs(findingsDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(findingsDir, "people"))
	got := hrvet(t, fixtureAnalyzers(), "-phone=true", ".", "../payroll")
	// Sorted by file name as printed: the absolute one first.
	wantResult(t, got, 3, []string{
		filepath.Join(abs, "payroll/payroll.go") + ":8:2: phone: field Slip.Phone holds a phone number",
		filepath.Join(abs, "payroll/payroll.go") + ":12:2: phone: Employee value carries a phone number (fact from example.com/fixture/people)",
		"contact.go:5:9: phone: field Contact.Phone holds a phone number",
		"people.go:7:2: phone: field Employee.Phone holds a phone number",
	}, nil)
}

func TestAnalyzerSwitches(t *testing.T) {
	all := slices.Concat(payrollFindings, contactFindings, peopleFindings)
	only := func(analyzer string) []string {
		var keep []string
		for i, l := range all {
			isRelatedOf := strings.HasPrefix(l, "\t") && i > 0 && strings.Contains(all[i-1], ": "+analyzer+": ")
			if strings.Contains(l, ": "+analyzer+": ") || isRelatedOf {
				keep = append(keep, l)
			}
		}
		return keep
	}
	if len(only("phone")) == 0 || len(only("email")) == 0 {
		t.Fatal("fixture lost its findings")
	}
	for _, tc := range []struct {
		flags []string
		want  []string
		code  int
	}{
		{[]string{"-email=false"}, only("phone"), 3},
		{[]string{"-email"}, only("email"), 3},
		{[]string{"-email=true", "-phone=false"}, only("email"), 3},
		{[]string{"-email=false", "-phone=false"}, nil, 0},
		{[]string{"-phone", "-email"}, all, 3},
	} {
		t.Run(strings.Join(tc.flags, " "), func(t *testing.T) {
			got := hrvet(t, fixtureAnalyzers(), append([]string{"-C", findingsDir}, tc.flags...)...)
			wantResult(t, got, tc.code, tc.want, nil)
		})
	}
}

func TestAnalyzerFlags(t *testing.T) {
	got := hrvet(t, fixtureAnalyzers(), "-C", findingsDir, "-email=false", "-phone.field=Name")
	// Employee.Name now makes Employee a phone-bearing type for payroll too.
	wantResult(t, got, 3, []string{
		"payroll/payroll.go:12:2: phone: Employee value carries a phone number (fact from example.com/fixture/people)",
		"people/people.go:6:2: phone: field Employee.Name holds a phone number",
	}, nil)
}

// jsonTree is the go/analysis JSON output: package ID, analyzer, findings.
type jsonTree map[string]map[string][]struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
	Related []struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	} `json:"related"`
}

func TestJSON(t *testing.T) {
	got := hrvet(t, fixtureAnalyzers(), "-C", findingsDir, "-json")
	if got.code != 3 || got.stderr != "" {
		t.Fatalf("exit code %d, stderr %q; want 3 and nothing", got.code, got.stderr)
	}
	var tree jsonTree
	if err := json.Unmarshal([]byte(got.stdout), &tree); err != nil {
		t.Fatalf("stdout is not the JSON tree: %v\n%s", err, got.stdout)
	}
	abs, err := filepath.Abs(findingsDir)
	if err != nil {
		t.Fatal(err)
	}
	// Flatten to "package analyzer posn message", positions relative.
	var flat []string
	for pkg, byAnalyzer := range tree {
		for analyzer, diags := range byAnalyzer {
			for _, d := range diags {
				rel, err := filepath.Rel(abs, d.Posn)
				if err != nil || !filepath.IsAbs(d.Posn) {
					t.Errorf("posn %q is not an absolute file position under %s", d.Posn, abs)
				}
				line := strings.Join([]string{pkg, analyzer, rel, d.Message}, " ")
				for _, r := range d.Related {
					rel, _ := filepath.Rel(abs, r.Posn)
					line += " [" + rel + " " + r.Message + "]"
				}
				flat = append(flat, line)
			}
		}
	}
	slices.Sort(flat)
	wantLines(t, "findings in JSON", flat, []string{
		"example.com/fixture/payroll phone payroll/payroll.go:12:2 Employee value carries a phone number (fact from example.com/fixture/people)",
		"example.com/fixture/payroll phone payroll/payroll.go:8:2 field Slip.Phone holds a phone number",
		"example.com/fixture/people email people/contact.go:5:2 field Email holds an email address [people/contact.go:4:6 in struct Contact]",
		"example.com/fixture/people email people/people.go:8:2 field Email holds an email address [people/people.go:5:6 in struct Employee]",
		"example.com/fixture/people phone people/contact.go:5:9 field Contact.Phone holds a phone number",
		"example.com/fixture/people phone people/people.go:7:2 field Employee.Phone holds a phone number",
	})
}

func TestJSONClean(t *testing.T) {
	got := hrvet(t, fixtureAnalyzers(), "-C", "testdata/clean", "-json")
	wantResult(t, got, 0, []string{"{}"}, nil)
}

func TestClean(t *testing.T) {
	got := hrvet(t, fixtureAnalyzers(), "-C", "testdata/clean")
	wantResult(t, got, 0, nil, nil)
}

// writeModule creates a module from path -> content in a temporary
// directory and returns the directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBrokenPackages(t *testing.T) {
	// Kept out of testdata so that gofmt and go vet over the repository
	// never meet the syntax error.
	dir := writeModule(t, map[string]string{
		"go.mod":               "module example.com/broken\n\ngo 1.26\n",
		"good/good.go":         "package good\n\ntype T struct {\n\tPhone string\n}\n",
		"syntax/syntax.go":     "package syntax\n\nfunc {\n",
		"typeerr/typeerr.go":   "package typeerr\n\ntype T struct {\n\tPhone string\n}\n\nvar x int = \"s\"\n",
		"importer/importer.go": "package importer\n\nimport \"example.com/broken/typeerr\"\n\ntype U struct {\n\tPhone typeerr.T\n}\n",
	})
	got := hrvet(t, fixtureAnalyzers(), "-C", dir)
	// Findings in the packages that type-check, one line per error, none
	// for the package that only imports a broken one, and no findings in
	// the broken ones.
	wantResult(t, got, 1,
		[]string{"good/good.go:4:2: phone: field T.Phone holds a phone number"},
		[]string{
			`typeerr/typeerr.go:7:13: cannot use "s" (untyped string constant) as int value in variable declaration`,
			`syntax/syntax.go:3:6: expected 'IDENT', found '{'`,
		})
}

func TestLoadErrors(t *testing.T) {
	empty := writeModule(t, map[string]string{"go.mod": "module example.com/empty\n\ngo 1.26\n"})
	badMod := writeModule(t, map[string]string{"go.mod": "module example.com/bad\n\ngo 1.26\nbogus\n"})
	for _, tc := range []struct {
		name string
		args []string
		want *regexp.Regexp
	}{
		{"missing directory", []string{"-C", findingsDir, "./nonexistent/..."},
			regexp.MustCompile(`^hrvet: pattern \./nonexistent/\.\.\.: .*no such file or directory$`)},
		{"unknown import path", []string{"-C", findingsDir, "example.com/nowhere"},
			regexp.MustCompile(`^hrvet: .*example\.com/nowhere.*$`)},
		{"no packages", []string{"-C", empty},
			regexp.MustCompile(`^hrvet: no packages matched \./\.\.\.$`)},
		{"broken go.mod", []string{"-C", badMod},
			regexp.MustCompile(`^hrvet: .*go\.mod:4: unknown directive: bogus$`)},
		{"missing -C directory", []string{"-C", "testdata/nonexistent"},
			regexp.MustCompile(`^hrvet: -C testdata/nonexistent: no such directory$`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := hrvet(t, fixtureAnalyzers(), tc.args...)
			if got.code != 1 || got.stdout != "" {
				t.Errorf("exit code %d, stdout %q; want 1 and nothing", got.code, got.stdout)
			}
			if l := lines(got.stderr); len(l) != 1 || !tc.want.MatchString(l[0]) {
				t.Errorf("stderr:\n%s\nwant one line matching %s", got.stderr, tc.want)
			}
		})
	}
}

func TestBadFlags(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		first string
	}{
		{[]string{"-bogus"}, "hrvet: flag provided but not defined: -bogus"},
		{[]string{"-phone=maybe"}, `hrvet: invalid boolean value "maybe" for -phone: want true or false`},
		{[]string{"-C"}, "hrvet: flag needs an argument: -C"},
	} {
		got := hrvet(t, fixtureAnalyzers(), tc.args...)
		wantResult(t, got, 1, nil, []string{
			tc.first,
			"usage: hrvet [flags] [packages]",
			"Run 'hrvet -help' for details.",
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"-help"}, {"help"}} {
		got := hrvet(t, fixtureAnalyzers(), args...)
		if got.code != 0 || got.stderr != "" {
			t.Errorf("%v: exit code %d, stderr %q; want 0 and nothing", args, got.code, got.stderr)
		}
		for _, want := range []*regexp.Regexp{
			regexp.MustCompile(`(?m)^\s+phone\s+report struct fields holding phone numbers$`),
			regexp.MustCompile(`(?m)^\s+email\s+report struct fields holding email addresses$`),
			regexp.MustCompile(`(?m)^\s+-tests$`),
			regexp.MustCompile(`(?m)^\s+-C dir$`),
			regexp.MustCompile(`(?m)^\s+-json$`),
			regexp.MustCompile(`(?m)^\s+-sarif file$`),
			regexp.MustCompile(`(?m)^\s+-baseline file$`),
			regexp.MustCompile(`(?m)^\s+-write-baseline file$`),
		} {
			if !want.MatchString(got.stdout) {
				t.Errorf("%v: usage lacks %s:\n%s", args, want, got.stdout)
			}
		}
		if strings.Contains(got.stdout, "-phone.field") {
			t.Errorf("%v: usage lists analyzer flags; they belong to 'hrvet help phone'", args)
		}
	}

	got := hrvet(t, fixtureAnalyzers(), "help", "phone")
	if got.code != 0 || !strings.HasPrefix(got.stdout, "phone: report struct fields holding phone numbers\n\nA test analyzer.\n") ||
		!regexp.MustCompile(`(?m)^\s+-phone\.field name$`).MatchString(got.stdout) {
		t.Errorf("help phone: exit code %d, output:\n%s", got.code, got.stdout)
	}

	got = hrvet(t, fixtureAnalyzers(), "help", "nope")
	wantResult(t, got, 1, nil, []string{`hrvet: unknown analyzer "nope"; run 'hrvet help' for the list`})
}

func TestAnalyzerErrorPrintedOnce(t *testing.T) {
	// Two packages, two analyzers failing with the same message, and one
	// that fails only because its prerequisite did: one line.
	failing := newFailingAnalyzer("config")
	analyzers := append(fixtureAnalyzers(), failing, newFailingAnalyzer("settings"), newDependentAnalyzer(failing))
	got := hrvet(t, analyzers, "-C", findingsDir)
	wantResult(t, got, 1,
		slices.Concat(payrollFindings, contactFindings, peopleFindings),
		[]string{`hrvet: config, settings: .hrvet.yaml:3: unknown key "colour"`})
}

func TestAnalyzerPanic(t *testing.T) {
	got := hrvet(t, []*analysis.Analyzer{newPanickyAnalyzer()}, "-C", findingsDir)
	want := regexp.MustCompile(`^hrvet: panicky: panic while analyzing example\.com/fixture/payroll: boom in \S+\.func1 \(analyzers_test\.go:\d+\)$`)
	if got.code != 1 || got.stdout != "" {
		t.Errorf("exit code %d, stdout %q; want 1 and nothing", got.code, got.stdout)
	}
	if l := lines(got.stderr); len(l) != 1 || !want.MatchString(l[0]) {
		t.Errorf("stderr:\n%s\nwant one line matching %s", got.stderr, want)
	}
}

func TestInvalidAnalyzers(t *testing.T) {
	clash := newFailingAnalyzer("json")
	got := hrvet(t, []*analysis.Analyzer{clash}, "-C", findingsDir)
	wantResult(t, got, 1, nil, []string{"hrvet: analyzer json: its name is already a flag"})

	undocumented := &analysis.Analyzer{Name: "bare", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	got = hrvet(t, []*analysis.Analyzer{undocumented})
	wantResult(t, got, 1, nil, []string{`hrvet: invalid analyzer: analyzer "bare" is undocumented`})
}

func TestBrokenTestFile(t *testing.T) {
	// A type error in a _test.go file leaves the package itself analyzed.
	dir := writeModule(t, map[string]string{
		"go.mod":       "module example.com/brokentest\n\ngo 1.26\n",
		"p/p.go":       "package p\n\ntype T struct {\n\tPhone string\n}\n",
		"p/p_test.go":  "package p\n\nvar y int = \"s\"\n",
		"q/q.go":       "package q\n\ntype U struct {\n\tPhone string\n}\n",
		"q/q_test.go":  "package q\n\ntype V struct {\n\tPhone string\n}\n",
		"q/qx_test.go": "package q_test\n\nimport \"example.com/brokentest/q\"\n\nvar _ = q.U{}\n",
	})
	got := hrvet(t, fixtureAnalyzers(), "-C", dir, "-tests")
	wantResult(t, got, 1,
		[]string{
			"p/p.go:4:2: phone: field T.Phone holds a phone number",
			"q/q.go:4:2: phone: field U.Phone holds a phone number",
			"q/q_test.go:4:2: phone: field V.Phone holds a phone number",
			"q/qx_test.go:5:9: phone: U value carries a phone number (fact from example.com/brokentest/q)",
		},
		[]string{`p/p_test.go:3:13: cannot use "s" (untyped string constant) as int value in variable declaration`})
}
