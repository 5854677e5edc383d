package inventory_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hrvet/hrvet/internal/driver"
	"github.com/hrvet/hrvet/internal/suite"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// demoDir is the demo HR service, the inventory's end-to-end fixture.
const demoDir = "../../testdata/hrapp"

// run is one run of 'hrvet inventory'.
type run struct {
	code           int
	stdout, stderr string
}

func hrvetInventory(t *testing.T, args ...string) run {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := driver.Main(append([]string{"inventory"}, args...), &stdout, &stderr, suite.Analyzers())
	return run{code, stdout.String(), stderr.String()}
}

// demoRuns caches one Markdown and one JSON run on the demo: each loads
// the module and the standard library from source, which takes seconds.
var demoRuns struct {
	markdown, json sync.Once
	md, js         run
}

func demoMarkdown(t *testing.T) run {
	demoRuns.markdown.Do(func() { demoRuns.md = hrvetInventory(t, "-C", demoDir) })
	return demoRuns.md
}

func demoJSON(t *testing.T) run {
	demoRuns.json.Do(func() { demoRuns.js = hrvetInventory(t, "-json", "-C", demoDir) })
	return demoRuns.js
}

// wantSuccess fails t unless r exited 0 with output and no errors.
func wantSuccess(t *testing.T, r run) {
	t.Helper()
	if r.code != 0 || r.stderr != "" || r.stdout == "" {
		t.Fatalf("exit code %d, %d bytes of output; stderr:\n%s", r.code, len(r.stdout), r.stderr)
	}
}

// golden compares got with the golden file, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n%s", path, diff(string(want), got))
	}
}

// diff lists the first lines where want and got differ.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			shown++
			fmt.Fprintf(&b, "line %d:\n  want: %s\n  got:  %s\n", i+1, wl, gl)
		}
	}
	return b.String()
}

func TestDemoMarkdownGolden(t *testing.T) {
	r := demoMarkdown(t)
	wantSuccess(t, r)
	golden(t, "hrapp.md", r.stdout)
}

func TestDemoJSONGolden(t *testing.T) {
	r := demoJSON(t)
	wantSuccess(t, r)
	golden(t, "hrapp.json", r.stdout)
}
