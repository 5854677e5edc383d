package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/suite"
)

// analyzersDir holds one package per analyzer.
const analyzersDir = "../../analyzers"

// TestAnalyzerPackagesFitNogo checks what Bazel's nogo needs of an
// analyzer package (docs/nogo.md): a package-level variable named Analyzer
// of type *analysis.Analyzer, which the nogo binary it generates refers to
// by that name, and no second analyzer beside it. The packages must also
// be the suite's, named after their analyzers, since nogo's JSON config
// is keyed by Analyzer.Name.
func TestAnalyzerPackagesFitNogo(t *testing.T) {
	entries, err := os.ReadDir(analyzersDir)
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dirs = append(dirs, e.Name())
		if problems := checkAnalyzerPackage(filepath.Join(analyzersDir, e.Name())); len(problems) > 0 {
			t.Errorf("analyzers/%s:\n\t%s", e.Name(), strings.Join(problems, "\n\t"))
		}
	}
	var names []string
	for _, a := range suite.Analyzers() {
		names = append(names, a.Name)
	}
	slices.Sort(names)
	if !slices.Equal(dirs, names) {
		t.Errorf("analyzer packages %v, suite analyzers %v: want one package per analyzer, named after it", dirs, names)
	}
}

// TestCheckAnalyzerPackage makes sure the check above can fail.
func TestCheckAnalyzerPackage(t *testing.T) {
	const header = "package p\n\nimport \"golang.org/x/tools/go/analysis\"\n\n"
	for _, tc := range []struct {
		name, src, want string
	}{
		{"good", header + "var Analyzer = &analysis.Analyzer{Name: \"p\"}\n", ""},
		{"good, declared type", header + "var Analyzer *analysis.Analyzer = newAnalyzer()\n\nfunc newAnalyzer() *analysis.Analyzer { return nil }\n", ""},
		{"renamed import", "package p\n\nimport ga \"golang.org/x/tools/go/analysis\"\n\nvar (\n\tAnalyzer = &ga.Analyzer{}\n)\n", ""},
		{"none", header + "var analyzer = &analysis.Analyzer{}\n", "declares no var Analyzer"},
		{"a func", header + "func Analyzer() *analysis.Analyzer { return nil }\n", "Analyzer is a func, not a var"},
		{"wrong type", header + "var Analyzer = analysis.Analyzer{}\n", "var Analyzer is not a *analysis.Analyzer"},
		{"untyped", header + "var Analyzer = build()\n\nfunc build() *analysis.Analyzer { return nil }\n", "var Analyzer is not a *analysis.Analyzer"},
		{"two", header + "var Analyzer = &analysis.Analyzer{}\n\nvar Strict = &analysis.Analyzer{}\n", "Strict is a second analyzer"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(tc.src), 0o644); err != nil {
			t.Fatal(err)
		}
		got := strings.Join(checkAnalyzerPackage(dir), "; ")
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("%s: problems %q, want %q", tc.name, got, tc.want)
		}
	}
}

// checkAnalyzerPackage parses the non-test Go files in dir and describes
// every way they fall short of nogo's convention.
func checkAnalyzerPackage(dir string) []string {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return []string{err.Error()}
	}
	fset := token.NewFileSet()
	var problems []string
	found := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return []string{err.Error()}
		}
		analysisName := importName(f, "golang.org/x/tools/go/analysis")
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Recv == nil && decl.Name.Name == "Analyzer" {
					problems = append(problems, "Analyzer is a func, not a var")
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						if spec.Name.Name == "Analyzer" {
							problems = append(problems, "Analyzer is a type, not a var")
						}
					case *ast.ValueSpec:
						for i, id := range spec.Names {
							isAnalyzer := isAnalyzerPointer(spec, i, analysisName)
							switch {
							case id.Name == "Analyzer" && decl.Tok != token.VAR:
								problems = append(problems, fmt.Sprintf("Analyzer is a %s, not a var", decl.Tok))
							case id.Name == "Analyzer" && !isAnalyzer:
								problems = append(problems, "var Analyzer is not a *analysis.Analyzer (give it that type or the value &analysis.Analyzer{...})")
							case id.Name == "Analyzer":
								found++
							case isAnalyzer && id.IsExported():
								problems = append(problems, id.Name+" is a second analyzer: nogo links one per package")
							}
						}
					}
				}
			}
		}
	}
	if found == 0 && len(problems) == 0 {
		problems = append(problems, "declares no var Analyzer")
	}
	return problems
}

// isAnalyzerPointer reports whether the i'th name of spec is declared as
// *analysis.Analyzer or initialized with &analysis.Analyzer{...}, where
// analysis is the name the file imports the package under.
func isAnalyzerPointer(spec *ast.ValueSpec, i int, analysisName string) bool {
	isAnalyzerType := func(e ast.Expr) bool {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Analyzer" {
			return false
		}
		x, ok := sel.X.(*ast.Ident)
		return ok && analysisName != "" && x.Name == analysisName
	}
	if spec.Type != nil {
		star, ok := spec.Type.(*ast.StarExpr)
		return ok && isAnalyzerType(star.X)
	}
	if i >= len(spec.Values) {
		return false
	}
	addr, ok := spec.Values[i].(*ast.UnaryExpr)
	if !ok || addr.Op != token.AND {
		return false
	}
	lit, ok := addr.X.(*ast.CompositeLit)
	return ok && isAnalyzerType(lit.Type)
}

// importName returns the name f imports path under, or "".
func importName(f *ast.File, path string) string {
	for _, imp := range f.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
			continue
		}
		if imp.Name != nil {
			return imp.Name.Name
		}
		return path[strings.LastIndexByte(path, '/')+1:]
	}
	return ""
}

// TestNogoConfigInDocs checks the nogo_config.json of docs/nogo.md: it is
// JSON, it names analyzers of the suite, and the settings it passes to
// pdfields are a valid configuration.
func TestNogoConfigInDocs(t *testing.T) {
	doc, err := os.ReadFile("../../docs/nogo.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```json\n")
	block, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("docs/nogo.md has no JSON block")
	}
	var cfg map[string]struct {
		AnalyzerFlags map[string]string `json:"analyzer_flags"`
	}
	if err := json.Unmarshal([]byte(block), &cfg); err != nil {
		t.Fatalf("docs/nogo.md: the nogo config is not JSON: %v", err)
	}
	names := map[string]bool{"_base": true}
	for _, a := range suite.Analyzers() {
		names[a.Name] = true
	}
	for name := range cfg {
		if !names[name] {
			t.Errorf("docs/nogo.md: %q is no analyzer of the suite", name)
		}
	}
	settings := cfg["pdfields"].AnalyzerFlags["settings"]
	if settings == "" {
		t.Fatal("docs/nogo.md: no settings flag for pdfields")
	}
	if _, err := config.Parse("-pdfields.settings", []byte(settings)); err != nil {
		t.Errorf("docs/nogo.md: the settings do not parse: %v", err)
	}
	if f := pdfields.Analyzer.Flags.Lookup("settings"); f == nil {
		t.Error("pdfields has no flag settings")
	}
}
