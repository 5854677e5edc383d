package lsp_test

import (
	"path/filepath"
	"testing"
)

const quietNote = `package staff

// Employee is a member of staff.
type Employee struct {
	Name  string
	Phone string ` + "`pd:\"phone\"`" + `
}

// Note keeps a note.
func Note(s string) { _ = s }
`

const loggingNote = `package staff

import "log"

// Employee is a member of staff.
type Employee struct {
	Name  string
	Phone string ` + "`pd:\"phone\"`" + `
}

// Note keeps a note.
func Note(s string) { log.Print(s) }
`

const caller = `package desk

import "example.com/fixture/staff"

// Everyone is the staff.
var Everyone []staff.Employee

// NoteAll notes every phone.
func NoteAll() {
	for _, e := range Everyone {
		staff.Note(e.Phone)
	}
}
`

func TestSaveReanalysesImporters(t *testing.T) {
	root := fixture(t, map[string]string{"staff/staff.go": quietNote, "desk/desk.go": caller})
	leaf := filepath.Join(root, "staff", "staff.go")
	importer := filepath.Join(root, "desk", "desk.go")
	c := start(t, root)

	c.open(importer)
	if diags := c.diagnosticsOf(importer); len(diags) != 0 {
		t.Fatalf("diagnostics of desk.go while Note logs nothing: %+v, want none", diags)
	}
	// Note now logs its argument: desk's call leaks the phone, though
	// only staff.go was saved.
	c.save(leaf, loggingNote)
	diags := c.diagnosticsOf(importer)
	if len(diags) != 1 || diags[0].Code != "logleak" || diags[0].Range.Start.Line != 10 {
		t.Errorf("diagnostics of desk.go after Note logs: %+v, want logleak's on line 11", diags)
	}
	c.close()
}
