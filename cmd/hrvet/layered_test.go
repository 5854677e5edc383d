package main

import (
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
)

// layeredDir is a module whose personal data, consent check, redactor,
// sinks and anonymous type are declared in model, and used in hop2 (which
// imports only store, which imports model) and hop3 (which imports only
// wrap, which imports store). go vet hands a package the facts of its
// direct imports alone; the checker behind the standalone run hands it
// those of every package below. The two must agree.
const layeredDir = "testdata/layered"

// TestLayeredFindsEveryPlantedMistake runs hrvet alone on the layered
// module: every MISTAKE marker, two and three imports above the data, is
// found, and nothing else.
func TestLayeredFindsEveryPlantedMistake(t *testing.T) {
	got := hrvet(t, suite.Analyzers(), "-C", layeredDir, "./...")
	if got.code != 3 {
		t.Fatalf("exit code = %d, want 3 (findings); stderr:\n%s", got.code, got.stderr)
	}
	checkMistakes(t, layeredDir, got.stdout)
}

// TestLayeredGoVetMatchesStandalone is the check that facts reach
// importers that are not direct: go vet, with hrvet as its vet tool, lists
// on the layered module exactly the findings the standalone run lists.
func TestLayeredGoVetMatchesStandalone(t *testing.T) {
	alone := hrvet(t, suite.Analyzers(), "-C", layeredDir, "./...")
	if alone.code != 3 {
		t.Fatalf("hrvet: exit code %d, stderr:\n%s", alone.code, alone.stderr)
	}
	vet := goVet(t, layeredDir, "main", "./...")
	if vet.code != 1 || vet.stdout != "" {
		t.Errorf("go vet: exit code %d, stdout %q; want 1 and nothing", vet.code, vet.stdout)
	}
	want := standaloneFindings(t, alone.stdout)
	got := vetFindings(t, vet.stderr)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("go vet -vettool:\n%s\nhrvet:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
