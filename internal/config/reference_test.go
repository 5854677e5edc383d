package config

import (
	"os"
	"strings"
	"testing"
)

// TestReferenceListsEveryKey fails when .hrvet.yaml has a key that
// docs/reference.md, the user's reference, has no row for in the table
// of keys of its section Configuration.
func TestReferenceListsEveryKey(t *testing.T) {
	data, err := os.ReadFile("../../docs/reference.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## Configuration\n")
	if !ok {
		t.Fatal("docs/reference.md has no section ## Configuration")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	for _, key := range topKeys {
		if !strings.Contains(section, "\n| `"+key+":` |") {
			t.Errorf("docs/reference.md: section Configuration has no table row for the key %s:", key)
		}
	}
}
