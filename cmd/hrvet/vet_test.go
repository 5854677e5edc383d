package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
)

// command runs the test binary as a command (see TestMain) in dir, or go
// with args when goArgs is set, and returns what it did.
func command(t *testing.T, dir, entry string, name string, args ...string) result {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = abs
	cmd.Env = append(os.Environ(), entryEnv+"="+entry, "PWD="+abs)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("%s: %v", name, err)
		}
		code = exit.ExitCode()
	}
	return result{code, stdout.String(), stderr.String()}
}

// self is the test binary, which TestMain turns into hrvet on request.
func self(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

// goVet runs go vet in dir with the test binary as the vet tool. It
// skips the test under the race detector (see raceDetector).
func goVet(t *testing.T, dir, entry string, args ...string) result {
	t.Helper()
	if raceDetector {
		t.Skip("go vet's runs are left to the tests without -race")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("go vet tests need the go command: %v", err)
	}
	return command(t, dir, entry, goCmd, append([]string{"vet", "-vettool=" + self(t)}, args...)...)
}

var (
	// standaloneLine is a finding as hrvet prints it.
	standaloneLine = regexp.MustCompile(`^(\S+:\d+:\d+): \w+: (.*)$`)
	// vetLine is a finding or related information as go vet prints it.
	vetLine = regexp.MustCompile(`^(\S+:\d+:\d+): (.*)$`)
)

// standaloneFindings turns hrvet's output into go vet's: no analyzer
// names, related information as "posn: \tmessage". Each finding is one
// string with its related lines, and the list is sorted.
func standaloneFindings(t *testing.T, out string) []string {
	t.Helper()
	var findings []string
	for _, l := range lines(out) {
		if rel, ok := strings.CutPrefix(l, "\t"); ok && len(findings) > 0 {
			posn, msg, _ := strings.Cut(rel, ": ")
			findings[len(findings)-1] += "\n" + posn + ": \t" + msg
			continue
		}
		m := standaloneLine.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("unexpected hrvet output line %q", l)
		}
		findings = append(findings, m[1]+": "+m[2])
	}
	slices.Sort(findings)
	return findings
}

// vetFindings collects the findings go vet printed, grouped and sorted as
// standaloneFindings does; go vet prints packages in build order.
func vetFindings(t *testing.T, out string) []string {
	t.Helper()
	var findings []string
	for _, l := range lines(out) {
		if strings.HasPrefix(l, "# ") {
			continue // package header
		}
		m := vetLine.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("unexpected go vet output line %q", l)
		}
		if strings.HasPrefix(m[2], "\t") && len(findings) > 0 {
			findings[len(findings)-1] += "\n" + l
			continue
		}
		findings = append(findings, l)
	}
	slices.Sort(findings)
	return findings
}

// TestGoVetMatchesStandalone is the acceptance check: go vet with hrvet as
// its vet tool reports what hrvet reports alone, facts across packages
// included, with and without -tests.
func TestGoVetMatchesStandalone(t *testing.T) {
	for _, flags := range [][]string{nil, {"-tests"}} {
		t.Run(strings.Join(append([]string{"flags"}, flags...), " "), func(t *testing.T) {
			alone := hrvet(t, fixtureAnalyzers(), append([]string{"-C", findingsDir}, flags...)...)
			if alone.code != 3 {
				t.Fatalf("hrvet: exit code %d, stderr:\n%s", alone.code, alone.stderr)
			}
			want := standaloneFindings(t, alone.stdout)

			vet := goVet(t, findingsDir, "fixture", append(flags, "./...")...)
			if vet.code != 1 || vet.stdout != "" {
				t.Errorf("go vet: exit code %d, stdout %q; want 1 and nothing", vet.code, vet.stdout)
			}
			got := vetFindings(t, vet.stderr)
			wantLines(t, "go vet findings", got, want)
		})
	}
}

func TestGoVetClean(t *testing.T) {
	vet := goVet(t, "testdata/clean", "main", "./...")
	wantResult(t, vet, 0, nil, nil)
	vet = goVet(t, "testdata/clean", "main", "-tests", "./...")
	wantResult(t, vet, 0, nil, nil)
}

