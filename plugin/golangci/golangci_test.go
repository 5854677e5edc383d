package golangci

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/driver"
	"github.com/hrvet/hrvet/internal/suite"

	_ "github.com/hrvet/hrvet/internal/testgc" // the collector runs less often: see the package
)

// golangciVersion is the golangci-lint the end-to-end test builds. The
// plugin API it relies on (plugin-module-register) is the same for every
// v2 release.
const golangciVersion = "v2.15.0"

// requireEnv, set to 1, turns every reason to skip TestGolangciPlugin into
// a failure; .ci/run sets it.
const requireEnv = "HRVET_REQUIRE_GOLANGCI"

// optInEnv, set to 1, runs TestGolangciPlugin, which otherwise is skipped:
// its first run builds a golangci-lint of about 75 MB (two to three
// minutes on 2 cores, into the user cache directory, outside GOCACHE), too
// much for every `go test ./...` of a developer. .ci/run runs it.
const optInEnv = "HRVET_GOLANGCI"

// repoRoot and demoDir are relative to this package.
const (
	repoRoot = "../.."
	demoDir  = "../../testdata/hrapp"
)

// TestGolangciPlugin builds golangci-lint with the plugin from the module
// proxy and checks that it reports on the demo exactly what hrvet reports:
// first with the demo's .hrvet.yaml, then with settings in .golangci.yml
// that replace it.
//
// golangci-lint custom, the documented way to build a custom binary, clones
// golangci-lint with git. The test does what it does without git: a module
// whose main package runs golangci-lint's commands and imports the plugin,
// as the plugins.go that golangci-lint custom writes does, built against
// golangci-lint from the module proxy and this repository (by a replace
// directive). The binary is cached under the user cache directory, keyed
// by the golangci-lint version and a hash of hrvet's sources, so only the
// first run after a change pays for the build (a few minutes cold, mostly
// compiling golangci-lint's own linters; seconds once the Go build cache
// holds them).
func TestGolangciPlugin(t *testing.T) {
	required := os.Getenv(requireEnv) == "1"
	skip := func(format string, args ...any) {
		t.Helper()
		if required {
			t.Fatalf(format+" (and %s=1 forbids skipping)", append(args, requireEnv)...)
		}
		t.Skipf(format, args...)
	}
	if !required && os.Getenv(optInEnv) != "1" {
		t.Skipf("builds golangci-lint %s with the plugin (a few minutes the first time): set %s=1 to run it; .ci/run does", golangciVersion, optInEnv)
	}
	if testing.Short() {
		skip("builds golangci-lint %s with the plugin: not in -short mode", golangciVersion)
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		skip("building golangci-lint needs the go command: %v", err)
	}

	bin, err := buildGolangci(t, goCmd)
	if err != nil {
		skip("cannot build golangci-lint %s with the plugin (the module proxy must be reachable): %v", golangciVersion, err)
	}

	t.Run("hrvet.yaml", func(t *testing.T) {
		want := hrvetFindings(t, nil)
		got := golangciFindings(t, bin, "")
		wantSame(t, got, want)
	})

	t.Run("settings", func(t *testing.T) {
		// The demo's .hrvet.yaml marks the phone book's generated fields;
		// settings without them must replace it, not add to it.
		settings := map[string]any{"version": 1, "infer": true}
		cfg, err := config.FromMap(settings)
		if err != nil {
			t.Fatal(err)
		}
		want := hrvetFindings(t, cfg)
		if slices.Equal(want, hrvetFindings(t, nil)) {
			t.Fatal("the settings change nothing on the demo, so they prove nothing")
		}
		got := golangciFindings(t, bin, "        settings:\n          version: 1\n          infer: true\n")
		wantSame(t, got, want)
	})
}

// buildGolangci returns a golangci-lint binary with the plugin, building
// it unless the cache has one for the current sources.
func buildGolangci(t *testing.T, goCmd string) (string, error) {
	t.Helper()
	root, err := filepath.Abs(repoRoot)
	if err != nil {
		return "", err
	}
	key, err := sourceHash(root)
	if err != nil {
		return "", fmt.Errorf("hashing hrvet's sources: %w", err)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "hrvet-test", "golangci-lint-"+golangciVersion)
	bin := filepath.Join(dir, "golangci-lint-"+key[:16])
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	mod := filepath.Join(dir, "module")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		return "", err
	}
	gomod := fmt.Sprintf("module hrvet.test/golangci-lint\n\ngo 1.26.0\n\nrequire (\n\tgithub.com/golangci/golangci-lint/v2 %s\n\tgithub.com/hrvet/hrvet v0.0.0\n)\n\nreplace github.com/hrvet/hrvet => %s\n", golangciVersion, root)
	files := map[string]string{"go.mod": gomod, "main.go": customMain}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(mod, name), []byte(content), 0o644); err != nil {
			return "", err
		}
	}
	t.Logf("building golangci-lint %s with the plugin in %s", golangciVersion, mod)
	env := append(os.Environ(), "GOWORK=off")
	if err := run(mod, env, goCmd, "mod", "tidy"); err != nil {
		return "", err
	}
	tmp := bin + ".tmp"
	if err := run(mod, env, goCmd, "build", "-o", tmp, "."); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, bin); err != nil {
		return "", err
	}
	// Binaries built from older sources are of no more use.
	old, _ := filepath.Glob(filepath.Join(dir, "golangci-lint-*"))
	for _, o := range old {
		if o != bin {
			os.Remove(o)
		}
	}
	return bin, nil
}

