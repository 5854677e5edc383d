package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// nvimInit is a minimal Neovim configuration, as a user would write one:
// it attaches 'hrvet lsp' to the Go buffer it opens, waits for hrvet's
// diagnostics, writes them to a file and quits. Neovim 0.7 (Debian
// bookworm's) has the client API it uses; later versions keep it.
const nvimInit = `
local client = vim.lsp.start_client({
  name = "hrvet",
  cmd = {HRVET, "lsp"},
  cmd_env = {HRVET_TEST_ENTRY = "main"},
  root_dir = ROOT,
})
vim.cmd("edit " .. vim.fn.fnameescape(FILE))
vim.lsp.buf_attach_client(0, client)
vim.wait(90000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(lines, string.format("%d:%d %s %s", d.lnum + 1, d.col + 1, d.source or "", d.message))
end
vim.fn.writefile(lines, OUT)
vim.cmd("qall!")
`

// TestNeovimShowsDiagnostics opens a file of a small module in headless
// Neovim with hrvet's language server attached, as an editor user would,
// and reads back the diagnostics Neovim shows. .ci/run installs Debian's
// neovim; where it is absent the test is skipped.
func TestNeovimShowsDiagnostics(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("Neovim is not installed (.ci/run installs Debian's neovim package): the editor test is skipped")
	}
	if raceDetector {
		t.Skip("the editor test is left to the run without -race")
	}
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/staff\n\ngo 1.26\n",
		"staff.go": `package staff

import (
	"encoding/json"
	"io"
	"log"
)

type Employee struct {
	Name  string
	Phone string ` + "`pd:\"phone\"`" + `
}

func Welcome(r io.Reader) {
	var e Employee
	if err := json.NewDecoder(r).Decode(&e); err != nil {
		return
	}
	log.Printf("welcome, %s", e.Phone)
}
`,
	})
	file := filepath.Join(dir, "staff.go")
	out := filepath.Join(dir, "diagnostics.txt")
	lua := "local HRVET = " + luaString(self(t)) + "\nlocal ROOT = " + luaString(dir) +
		"\nlocal FILE = " + luaString(file) + "\nlocal OUT = " + luaString(out) + "\n" + nvimInit
	initFile := filepath.Join(dir, "init.lua")
	if err := os.WriteFile(initFile, []byte(lua), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-n", "-i", "NONE", "-u", initFile)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_STATE_HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("Neovim wrote no diagnostics: %v", err)
	}
	want := "19:2 hrvet Employee.Phone (phone) reaches log.Printf without a redactor"
	if !strings.Contains(string(got), want) {
		t.Errorf("Neovim shows:\n%s\nwant a line containing %q", got, want)
	}
}

// luaString quotes s as a Lua string literal.
func luaString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}
