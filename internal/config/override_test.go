package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSetOverride(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module m\n")
	writeFile(t, filepath.Join(dir, FileName), "version: 1\ninfer: false\n")

	fromFile, err := Load(dir)
	if err != nil || fromFile.Infer {
		t.Fatalf("Load before the override = %+v, %v; want the file's infer: false", fromFile, err)
	}

	settings, err := FromMap(map[string]any{"version": 1, "redact": []any{map[string]any{"func": "m.Mask"}}})
	if err != nil {
		t.Fatal(err)
	}
	SetOverride(settings)
	defer SetOverride(nil)
	for _, d := range []string{dir, t.TempDir()} {
		got, err := Load(d)
		if err != nil || got != settings {
			t.Errorf("Load(%s) under an override = %+v, %v; want the override", d, got, err)
		}
	}

	SetOverride(nil)
	got, err := Load(dir)
	if err != nil || got.Infer || got.Path != filepath.Join(dir, FileName) {
		t.Errorf("Load after SetOverride(nil) = %+v, %v; want the file again", got, err)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
