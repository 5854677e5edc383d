package lsp_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// A .hrvet.yaml changed outside the editor reaches the server through the
// watcher it registers, and the packages below it are analysed again.
func TestConfigChangedOnDiskReread(t *testing.T) {
	root := fixture(t, map[string]string{"staff/staff.go": leakySource, ".hrvet.yaml": "version: 1\n"})
	file := filepath.Join(root, "staff", "staff.go")
	config := filepath.Join(root, ".hrvet.yaml")
	c := start(t, root)

	select {
	case p := <-c.registered:
		if len(p.Registrations) != 1 || p.Registrations[0].Method != protocol.MethodWorkspaceDidChangeWatchedFiles {
			t.Errorf("registrations %+v, want one of workspace/didChangeWatchedFiles", p.Registrations)
		}
	case <-time.After(timeout):
		t.Fatal("the server registered no file watcher")
	}

	c.open(file)
	if diags := c.diagnosticsOf(file); len(diags) != 1 {
		t.Fatalf("diagnostics under the good config: %+v, want logleak's", diags)
	}
	if err := os.WriteFile(config, []byte("version: 1\nsinks:\n  - {func: example.com/fixture/staff.Send, kind: transfr}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify(protocol.MethodWorkspaceDidChangeWatchedFiles, &protocol.DidChangeWatchedFilesParams{
		Changes: []*protocol.FileEvent{{Type: protocol.FileChangeTypeChanged, URI: uri.File(config)}},
	})
	if diags := c.diagnosticsOf(config); len(diags) != 1 || diags[0].Range.Start.Line != 2 {
		t.Errorf("diagnostics of the config changed on disk: %+v, want one on line 3", diags)
	}
	c.close()
}