// TestVetProtocol checks the handshake go vet makes with the real main.
func TestVetProtocol(t *testing.T) {
	flags := command(t, ".", "main", self(t), "-flags")
	if flags.code != 0 {
		t.Fatalf("-flags: exit code %d, stderr:\n%s", flags.code, flags.stderr)
	}
	var described []struct {
		Name  string
		Bool  bool
		Usage string
	}
	if err := json.Unmarshal([]byte(flags.stdout), &described); err != nil {
		t.Fatalf("-flags printed no JSON: %v\n%s", err, flags.stdout)
	}
	isBoolFlag := make(map[string]bool)
	for _, f := range described {
		isBoolFlag[f.Name] = f.Bool
	}
	for _, a := range suite.Analyzers() {
		if !isBoolFlag[a.Name] {
			t.Errorf("-flags lacks the boolean switch -%s", a.Name)
		}
	}
	if !isBoolFlag["tests"] {
		t.Errorf("-flags lacks the boolean -tests")
	}

	version := command(t, ".", "main", self(t), "-V=full")
	if version.code != 0 || !regexp.MustCompile(` version devel .* buildID=[0-9a-f]+\n$`).MatchString(version.stdout) {
		t.Errorf("-V=full: exit code %d, stdout %q", version.code, version.stdout)
	}
}

// TestMainExitCodes runs the real main standalone, os.Exit and all.
func TestMainExitCodes(t *testing.T) {
	clean := command(t, "testdata/clean", "main", self(t))
	wantResult(t, clean, 0, nil, nil)

	bad := command(t, "testdata/clean", "main", self(t), "-bogus")
	if bad.code != 1 || !strings.HasPrefix(bad.stderr, "hrvet: flag provided but not defined: -bogus\n") {
		t.Errorf("-bogus: exit code %d, stderr %q; want 1 and the flag named", bad.code, bad.stderr)
	}
}

// badgeModule writes a module whose model.Pass.Badge is not personal
// data by its name and whose api hands it to partner.Send, a sink
// declared with //hrvet:sink, and returns its directory. Marked as a card
// number, Badge makes badgeFinding. The module imports nothing from the
// standard library: go vet vets every dependency again under each new
// tool identity, and these tests make several, so a net/http import
// would cost each of them some 200 packages.
func badgeModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/badge\n\ngo 1.26\n")
	write(t, dir, "model/model.go", "package model\n\n// Pass is a visitor's pass.\ntype Pass struct {\n\tBadge string\n}\n\nvar passes []Pass\n\n// Load returns pass i.\nfunc Load(i int) Pass { return passes[i] }\n")
	write(t, dir, "partner/partner.go", "package partner\n\n// Send sends text to a partner.\n//\n//hrvet:sink transfer\nfunc Send(text string) error { return nil }\n")
	write(t, dir, "api/api.go", `package api

import (
	"example.com/badge/model"
	"example.com/badge/partner"
)

func Send() error {
	p := model.Load(1)
	return partner.Send(p.Badge)
}
`)
	return dir
}

// badgeFinding is what hrvet reports in badgeModule, go vet's way.
const badgeFinding = "api/api.go:10:9: Pass.Badge (card) reaches example.com/badge/partner.Send without a consent check (Labour Code art. 88)\n" +
	"api/api.go:10:24: \tPass.Badge (card) comes from here"

// TestGoVetFollowsConfig edits .hrvet.yaml between go vet runs that share
// one build cache: go vet keeps the tool's findings under the tool's
// identity, so the identity must change with the config, or the second
// run repeats the first run's findings.
func TestGoVetFollowsConfig(t *testing.T) {
	dir := badgeModule(t)
	marked := "version: 1\nsources:\n  - {type: example.com/badge/model.Pass, field: Badge, category: card}\n"

	steps := []struct {
		what   string
		config string // "" removes the file
		want   []string
	}{
		{"no config", "", nil},
		{"Badge marked as a card number", marked, []string{badgeFinding}},
		{"the same again, from the cache", marked, []string{badgeFinding}},
		{"inference off, Badge still marked", "version: 1\ninfer: false\nsources:\n  - {type: example.com/badge/model.Pass, field: Badge, category: card}\n", []string{badgeFinding}},
		{"config removed", "", nil},
	}
	for _, s := range steps {
		if s.config == "" {
			os.Remove(filepath.Join(dir, ".hrvet.yaml"))
		} else {
			write(t, dir, ".hrvet.yaml", s.config)
		}
		vet := goVet(t, dir, "main", "./...")
		got := vetStderr(vet)
		wantCode := 0
		if len(s.want) > 0 {
			wantCode = 1
		}
		if vet.code != wantCode || strings.Join(got, "\n") != strings.Join(s.want, "\n") {
			t.Errorf("%s: go vet exit code %d, stderr:\n%s\nwant exit code %d and:\n%s", s.what, vet.code, vet.stderr, wantCode, strings.Join(s.want, "\n"))
		}
	}
}

