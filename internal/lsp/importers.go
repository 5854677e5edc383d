package lsp

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// importers returns the import paths of the packages of the workspace at
// root that import, directly or not, the package in dir, sorted: a saved
// file changes the facts those packages' analyses see (a wrapper that now
// logs its argument makes its callers' calls leaks). Listing the
// workspace costs one `go list` without type-checking, on every save. A
// file outside the root has no importers; a root the go command cannot
// list (several modules side by side, no go.work) is an error, and the
// caller analyses the package alone.
func importers(root, dir string) ([]string, error) {
	if root == "" || !strings.HasPrefix(dir+string(filepath.Separator), filepath.Clean(root)+string(filepath.Separator)) {
		return nil, nil
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports, Dir: root}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return nil, fmt.Errorf("listing the packages of %s: %w", root, err)
	}
	importedBy := make(map[string][]string) // import path -> its importers in the workspace
	var start []string
	for _, pkg := range pkgs {
		for path := range pkg.Imports {
			importedBy[path] = append(importedBy[path], pkg.PkgPath)
		}
		if len(pkg.GoFiles) > 0 && filepath.Dir(pkg.GoFiles[0]) == dir {
			start = append(start, pkg.PkgPath)
		}
	}
	seen := make(map[string]bool)
	for _, p := range start {
		seen[p] = true
	}
	var out []string
	for queue := start; len(queue) > 0; queue = queue[1:] {
		for _, imp := range importedBy[queue[0]] {
			if !seen[imp] {
				seen[imp] = true
				out = append(out, imp)
				queue = append(queue, imp)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}
