package annotations_test

import (
	"go/build"
	"testing"
)

// TestStandardLibraryOnly checks that importing annotations compiles
// nothing outside the standard library: user code imports it for the
// redactors, and must not inherit hrvet's dependencies. Build constraints
// are ignored, so a file for another platform cannot slip a dependency
// in; the standard library imports only itself, so checking the direct
// imports is enough.
func TestStandardLibraryOnly(t *testing.T) {
	ctxt := build.Default
	ctxt.UseAllFiles = true
	pkg, err := ctxt.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkg.Imports) == 0 {
		t.Fatal("the package imports nothing; go/build did not read it")
	}
	for _, path := range pkg.Imports {
		dep, err := build.Default.Import(path, pkg.Dir, build.FindOnly)
		if err != nil {
			t.Errorf("import %q: %v", path, err)
			continue
		}
		if !dep.Goroot {
			t.Errorf("annotations imports %q (%s), which is not in the standard library", path, dep.Dir)
		}
	}
}
