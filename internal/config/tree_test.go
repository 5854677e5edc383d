package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// layout writes files (slash-separated names to contents) below dir.
func layout(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, path, content)
	}
}

// findTree is FindTree(dir) in a test.
func findTree(t *testing.T, dir string) *Tree {
	t.Helper()
	tree, err := FindTree(dir)
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// relFiles returns the tree's files relative to dir, slash-separated.
func relFiles(t *testing.T, dir string, tree *Tree) []string {
	t.Helper()
	var out []string
	for _, f := range tree.Files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(rel))
	}
	return out
}

const okConfig = "version: 1\n"

func TestFindTreeModule(t *testing.T) {
	t.Setenv("GOWORK", "off")
	dir := t.TempDir()
	layout(t, dir, map[string]string{
		"mod/go.mod":                     "module example.com/mod\n\ngo 1.26\n\nignore (\n\t./web\n\tgenerated\n)\n\nreplace example.com/other => ../other\n",
		"mod/.hrvet.yaml":                okConfig,
		"mod/api/.hrvet.yaml":            okConfig,
		"mod/api/v2/.hrvet.yaml":         okConfig,
		"mod/testdata/.hrvet.yaml":       okConfig, // skipped: testdata
		"mod/vendor/x/.hrvet.yaml":       okConfig, // skipped: vendor
		"mod/.git/.hrvet.yaml":           okConfig, // skipped: dot
		"mod/_old/.hrvet.yaml":           okConfig, // skipped: underscore
		"mod/web/.hrvet.yaml":            okConfig, // skipped: ./web
		"mod/api/generated/.hrvet.yaml":  okConfig, // skipped: generated anywhere
		"mod/tools/go.mod":               "module example.com/mod/tools\n",
		"mod/tools/.hrvet.yaml":          okConfig, // skipped: another module
		"other/go.mod":                   "module example.com/other\n",
		"other/pkg/.hrvet.yaml":          okConfig, // a replacement's
		"unrelated/.hrvet.yaml":          okConfig,
		"mod/api/v2/notes/hrvet.yaml":    okConfig, // not the file name
		"mod/api/v2/.hrvet.yaml.example": okConfig,
	})
	tree := findTree(t, filepath.Join(dir, "mod", "api"))
	if !tree.InModule {
		t.Error("InModule = false, want true")
	}
	got := relFiles(t, dir, tree)
	want := []string{"mod/.hrvet.yaml", "mod/api/.hrvet.yaml", "mod/api/v2/.hrvet.yaml", "other/pkg/.hrvet.yaml"}
	if !slices.Equal(got, want) {
		t.Errorf("Files = %q, want %q", got, want)
	}
}

func TestFindTreeWorkspace(t *testing.T) {
	dir := t.TempDir()
	layout(t, dir, map[string]string{
		"go.work":         "go 1.26\n\nuse (\n\t./a\n\t./b\n)\n",
		"a/go.mod":        "module example.com/a\n",
		"a/.hrvet.yaml":   okConfig,
		"b/go.mod":        "module example.com/b\n",
		"b/x/.hrvet.yaml": okConfig,
		"c/go.mod":        "module example.com/c\n",
		"c/.hrvet.yaml":   okConfig, // not in the workspace
	})
	t.Setenv("GOWORK", "")
	tree := findTree(t, filepath.Join(dir, "a"))
	if got, want := relFiles(t, dir, tree), []string{"a/.hrvet.yaml", "b/x/.hrvet.yaml"}; !slices.Equal(got, want) {
		t.Errorf("with go.work: Files = %q, want %q", got, want)
	}

	t.Setenv("GOWORK", "off")
	tree = findTree(t, filepath.Join(dir, "a"))
	if got, want := relFiles(t, dir, tree), []string{"a/.hrvet.yaml"}; !slices.Equal(got, want) {
		t.Errorf("GOWORK=off: Files = %q, want %q", got, want)
	}
}

func TestFindTreeOutsideModule(t *testing.T) {
	t.Setenv("GOWORK", "off")
	dir := t.TempDir()
	layout(t, dir, map[string]string{
		".hrvet.yaml":              okConfig, // above: Find would use it for a package below
		"src/.hrvet.yaml":          okConfig,
		"src/p/.hrvet.yaml":        okConfig,
		"src/testdata/.hrvet.yaml": okConfig,
	})
	tree := findTree(t, filepath.Join(dir, "src"))
	if tree.InModule {
		t.Error("InModule = true, want false")
	}
	got := relFiles(t, dir, tree)
	for _, want := range []string{".hrvet.yaml", "src/.hrvet.yaml", "src/p/.hrvet.yaml"} {
		if !slices.Contains(got, want) {
			t.Errorf("Files = %q, want it to hold %q", got, want)
		}
	}
	if slices.Contains(got, "src/testdata/.hrvet.yaml") {
		t.Errorf("Files = %q, want no file under testdata", got)
	}
}

// TestTreeDigest checks that the digest follows every change that can
// change a run's findings, and nothing else.
func TestTreeDigest(t *testing.T) {
	t.Setenv("GOWORK", "off")
	dir := t.TempDir()
	layout(t, dir, map[string]string{
		"go.mod":        "module example.com/m\n",
		".hrvet.yaml":   okConfig,
		"p/main.go":     "package p\n",
		"q/.hrvet.yaml": okConfig,
	})
	digest := func() string {
		t.Helper()
		d, err := findTree(t, dir).Digest()
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	first := digest()
	if again := digest(); again != first {
		t.Fatalf("digest changed with nothing changed: %s then %s", first, again)
	}
	writeFile(t, filepath.Join(dir, "p", "main.go"), "package p\n\nvar X int\n")
	if d := digest(); d != first {
		t.Errorf("digest changed when a Go file changed")
	}
	steps := []struct {
		what string
		do   func()
	}{
		{"edit", func() { writeFile(t, filepath.Join(dir, "q", ".hrvet.yaml"), "version: 1\ninfer: false\n") }},
		{"add", func() { layout(t, dir, map[string]string{"p/.hrvet.yaml": okConfig}) }},
		{"move", func() {
			layout(t, dir, map[string]string{"p/sub/.hrvet.yaml": okConfig})
			if err := os.Remove(filepath.Join(dir, "p", ".hrvet.yaml")); err != nil {
				t.Fatal(err)
			}
		}},
		{"remove", func() {
			if err := os.Remove(filepath.Join(dir, "q", ".hrvet.yaml")); err != nil {
				t.Fatal(err)
			}
		}},
	}
	seen := map[string]string{first: "the start"}
	for _, s := range steps {
		s.do()
		d := digest()
		if prev, ok := seen[d]; ok {
			t.Errorf("after %s, the digest is that of %s", s.what, prev)
		}
		seen[d] = s.what
	}
}

func TestTreeCheck(t *testing.T) {
	t.Setenv("GOWORK", "off")
	dir := t.TempDir()
	layout(t, dir, map[string]string{
		"go.mod":        "module example.com/m\n",
		".hrvet.yaml":   okConfig,
		"q/.hrvet.yaml": "version: 1\ncolour: blue\n",
	})
	err := findTree(t, dir).Check()
	if err == nil || !strings.Contains(err.Error(), filepath.Join("q", ".hrvet.yaml")+":2: colour: unknown key") {
		t.Errorf("Check() = %v, want the unknown key of q/.hrvet.yaml", err)
	}
}
