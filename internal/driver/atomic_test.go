package driver

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFileFailingWriter: a write that fails halfway leaves the old
// file whole, with its mode, and no temporary file beside it.
func TestWriteFileFailingWriter(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "staff.go")
	old := []byte("package staff\n\n// Old is the file as the user left it.\nvar Old = 1\n")
	if err := os.WriteFile(name, old, 0o600); err != nil {
		t.Fatal(err)
	}
	broken := errors.New("disk full")
	err := writeFile(name, 0o644, func(w io.Writer) error {
		if _, err := w.Write([]byte("package staff\n\n// Half")); err != nil {
			return err
		}
		return broken
	})
	if !errors.Is(err, broken) {
		t.Fatalf("writeFile = %v, want the writer's error", err)
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(old) {
		t.Errorf("after a failed write the file is %q, want the old %q", got, old)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("files left in the directory: %v, want staff.go alone", entries)
	}

	// A write that succeeds replaces the file and keeps its mode.
	if err := writeBytes(name, 0o644, []byte("package staff\n")); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode after the write = %v, want the old file's 0600", info.Mode().Perm())
	}
	// A new file gets the mode asked for.
	fresh := filepath.Join(dir, "report.sarif")
	if err := writeBytes(fresh, 0o644, []byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(fresh); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("new file: %v, %v; want mode 0644", info, err)
	}

	// A symbolic link stays a link, and its target gets the new text.
	link := filepath.Join(dir, "link.go")
	if err := os.Symlink(name, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := writeBytes(link, 0o644, []byte("package staff // via the link\n")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link.go after the write: %v, %v; want it still a symbolic link", info, err)
	}
	if got, _ := os.ReadFile(name); string(got) != "package staff // via the link\n" {
		t.Errorf("the link's target holds %q, want the new text", got)
	}
}
