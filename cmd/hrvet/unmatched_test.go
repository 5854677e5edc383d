package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
)

// unmatchedModule writes a module whose config names a consent check and
// a sink method with a typo each, beside a correct entry, and returns its
// directory. Package api leaks nothing, so the findings are the config's.
func unmatchedModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/mymod\n\ngo 1.26\n")
	write(t, dir, "consent.go", "package mymod\n\n// HasConsent says whether the employee agreed.\nfunc HasConsent(id int64) bool { return id > 0 }\n")
	write(t, dir, "crm/crm.go", "package crm\n\n// Client talks to the CRM.\ntype Client struct{}\n\n// Push sends a record.\nfunc (c *Client) Push(v any) error { return nil }\n\n// Queue sends in batches.\ntype Queue[T any] struct{}\n\n// Send queues a record.\nfunc (q *Queue[T]) Send(v T) error { return nil }\n")
	write(t, dir, "api/api.go", "package api\n\n// Ping answers.\nfunc Ping() string { return \"pong\" }\n")
	write(t, dir, ".hrvet.yaml", `version: 1
consent:
  - {func: example.com/mymod.HasConsentt}
  - {func: example.com/mymod.HasConsent}
sinks:
  - {func: "(*example.com/mymod/crm.Client).Pussh", kind: transfer, purpose: crm}
  - {func: example.com/mymod/crm.Nothing, kind: log}
  - {func: example.com/other.Send, kind: transfer}
  - {func: "(*example.com/mymod/crm.Queue).Send", kind: transfer}
`)
	return dir
}

// TestConfigEntriesMatchingNothing: an entry naming a function its
// package lacks is a finding on its line, with the name meant when there
// is one near; correct entries and entries naming packages outside the run
// say nothing; with only part of the module analysed, only the entries
// naming analysed packages are checked; go vet says the same.
func TestConfigEntriesMatchingNothing(t *testing.T) {
	dir := unmatchedModule(t)
	want := []string{
		".hrvet.yaml:3:1: pdfields: consent entry example.com/mymod.HasConsentt names no function or method of example.com/mymod, so it marks nothing; did you mean example.com/mymod.HasConsent?",
		".hrvet.yaml:6:1: pdfields: sinks entry (*example.com/mymod/crm.Client).Pussh names no function or method of example.com/mymod/crm, so it marks nothing; did you mean (*example.com/mymod/crm.Client).Push?",
		".hrvet.yaml:7:1: pdfields: sinks entry example.com/mymod/crm.Nothing names no function or method of example.com/mymod/crm, so it marks nothing; fix the name or remove the entry",
	}
	got := hrvet(t, suite.Analyzers(), "-C", dir, "./...")
	if got.code != 3 {
		t.Errorf("exit code = %d, want 3; stderr:\n%s", got.code, got.stderr)
	}
	wantLines(t, "findings", lines(got.stdout), want)

	// Only package crm analysed: the entry naming the root package is
	// not checked, since that package is not analysed.
	part := hrvet(t, suite.Analyzers(), "-C", dir, "./crm")
	wantLines(t, "findings of ./crm alone", lines(part.stdout), want[1:])

	vet := goVet(t, dir, "main", "./...")
	var vetGot []string
	for _, l := range lines(vet.stderr) {
		if !strings.HasPrefix(l, "# ") {
			vetGot = append(vetGot, l)
		}
	}
	var vetWant []string
	for _, w := range want {
		vetWant = append(vetWant, strings.Replace(w, "pdfields: ", "", 1))
	}
	// go vet prints packages in build order, which varies.
	slices.Sort(vetGot)
	slices.Sort(vetWant)
	wantLines(t, "go vet's findings", vetGot, vetWant)
}

// TestLookAlikeIgnore: an //hrvet:ignore typed with a full-width colon or
// a space after the slashes ignores nothing, and hrvet says why at the
// comment, with the leak it meant to silence still reported.
func TestLookAlikeIgnore(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/looks\n\ngo 1.26\n")
	write(t, dir, "hr/hr.go", "package hr\n\nimport \"log\"\n\n// Employee is a person.\ntype Employee struct {\n\tPhone string `pd:\"phone\"`\n}\n\n// Staff is on duty.\nvar Staff Employee\n\n// Call logs the call.\nfunc Call() {\n\t//hrvet：ignore logleak the log is encrypted\n\tlog.Print(Staff.Phone)\n\t// hrvet:ignore logleak the log is encrypted\n\tlog.Print(Staff.Phone)\n}\n")
	got := hrvet(t, suite.Analyzers(), "-C", dir, "./...")
	want := []string{
		`hr/hr.go:15:2: pdfields: "//hrvet：ignore" is not a directive: it has '：' (U+FF1A) for ':'; write //hrvet:ignore`,
		`hr/hr.go:16:2: logleak: Employee.Phone (phone) reaches log.Print without a redactor (Labour Code art. 86 p.7); wrap it in annotations.Mask or drop it`,
		`hr/hr.go:17:2: pdfields: "// hrvet:ignore" is not a directive because of the space after //; write //hrvet:ignore`,
		`hr/hr.go:18:2: logleak: Employee.Phone (phone) reaches log.Print without a redactor (Labour Code art. 86 p.7); wrap it in annotations.Mask or drop it`,
	}
	var findings []string
	for _, l := range lines(got.stdout) {
		if !strings.HasPrefix(l, "\t") {
			findings = append(findings, l)
		}
	}
	wantLines(t, "findings", findings, want)
}
