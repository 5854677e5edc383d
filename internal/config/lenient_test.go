package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadSettings(t *testing.T) {
	cfg, err := LoadSettings("-flag", "version: 1\ninfer: false\n")
	if err != nil || cfg.Infer {
		t.Fatalf("LoadSettings = %+v, %v; want inference off", cfg, err)
	}
	_, err = LoadSettings("-flag", "version: 1\ncolour: blue\n")
	if err == nil || !strings.HasPrefix(err.Error(), "-flag:2: colour: unknown key") {
		t.Errorf("LoadSettings of a bad text: error %v, want one naming -flag, line 2 and the key", err)
	}
}

// TestLenient checks that a process analysing dependencies for their
// facts alone gets the defaults for a broken configuration, from a file
// or from the command line, and the configuration for a sound one.
func TestLenient(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/m\n")
	writeFile(t, filepath.Join(dir, FileName), "version: 1\ncolour: blue\n")
	if _, err := Load(dir); err == nil {
		t.Fatal("Load of a broken file: no error")
	}
	SetLenient(true)
	defer SetLenient(false)
	cfg, err := Load(dir)
	if err != nil || !cfg.Infer || cfg.Path != "" {
		t.Errorf("lenient Load of a broken file = %+v, %v; want the defaults", cfg, err)
	}
	cfg, err = LoadSettings("-flag", "version: 1\ncolour: blue\n")
	if err != nil || cfg.Path != "" {
		t.Errorf("lenient LoadSettings of a bad text = %+v, %v; want the defaults", cfg, err)
	}
	cfg, err = LoadSettings("-flag", "version: 1\ninfer: false\n")
	if err != nil || cfg.Infer {
		t.Errorf("lenient LoadSettings of a good text = %+v, %v; want inference off", cfg, err)
	}
}
