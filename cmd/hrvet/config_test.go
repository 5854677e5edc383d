package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
)

// TestBadConfigIsOneError checks the acceptance rule for .hrvet.yaml: a
// bad file gives one clear error naming file, line and key, and exit 1,
// however many packages share it.
func TestBadConfigIsOneError(t *testing.T) {
	tests := []struct {
		name, config, want string
	}{
		{"unknown key", "version: 1\ncolour: blue\n", ".hrvet.yaml:2: colour: unknown key"},
		{"wrong kind", "version: 1\nsinks: {func: x}\n", ".hrvet.yaml:2: sinks: want a list"},
		{"bad function name", "version: 1\nsinks:\n  - {func: \"http.Post(\", kind: transfer}\n", ".hrvet.yaml:3: sinks[0].func: bad function name"},
		{"unknown category", "version: 1\nsources:\n  - {type: example.com/bad/a.T, field: X, category: phon}\n", ".hrvet.yaml:3: sources[0].category"},
		{"no such type", "version: 1\nsources:\n  - {type: example.com/bad/a.Nope, field: X, category: phone}\n", ".hrvet.yaml:3: sources[0].type: package example.com/bad/a has no type Nope"},
		{"no such field", "version: 1\nsources:\n  - {type: example.com/bad/a.T, field: Y, category: phone}\n", ".hrvet.yaml:3: sources[0].field: example.com/bad/a.T has no field Y"},
		{"consent that cannot answer", "version: 1\nconsent:\n  - {func: example.com/bad/a.Count}\n", ".hrvet.yaml:3: consent[0].func: consent function example.com/bad/a.Count does not return error or bool"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := badConfigModule(t, tt.config)
			got := hrvet(t, suite.Analyzers(), "-C", dir, "./...")
			if got.code != 1 {
				t.Errorf("exit code = %d, want 1", got.code)
			}
			errs := lines(got.stderr)
			if len(errs) != 1 || !strings.HasPrefix(errs[0], tt.want) {
				t.Errorf("stderr = %q, want one line containing %q", errs, tt.want)
			}
			if got.stdout != "" {
				t.Errorf("stdout = %q, want nothing", got.stdout)
			}
		})
	}
}

// badConfigModule writes a module of two packages, b importing a, with
// config as its .hrvet.yaml, and returns its directory.
func badConfigModule(t *testing.T, config string) string {
	t.Helper()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/bad\n\ngo 1.26\n")
	write(t, dir, "a/a.go", "package a\n\ntype T struct{ X int }\n\nfunc Count() int { return 0 }\n")
	write(t, dir, "b/b.go", "package b\n\nimport \"example.com/bad/a\"\n\nvar _ a.T\n")
	write(t, dir, ".hrvet.yaml", config)
	return dir
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestConfigErrorsOneALine: two problems in the config file are two
// lines, each naming the file and line, in the hrvet command, under go
// vet and with -pdfields.settings (nogo's way in).
func TestConfigErrorsOneALine(t *testing.T) {
	config := "version: 1\ncolour: blue\nsize: 3\n"
	dir := badConfigModule(t, config)
	want := []string{
		".hrvet.yaml:2: colour: unknown key",
		".hrvet.yaml:3: size: unknown key",
	}
	check := func(what string, stderr string, want []string) {
		t.Helper()
		var got []string
		for _, l := range lines(stderr) {
			if strings.HasPrefix(l, "go: ") || strings.HasPrefix(l, "# ") {
				continue // go vet's own lines about the tool
			}
			got = append(got, l)
		}
		if len(got) != len(want) {
			t.Errorf("%s: stderr %q, want %d lines", what, got, len(want))
			return
		}
		for i := range want {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Errorf("%s: line %d is %q, want it to start %q", what, i+1, got[i], want[i])
			}
		}
	}
	alone := hrvet(t, suite.Analyzers(), "-C", dir, "./...")
	check("hrvet", alone.stderr, want)
	// In a process of its own: the flag's value would outlive this test
	// in the test binary's analyzers.
	settings := command(t, dir, "main", self(t), "-pdfields.settings="+config, "./...")
	check("-pdfields.settings", settings.stderr, []string{
		"-pdfields.settings:2: colour: unknown key",
		"-pdfields.settings:3: size: unknown key",
	})
	vet := goVet(t, dir, "main", "./...")
	check("go vet", vet.stderr, want)
}
