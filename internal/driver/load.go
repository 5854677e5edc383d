package driver

import (
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// load lists and type-checks the packages matching patterns in dir. With
// tests, the test variants come too. Analyzers with facts need every
// dependency from source; without any, export data does for dependencies.
// The error is for the run as a whole (no go command, a broken go.mod);
// each package's own problems are in its Errors.
func load(dir string, patterns []string, tests, allSyntax bool) ([]*packages.Package, error) {
	mode := packages.LoadSyntax
	if allSyntax {
		mode = packages.LoadAllSyntax
	}
	cfg := &packages.Config{
		Mode:  mode | packages.NeedModule,
		Dir:   dir,
		Tests: tests,
	}
	return packages.Load(cfg, patterns...)
}

// needFacts reports whether any of analyzers, or anything they require,
// uses facts.
func needFacts(analyzers []*analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	var uses func([]*analysis.Analyzer) bool
	uses = func(list []*analysis.Analyzer) bool {
		for _, a := range list {
			if seen[a] {
				continue
			}
			seen[a] = true
			if len(a.FactTypes) > 0 || uses(a.Requires) {
				return true
			}
		}
		return false
	}
	return uses(analyzers)
}

// roots picks the packages to analyze from those loaded. Like go vet, it
// skips a package that does not type-check, or imports one that does not:
// findings on broken code are noise, and its errors are reported anyway.
// With tests it also skips the generated test main, and a package whose
// test variant (the same files plus the package's own _test.go files) is
// analyzed instead, so that no file is analyzed twice.
func roots(initial []*packages.Package, tests bool) []*packages.Package {
	hasTestVariant := make(map[string]bool)
	for _, pkg := range initial {
		if pkg.ID == pkg.PkgPath+" ["+pkg.PkgPath+".test]" && !broken(pkg) {
			hasTestVariant[pkg.PkgPath] = true
		}
	}
	var keep []*packages.Package
	for _, pkg := range initial {
		switch {
		case broken(pkg):
		case tests && isTestMain(pkg):
		case pkg.ID == pkg.PkgPath && hasTestVariant[pkg.PkgPath]:
		default:
			keep = append(keep, pkg)
		}
	}
	return keep
}

// broken reports whether pkg or a package it imports has errors;
// go/packages marks the importers of a broken package IllTyped too.
func broken(pkg *packages.Package) bool {
	return pkg.IllTyped || len(pkg.Errors) > 0
}

// isTestMain reports whether pkg is the main package go test generates
// to run a package's tests; its source lives in the build cache.
func isTestMain(pkg *packages.Package) bool {
	return pkg.Name == "main" && pkg.ID == pkg.PkgPath && strings.HasSuffix(pkg.ID, ".test")
}
