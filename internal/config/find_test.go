package config

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// tree creates files under a new temporary directory; a name ending in
// "/" is a directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if name[len(name)-1] == '/' {
			if err := os.MkdirAll(path, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestFind(t *testing.T) {
	root := tree(t, map[string]string{
		".hrvet.yaml":                   "version: 1\n", // above the module: never used
		"mod/go.mod":                    "module example.com/mod\n",
		"mod/nocfg/pkg/":                "",
		"withcfg/go.mod":                "module example.com/withcfg\n",
		"withcfg/.hrvet.yaml":           "version: 1\n",
		"withcfg/a/b/":                  "",
		"withcfg/a/.hrvet.yaml":         "version: 1\n",
		"withcfg/a/c/":                  "",
		"withcfg/a/sub/go.mod":          "module example.com/withcfg/a/sub\n",
		"withcfg/a/sub/pkg/":            "",
		"withcfg/x/":                    "",
		"nomod/.hrvet.yaml":             "version: 1\n",
		"nomod/deep/er/":                "",
		"dircfg/go.mod":                 "module example.com/dircfg\n",
		"dircfg/.hrvet.yaml/":           "",
		"dircfg/p/":                     "",
		"modcfgsame/go.mod":             "module example.com/same\n",
		"modcfgsame/.hrvet.yaml":        "version: 1\n",
		"modcfgsame/nested/inner/deep/": "",
	})
	tests := []struct {
		name, dir, want string // want relative to root; "" for none
	}{
		{"file above go.mod is not found", "mod/nocfg/pkg", ""},
		{"module root itself", "mod", ""},
		{"file at the module root", "withcfg/x", "withcfg/.hrvet.yaml"},
		{"file in the package directory", "withcfg/a", "withcfg/a/.hrvet.yaml"},
		{"nearest file wins", "withcfg/a/b", "withcfg/a/.hrvet.yaml"},
		{"nested module stops at its own go.mod", "withcfg/a/sub/pkg", ""},
		{"no go.mod: walk to the root", "nomod/deep/er", "nomod/.hrvet.yaml"},
		{"several levels below the module root", "modcfgsame/nested/inner/deep", "modcfgsame/.hrvet.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Find(filepath.Join(root, filepath.FromSlash(tt.dir)))
			if err != nil {
				t.Fatal(err)
			}
			want := ""
			if tt.want != "" {
				want = filepath.Join(root, filepath.FromSlash(tt.want))
			}
			if got != want {
				t.Errorf("Find(%s) = %q, want %q", tt.dir, got, want)
			}
		})
	}

	t.Run("a directory named .hrvet.yaml is an error", func(t *testing.T) {
		if got, err := Find(filepath.Join(root, "dircfg", "p")); err == nil {
			t.Errorf("Find = %q, want an error", got)
		}
	})
	t.Run("relative directory gives an absolute path", func(t *testing.T) {
		t.Chdir(filepath.Join(root, "withcfg"))
		got, err := Find("x")
		if err != nil {
			t.Fatal(err)
		}
		if want := filepath.Join(root, "withcfg", FileName); got != want {
			t.Errorf("Find(x) = %q, want %q", got, want)
		}
	})
}

func TestLoad(t *testing.T) {
	root := tree(t, map[string]string{
		"none/go.mod": "module none\n",
		"good/go.mod": "module good\n",
		"good/.hrvet.yaml": `version: 1
infer: false
`,
		"good/p/":         "",
		"bad/go.mod":      "module bad\n",
		"bad/.hrvet.yaml": "version: 1\nsinks: [{func: a.F, kind: transfr}]\n",
	})

	cfg, err := Load(filepath.Join(root, "none"))
	if err != nil || cfg.Path != "" || !cfg.Infer {
		t.Errorf("Load(no file) = %+v, %v; want the defaults", cfg, err)
	}

	cfg, err = Load(filepath.Join(root, "good", "p"))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(root, "good", FileName); cfg.Path != want || cfg.Infer {
		t.Errorf("Load(good/p) = %+v, want Path %q and Infer false", cfg, want)
	}
	again, err := Load(filepath.Join(root, "good"))
	if err != nil || again != cfg {
		t.Errorf("second Load = %p, %v; want the cached %p", again, err, cfg)
	}

	// An edited file is read again.
	path := filepath.Join(root, "good", FileName)
	if err := os.WriteFile(path, []byte("version: 1\ninfer: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	edited, err := Load(filepath.Join(root, "good"))
	if err != nil {
		t.Fatal(err)
	}
	if edited == cfg || !edited.Infer {
		t.Errorf("Load after an edit = %+v, want the new contents", edited)
	}

	_, err = Load(filepath.Join(root, "bad"))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Load(bad) error = %v, want a *config.Error", err)
	}
	if want := filepath.Join(root, "bad", FileName); e.File != want || e.Line != 2 || e.Key != "sinks[0].kind" {
		t.Errorf("Load(bad) error = %v", e)
	}
}

func TestLoadConcurrent(t *testing.T) {
	root := tree(t, map[string]string{
		"go.mod":      "module m\n",
		".hrvet.yaml": "version: 1\nsinks: [{func: a.F, kind: log}]\n",
		"a/":          "",
		"b/c/":        "",
		"d/":          "",
	})
	dirs := []string{root, filepath.Join(root, "a"), filepath.Join(root, "b", "c"), filepath.Join(root, "d")}
	const workers = 16
	results := make([]*Config, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Go(func() {
			for j := range 20 {
				cfg, err := Load(dirs[(i+j)%len(dirs)])
				if err != nil {
					errs[i] = err
					return
				}
				if results[i] == nil {
					results[i] = cfg
				} else if results[i] != cfg {
					errs[i] = errors.New("Load returned different configs for one file")
					return
				}
			}
		})
	}
	wg.Wait()
	for i := range workers {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if results[i] != results[0] {
			t.Fatalf("worker %d got config %p, worker 0 got %p", i, results[i], results[0])
		}
	}
	if len(results[0].Sinks) != 1 {
		t.Errorf("config = %+v", results[0])
	}
}