// customMain is the main package of the custom golangci-lint: golangci-lint's
// command line, plus the plugin's registration.
const customMain = `// Command golangci-lint is golangci-lint with the hrvet module plugin.
package main

import (
	"fmt"
	"os"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/hrvet/hrvet/plugin/golangci"
)

func main() {
	if err := commands.Execute(commands.BuildInfo{Version: "` + golangciVersion + `-hrvet"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(exitcodes.Failure)
	}
}
`

// run runs a command in dir and returns its output in the error if it fails.
func run(dir string, env []string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
	}
	return nil
}

// sourceHash hashes what the plugin is built from: the module's go.mod,
// go.sum and non-test Go files outside testdata.
func sourceHash(root string) (string, error) {
	h := sha256.New()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if name != "go.mod" && name != "go.sum" && (!strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go")) {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rel, _ := filepath.Rel(root, path)
		fmt.Fprintf(h, "%s\x00", filepath.ToSlash(rel))
		_, err = io.Copy(h, f)
		return err
	})
	return hex.EncodeToString(h.Sum(nil)), err
}

// golangciConfig enables hrvet alone and turns off golangci-lint's limits
// on repeated issues, which would hide findings.
const golangciConfig = `version: "2"
linters:
  default: none
  enable: [hrvet]
  settings:
    custom:
      hrvet:
        type: module
        description: personal data of employees
%s
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`

// golangciFindings runs golangci-lint on the demo and returns its issues
// as "file:line:col: text", file relative to the demo, sorted.
func golangciFindings(t *testing.T, bin, settings string) []string {
	t.Helper()
	tmp := t.TempDir()
	cfg := filepath.Join(tmp, ".golangci.yml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf(golangciConfig, strings.TrimSuffix(settings, "\n"))), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(tmp, "issues.json")
	demo, err := filepath.Abs(demoDir)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "--config", cfg, "--path-mode=abs", "--output.json.path", out, "./...")
	cmd.Dir = demo
	// A cache of its own: golangci-lint's cache would otherwise keep the
	// results of an earlier build of the plugin.
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+filepath.Join(tmp, "cache"), "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	if exit, ok := err.(*exec.ExitError); !ok && err != nil || ok && exit.ExitCode() != 1 {
		t.Fatalf("golangci-lint run: %v, want exit code 1 (issues found); stderr:\n%s", err, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("golangci-lint's JSON output: %v", err)
	}
	var issues []string
	for _, is := range report.Issues {
		if is.FromLinter != Name {
			t.Errorf("issue from linter %q, want only %s: %s", is.FromLinter, Name, is.Text)
		}
		file, err := filepath.Rel(demo, is.Pos.Filename)
		if err != nil {
			t.Fatal(err)
		}
		issues = append(issues, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(file), is.Pos.Line, is.Pos.Column, is.Text))
	}
	slices.Sort(issues)
	return issues
}

// hrvetFindings runs hrvet on the demo, with cfg in place of .hrvet.yaml
// unless it is nil, and returns its findings the way golangci-lint reports
// them: a finding is "file:line:col: analyzer: message", and each item of
// related information is an issue of its own, "analyzer(related
// information): message", at its own position if it is in the finding's
// file and at the finding's otherwise. Sorted.
func hrvetFindings(t *testing.T, cfg *config.Config) []string {
	t.Helper()
	config.SetOverride(cfg)
	defer config.SetOverride(nil)
	var stdout, stderr bytes.Buffer
	if code := driver.Main([]string{"-C", demoDir, "./..."}, &stdout, &stderr, suite.Analyzers()); code != 3 {
		t.Fatalf("hrvet: exit code %d, want 3; stderr:\n%s", code, stderr.String())
	}
	finding := regexp.MustCompile(`^((\S+):\d+:\d+): (\w+): (.*)$`)
	related := regexp.MustCompile(`^\t((\S+):\d+:\d+): (.*)$`)
	var out []string
	var posn, file, analyzer string
	for _, line := range strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
		if m := finding.FindStringSubmatch(line); m != nil {
			posn, file, analyzer = m[1], m[2], m[3]
			out = append(out, line)
			continue
		}
		m := related.FindStringSubmatch(line)
		if m == nil || posn == "" {
			t.Fatalf("unexpected hrvet output line %q", line)
		}
		at := posn
		if m[2] == file {
			at = m[1]
		}
		out = append(out, fmt.Sprintf("%s: %s(related information): %s", at, analyzer, m[3]))
	}
	slices.Sort(out)
	return out
}

// wantSame fails t unless golangci-lint's issues are hrvet's.
func wantSame(t *testing.T, got, want []string) {
	t.Helper()
	for _, g := range got {
		if !slices.Contains(want, g) {
			t.Errorf("golangci-lint only: %s", g)
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("hrvet only: %s", w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("golangci-lint reported %d issues, hrvet %d", len(got), len(want))
	}
}
