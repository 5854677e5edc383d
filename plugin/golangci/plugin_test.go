package golangci

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/suite"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("hrvet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil || !slices.Equal(analyzers, suite.Analyzers()) {
		t.Errorf("BuildAnalyzers = %v, %v; want the suite", analyzers, err)
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode = %q, want %q", mode, register.LoadModeTypesInfo)
	}
}

// TestSettingsReachTheAnalyzers checks that settings replace .hrvet.yaml
// for config.Load, which the analyzers call, and that no settings leave
// the file in charge.
func TestSettingsReachTheAnalyzers(t *testing.T) {
	defer config.SetOverride(nil)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/m\n")
	writeFile(t, filepath.Join(dir, ".hrvet.yaml"), "version: 1\nredact:\n  - {func: example.com/m.FromFile}\n")

	// golangci-lint decodes .golangci.yml into maps, slices and numbers.
	settings := map[string]any{
		"version": 1,
		"infer":   false,
		"redact":  []any{map[string]any{"func": "example.com/m.FromSettings"}},
	}
	if _, err := New(settings); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(dir)
	if err != nil || cfg.Infer || len(cfg.Redact) != 1 || cfg.Redact[0].Func != "example.com/m.FromSettings" {
		t.Errorf("config.Load with settings = %+v, %v; want the settings", cfg, err)
	}

	for _, none := range []any{nil, map[string]any{}} {
		if _, err := New(none); err != nil {
			t.Fatal(err)
		}
		cfg, err = config.Load(dir)
		if err != nil || len(cfg.Redact) != 1 || cfg.Redact[0].Func != "example.com/m.FromFile" {
			t.Errorf("config.Load with settings %#v = %+v, %v; want .hrvet.yaml", none, cfg, err)
		}
	}
}

func TestBadSettings(t *testing.T) {
	defer config.SetOverride(nil)
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"version": 1, "sinks": []any{map[string]any{"func": "a.F", "kind": "transfr"}}}, `sinks[0].kind: unknown sink kind "transfr"`},
		{map[string]any{"verison": 1}, `verison`},
		{[]any{"version", 1}, "hrvet settings: want a mapping with the keys of .hrvet.yaml, not []interface {}"},
	} {
		p, err := New(tc.settings)
		if err == nil || p != nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "hrvet settings: ") {
			t.Errorf("New(%#v) = %v, %v; want an error containing %q", tc.settings, p, err, tc.want)
		}
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