// TestGoVetBadConfig runs go vet twice on a module with a broken
// .hrvet.yaml: each run prints the problem once, as "file:line: key:
// message", and fails. A file that does not parse stops go vet before it
// starts (go vet adds a line of its own); a source that names a type the
// package lacks, which only the analysis finds, fails that package, and
// the package importing it says why it was not analysed.
func TestGoVetBadConfig(t *testing.T) {
	tests := []struct {
		name, config string
		want         []string // stderr lines, go vet's "# pkg" headers left out
	}{
		{"unknown key", "version: 1\ncolour: blue\n", []string{
			".hrvet.yaml:2: colour: unknown key; want one of version, infer, sources, sinks, consent, redact, basis, authorize, roles, decisions, reviews, safe",
			"go: error obtaining buildID for " + self(t) + ": exit status 1",
		}},
		{"no such type", "version: 1\nsources:\n  - {type: example.com/bad/a.Nope, field: X, category: phone}\n", []string{
			"./.hrvet.yaml:3: sources[0].type: package example.com/bad/a has no type Nope; fix the type name",
			"hrvet: not analysed, because the analysis of its import example.com/bad/a failed",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := badConfigModule(t, tt.config)
			for run := 1; run <= 2; run++ {
				vet := goVet(t, dir, "main", "./...")
				got := vetStderr(vet)
				if vet.code == 0 || strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
					t.Errorf("run %d: exit code %d, stderr:\n%s\nwant a non-zero exit code and:\n%s", run, vet.code, vet.stderr, strings.Join(tt.want, "\n"))
				}
			}
		})
	}
}

// vetStderr returns go vet's stderr lines without its "# pkg" headers.
func vetStderr(vet result) []string {
	var out []string
	for _, l := range lines(vet.stderr) {
		if !strings.HasPrefix(l, "# ") {
			out = append(out, l)
		}
	}
	return out
}

// TestSettingsFlag gives the configuration on the command line, as Bazel's
// nogo must (docs/nogo.md): -pdfields.settings replaces every .hrvet.yaml,
// in the hrvet command and under go vet alike, and a broken one is an
// error naming the flag and the line.
func TestSettingsFlag(t *testing.T) {
	dir := badgeModule(t)
	write(t, dir, ".hrvet.yaml", "version: 1\n") // replaced by the flag
	marked := "-pdfields.settings=version: 1\nsources:\n  - {type: example.com/badge/model.Pass, field: Badge, category: card}\n"

	alone := hrvet(t, suite.Analyzers(), "-C", dir, marked, "./...")
	if alone.code != 3 || !strings.HasPrefix(alone.stdout, "api/api.go:10:9: consent: Pass.Badge (card) reaches example.com/badge/partner.Send") {
		t.Errorf("hrvet %q: exit code %d, stdout:\n%s\nstderr:\n%s", marked, alone.code, alone.stdout, alone.stderr)
	}
	vet := goVet(t, dir, "main", marked, "./...")
	if got := strings.Join(vetStderr(vet), "\n"); vet.code != 1 || got != badgeFinding {
		t.Errorf("go vet %q: exit code %d, stderr:\n%s\nwant exit code 1 and:\n%s", marked, vet.code, vet.stderr, badgeFinding)
	}

	broken := "-pdfields.settings=version: 1\ncolour: blue\n"
	problem := "-pdfields.settings:2: colour: unknown key; want one of version, infer, sources, sinks, consent, redact, basis, authorize, roles, decisions, reviews, safe"
	alone = hrvet(t, suite.Analyzers(), "-C", dir, broken, "./...")
	wantResult(t, alone, 1, nil, []string{problem})
	// Under go vet each unit is a process of its own: model and partner,
	// the bottom of the module, each say what is wrong (in build order,
	// which varies), and api, above them, why it stopped.
	vet = goVet(t, dir, "main", broken, "./...")
	want := []string{problem, "hrvet: not analysed, because the analysis of its import example.com/badge/model failed"}
	if got := slices.Compact(slices.Sorted(slices.Values(vetStderr(vet)))); vet.code != 1 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("go vet %q: exit code %d, stderr:\n%s\nwant exit code 1 and:\n%s", broken, vet.code, vet.stderr, strings.Join(want, "\n"))
	}
}
