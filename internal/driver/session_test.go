package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hrvet/hrvet/internal/inventory"
	"github.com/hrvet/hrvet/internal/suite"
	"golang.org/x/tools/go/analysis"
)

// sessionAnalyzers is what the language server runs.
func sessionAnalyzers() []*analysis.Analyzer { return append(suite.Analyzers(), inventory.Analyzer) }

// findingLines renders diagnostics and problems as comparable lines, with
// positions relative to dir and the related information's places.
func findingLines(dir string, c *Checked) []string {
	var out []string
	rel := func(file string) string {
		if r, err := filepath.Rel(dir, file); err == nil {
			return filepath.ToSlash(r)
		}
		return file
	}
	for _, d := range c.Diagnostics {
		line := fmt.Sprintf("%s:%d:%d: %s: %s", rel(d.Posn.Filename), d.Posn.Line, d.Posn.Column, d.Analyzer, d.Message)
		for _, r := range d.Related {
			line += fmt.Sprintf(" [%s:%d %s]", rel(r.Posn.Filename), r.Posn.Line, r.Message)
		}
		out = append(out, line)
	}
	for _, p := range c.Problems {
		out = append(out, fmt.Sprintf("%s:%d: %s", rel(p.Posn.Filename), p.Posn.Line, p.Message))
	}
	return out
}

// checkLines is what a fresh Check of dir finds in the packages of files.
func checkLines(t *testing.T, dir string, files []string) []string {
	t.Helper()
	c, err := Check(dir, []string{"./..."}, sessionAnalyzers())
	if err != nil {
		t.Fatal(err)
	}
	c.Diagnostics = slices.DeleteFunc(c.Diagnostics, func(d Diagnostic) bool { return !slices.Contains(files, d.Posn.Filename) })
	c.Problems = slices.DeleteFunc(c.Problems, func(p Problem) bool { return p.Posn.Filename != "" && !slices.Contains(files, p.Posn.Filename) })
	return findingLines(dir, c)
}

func TestSessionFindsWhatCheckFinds(t *testing.T) {
	dir, err := filepath.Abs("../../testdata/hrapp")
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewSession(dir, sessionAnalyzers())
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Run(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Diagnostics) == 0 {
		t.Fatal("no findings on the demo")
	}
	if diff := lineDiff(checkLines(t, dir, got.Files), findingLines(dir, got)); diff != "" {
		t.Errorf("the session's first run differs from Check:\n%s", diff)
	}
	var records []string
	for _, r := range got.Records {
		records = append(records, r.Package)
	}
	if !slices.Contains(records, "example.com/hrapp/employee") {
		t.Errorf("records of %v, want example.com/hrapp/employee's among them", records)
	}
}

