package main

import (
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/suite"
)

// The inventory's content is tested in internal/inventory, on the demo;
// these tests cover the subcommand's command line and exit codes.

func TestInventoryExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		files      map[string]string
		args       []string
		code       int
		stdout     string // a substring; "" for none at all
		stderrLine string // a substring of the one stderr line; "" for none
	}{
		{
			name: "findings are no error",
			files: map[string]string{
				"go.mod": "module example.com/inv\n\ngo 1.26\n",
				"p/p.go": "package p\n\nimport \"log\"\n\ntype Employee struct {\n\tPhone string `pd:\"phone\"`\n}\n\ntype Repo interface{ Load(id int) *Employee }\n\nfunc Log(r Repo) { log.Print(r.Load(1).Phone) }\n",
			},
			code:   0,
			stdout: "| p/p.go:11 | `Log` | `Employee.Phone` (phone) | `log.Print` | log |  | none | **NOT COVERED**: unguarded |",
		},
		{
			name: "bad config",
			files: map[string]string{
				"go.mod":      "module example.com/inv\n\ngo 1.26\n",
				"p/p.go":      "package p\n",
				".hrvet.yaml": "version: 1\ncolour: blue\n",
			},
			code:       1,
			stderrLine: ".hrvet.yaml:2: colour: unknown key",
		},
		{
			name: "type error",
			files: map[string]string{
				"go.mod": "module example.com/inv\n\ngo 1.26\n",
				"p/p.go": "package p\n\nvar x int = \"s\"\n",
			},
			code:       1,
			stderrLine: "p/p.go:3:13: cannot use \"s\"",
		},
		{
			name:       "bad flag",
			args:       []string{"-sarif", "x.sarif"},
			code:       1,
			stderrLine: "flag provided but not defined: -sarif",
		},
		{
			name: "no such directory",
			args: []string{"-C", "/nonexistent/hrvet-inventory"},
			code: 1, stderrLine: "no such directory",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"inventory"}, tt.args...)
			if tt.files != nil {
				dir := t.TempDir()
				for name, content := range tt.files {
					write(t, dir, name, content)
				}
				args = append(args, "-C", dir)
			}
			got := hrvet(t, suite.Analyzers(), args...)
			if got.code != tt.code {
				t.Errorf("exit code = %d, want %d; stderr:\n%s", got.code, tt.code, got.stderr)
			}
			if tt.stdout == "" && got.stdout != "" {
				t.Errorf("stdout = %q, want nothing", got.stdout)
			}
			if tt.stdout != "" && !strings.Contains(got.stdout, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, got.stdout)
			}
			errs := lines(got.stderr)
			switch {
			case tt.stderrLine == "" && len(errs) > 0:
				t.Errorf("stderr = %q, want nothing", errs)
			case tt.stderrLine != "" && (len(errs) == 0 || !strings.Contains(errs[0], tt.stderrLine)):
				t.Errorf("stderr = %q, want a first line containing %q", errs, tt.stderrLine)
			}
		})
	}
}

func TestInventoryHelp(t *testing.T) {
	got := hrvet(t, suite.Analyzers(), "inventory", "-h")
	if got.code != 0 || !strings.HasPrefix(got.stdout, "usage: hrvet inventory [-json] [-C dir] [packages]") || !strings.Contains(got.stdout, "-json") {
		t.Errorf("hrvet inventory -h: exit %d, stdout:\n%s", got.code, got.stdout)
	}
	usage := hrvet(t, suite.Analyzers(), "-h")
	if !strings.Contains(usage.stdout, "hrvet inventory [-json] [-C dir] [packages]") {
		t.Errorf("hrvet -h does not mention the inventory:\n%s", usage.stdout)
	}
}
