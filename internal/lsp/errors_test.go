package lsp_test

import (
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

func TestBadConfigPublishedOnItsLineAndReread(t *testing.T) {
	root := fixture(t, map[string]string{
		"staff/staff.go": leakySource,
		".hrvet.yaml":    "version: 1\nsinks:\n  - {func: example.com/fixture/staff.Send, kind: transfr}\n",
	})
	config := filepath.Join(root, ".hrvet.yaml")
	c := start(t, root)

	c.open(filepath.Join(root, "staff", "staff.go"))
	diags := c.diagnosticsOf(config)
	if len(diags) != 1 {
		t.Fatalf("diagnostics of .hrvet.yaml: %+v, want one", diags)
	}
	d := diags[0]
	if d.Range.Start.Line != 2 || d.Severity != protocol.DiagnosticSeverityError || d.Source != "hrvet" ||
		!strings.Contains(d.Message, `"transfr"`) {
		t.Errorf("diagnostic %+v, want an error on line 3 naming the unknown kind", d)
	}

	// Saving the config fixed clears its diagnostic and analyses the
	// packages again.
	c.save(config, "version: 1\n")
	if diags := c.diagnosticsOf(config); len(diags) != 0 {
		t.Errorf("diagnostics of the fixed .hrvet.yaml: %+v, want none", diags)
	}
	if diags := c.diagnosticsOf(filepath.Join(root, "staff", "staff.go")); len(diags) != 1 || diags[0].Code != "logleak" {
		t.Errorf("diagnostics of staff.go under the fixed config: %+v, want logleak's", diags)
	}
	c.close()
}

func TestTypeErrorPublishedNotCrashed(t *testing.T) {
	root := fixture(t, map[string]string{
		"staff/staff.go": "package staff\n\nfunc Broken() int {\n\treturn \"not a number\"\n}\n",
	})
	file := filepath.Join(root, "staff", "staff.go")
	c := start(t, root)

	c.open(file)
	diags := c.diagnosticsOf(file)
	if len(diags) != 1 {
		t.Fatalf("diagnostics of a package that does not type-check: %+v, want one", diags)
	}
	if d := diags[0]; d.Range.Start != (protocol.Position{Line: 3, Character: 8}) || d.Severity != protocol.DiagnosticSeverityError {
		t.Errorf("diagnostic %+v, want an error at line 4, column 9", d)
	}

	// Fixed, the file is analysed and clean.
	c.save(file, "package staff\n\nfunc Broken() int {\n\treturn 1\n}\n")
	if diags := c.diagnosticsOf(file); len(diags) != 0 {
		t.Errorf("diagnostics after the fix: %+v, want none", diags)
	}
	c.close()
}