// lineDiff lists the lines only one of want and got has, or "".
func lineDiff(want, got []string) string {
	var b strings.Builder
	for _, w := range want {
		if !slices.Contains(got, w) {
			fmt.Fprintf(&b, "- %s\n", w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			fmt.Fprintf(&b, "+ %s\n", g)
		}
	}
	return b.String()
}

const (
	staffQuiet = `package staff

import "log"

// Employee is a member of staff.
type Employee struct {
	Name  string
	Phone string ` + "`pd:\"phone\"`" + `
}

// Note keeps a note.
func Note(s string) { _ = s; log.SetFlags(0) }
`
	staffLogging = `package staff

import "log"

// Employee is a member of staff.
type Employee struct {
	Name  string
	Phone string ` + "`pd:\"phone\"`" + `
}

// Note keeps a note.
func Note(s string) { log.Print(s) }
`
	staffPrinting = `package staff

import "fmt"

// Employee is a member of staff.
type Employee struct {
	Name  string
	Phone string ` + "`pd:\"phone\"`" + `
}

// Note keeps a note.
func Note(s string) { fmt.Println(s) }
`
	staffBroken = `package staff

import "log"

// Employee is a member of staff.
type Employee struct {
	Name  string
	Phone string ` + "`pd:\"phone\"`" + `
}

// Note keeps a note.
func Note(s string) { log.Print(undefinedThing) }
`
	desk = `package desk

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
	clock = `package clock

import (
	"log"

	"example.com/fixture/staff"
)

// Today is who came in today.
var Today []staff.Employee

// Punch logs who came in.
func Punch() {
	for _, e := range Today {
		log.Printf("in: %s", e.Phone)
	}
}
`
	badge = `package badge

import "log"

// Badge opens the doors.
type Badge struct {
	Code string
}

// Front is the front door's badge.
var Front Badge

// Show logs the front door's badge.
func Show() { log.Print(Front.Code) }
`
	lobby = `package lobby

import "log"

// Visitor is someone at the desk.
type Visitor struct {
	Phone string ` + "`pd:\"phone\"`" + `
}

// Greet logs a visitor.
func Greet(v Visitor) { log.Print(v.Phone) }
`
)

// writeFixture writes files into a new module and returns its directory.
func writeFixture(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/fixture\n\ngo 1.26\n"
	for name, text := range files {
		saveFile(t, filepath.Join(dir, filepath.FromSlash(name)), text)
	}
	return dir
}

// saveFile writes text to path with a modification time unlike the last,
// as an editor's save does, however fast the test runs.
var tick = time.Now()

func saveFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	tick = tick.Add(time.Second)
	if err := os.Chtimes(path, tick, tick); err != nil {
		t.Fatal(err)
	}
}

func relFiles(dir string, files []string) []string {
	var out []string
	for _, f := range files {
		r, _ := filepath.Rel(dir, f)
		out = append(out, filepath.ToSlash(r))
	}
	return out
}

// TestSessionReanalysesTheSavedPackageAndItsImporters follows a session
// through saves: each run analyses the saved package and its importers,
// not the rest, and finds what a fresh Check would in those packages.
func TestSessionReanalysesTheSavedPackageAndItsImporters(t *testing.T) {
	dir := writeFixture(t, map[string]string{
		"staff/staff.go": staffQuiet,
		"desk/desk.go":   desk,
		"lobby/lobby.go": lobby,
		"badge/badge.go": badge,
	})
	staffFile := filepath.Join(dir, "staff", "staff.go")
	s, err := NewSession(dir, sessionAnalyzers())
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.Run([]string{staffFile})
	if err != nil {
		t.Fatal(err)
	}
	if got := relFiles(dir, first.Files); !slices.Equal(got, []string{"badge/badge.go", "desk/desk.go", "lobby/lobby.go", "staff/staff.go"}) {
		t.Fatalf("first run covered %v, want the whole module", got)
	}
	if diff := lineDiff(checkLines(t, dir, first.Files), findingLines(dir, first)); diff != "" {
		t.Errorf("first run differs from Check:\n%s", diff)
	}

	steps := []struct {
		name    string
		file    string // rewritten, then passed to Run unless onDisk
		text    string
		onDisk  bool     // changed behind the editor's back
		covered []string // the files the run must analyse
		want    string   // a substring of the findings, or "" for none in desk
	}{
		{"Note logs", "staff/staff.go", staffLogging, false, []string{"desk/desk.go", "staff/staff.go"}, "desk/desk.go:11:"},
		{"Note is quiet again", "staff/staff.go", staffQuiet, false, []string{"desk/desk.go", "staff/staff.go"}, ""},
		{"changed on disk only", "staff/staff.go", staffLogging, true, []string{"desk/desk.go", "staff/staff.go"}, "desk/desk.go:11:"},
		{"a type error", "staff/staff.go", staffBroken, false, []string{"desk/desk.go", "staff/staff.go"}, "staff/staff.go:12: undefined: undefinedThing"},
		{"mended", "staff/staff.go", staffLogging, false, []string{"desk/desk.go", "staff/staff.go"}, "desk/desk.go:11:"},
		{"an import staff lacked", "staff/staff.go", staffPrinting, false, []string{"badge/badge.go", "desk/desk.go", "lobby/lobby.go", "staff/staff.go"}, "desk/desk.go:11:"},
		{"a new package", "clock/clock.go", clock, false, []string{"badge/badge.go", "clock/clock.go", "desk/desk.go", "lobby/lobby.go", "staff/staff.go"}, "clock/clock.go:15:"},
		{"a config marks the badge", ".hrvet.yaml", "version: 1\nsources:\n  - {type: example.com/fixture/badge.Badge, field: Code, category: phone}\n", false, []string{"badge/badge.go", "clock/clock.go", "desk/desk.go", "lobby/lobby.go", "staff/staff.go"}, "badge/badge.go:14:"},
		{"a file in testdata: one load", "staff/testdata/sample.go", "package sample\n", false, []string{"badge/badge.go", "clock/clock.go", "desk/desk.go", "lobby/lobby.go", "staff/staff.go"}, "desk/desk.go:11:"},
		{"the same file again: nothing", "staff/testdata/sample.go", "package sample\n\n// Changed.\n", false, nil, ""},
	}
	for _, step := range steps {
		path := filepath.Join(dir, filepath.FromSlash(step.file))
		saveFile(t, path, step.text)
		var changed []string
		if !step.onDisk {
			changed = []string{path}
		}
		got, err := s.Run(changed)
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if files := relFiles(dir, got.Files); !slices.Equal(files, step.covered) {
			t.Errorf("%s: the run covered %v, want %v", step.name, files, step.covered)
		}
		lines := findingLines(dir, got)
		if diff := lineDiff(checkLines(t, dir, got.Files), lines); diff != "" {
			t.Errorf("%s: the run differs from a fresh Check:\n%s", step.name, diff)
		}
		joined := strings.Join(lines, "\n")
		switch {
		case step.want == "" && strings.Contains(joined, "desk/desk.go"):
			t.Errorf("%s: findings in desk.go:\n%s", step.name, joined)
		case step.want != "" && !strings.Contains(joined, step.want):
			t.Errorf("%s: findings\n%s\nwant one with %q", step.name, joined, step.want)
		}
	}
}
