package sinks

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/sinks.md from the catalogue")

// docsPath is docs/sinks.md, relative to this package's directory.
var docsPath = filepath.Join("..", "..", "docs", "sinks.md")

// TestDocs fails while docs/sinks.md differs from what the catalogue
// generates; go generate (go test -run TestDocs -update) rewrites it.
func TestDocs(t *testing.T) {
	want := markdown(apicheckModules(t))
	if *update {
		if err := os.WriteFile(docsPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(docsPath)
	if err != nil {
		t.Fatalf("%v; run go generate ./internal/sinks", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale; run go generate ./internal/sinks", docsPath)
	}
}

// TestMarkdown checks that every entry appears in the generated table, in
// the section of its kind.
func TestMarkdown(t *testing.T) {
	md := string(markdown(apicheckModules(t)))
	sections := make(map[Kind]string)
	for i, k := range Kinds() {
		start := strings.Index(md, "\n## "+string(k)+"\n")
		if start < 0 {
			t.Fatalf("no section for %s", k)
		}
		end := len(md)
		if i+1 < len(Kinds()) {
			end = strings.Index(md, "\n## "+string(Kinds()[i+1])+"\n")
		}
		sections[k] = md[start:end]
	}
	for _, e := range Builtin() {
		dot := nameDot(e.Func)
		prefix, name := e.Func[:dot], e.Func[dot+1:]
		found := false
		for _, line := range strings.Split(sections[e.Kind], "\n") {
			if strings.Contains(line, "| `"+prefix+"` |") && strings.Contains(line, "`"+name+"`") &&
				strings.Contains(line, "`"+string(e.Data)+"`") {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s is missing from the %s section", e.Func, e.Kind)
		}
	}
	for _, d := range DataValues() {
		if !strings.Contains(md, "| `"+string(d)+"` | "+d.Doc()+" |") {
			t.Errorf("data value %s is not explained", d)
		}
	}
}

// apicheckModules returns the modules the API check pins.
func apicheckModules(t *testing.T) []checkedModule {
	t.Helper()
	data, err := os.ReadFile(ApicheckGoMod)
	if err != nil {
		t.Fatal(err)
	}
	mods, err := checkedModules(data)
	if err != nil {
		t.Fatal(err)
	}
	return mods
}
