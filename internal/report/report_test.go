package report

import (
	"go/token"
	"testing"
)

func TestWantedDropsTestFilesUnlessAsked(t *testing.T) {
	fset := token.NewFileSet()
	src := fset.AddFile("/m/employee.go", -1, 100)
	test := fset.AddFile("/m/employee_test.go", -1, 100)
	srcPos, testPos := src.Pos(10), test.Pos(10)

	defer func(old bool) { Tests = old }(Tests)
	Tests = false
	if !Wanted(fset, srcPos) {
		t.Error("a finding in employee.go was dropped")
	}
	if Wanted(fset, testPos) {
		t.Error("a finding in employee_test.go was kept without -tests")
	}
	if !Wanted(fset, token.NoPos) {
		t.Error("a finding with no position was dropped")
	}
	Tests = true
	if !Wanted(fset, testPos) {
		t.Error("a finding in employee_test.go was dropped with -tests")
	}
}
