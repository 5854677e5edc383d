package pdfields

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"strings"

	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/report"
	"github.com/hrvet/hrvet/internal/suggest"
	"golang.org/x/tools/go/analysis"
)

// configEntry is one function the config file names, in one of its
// sections (sinks, consent, redact, basis, authorize, decisions, reviews).
type configEntry struct {
	section string
	fn      string // as types.Func.FullName prints it
	line    int
}

// reportUnmatched reports each entry that names a function or method of
// this package that the package does not have: a typo there turns the
// consent check, sink or review it meant into nothing, silently. The
// finding stands on the entry's line of the config file, with the nearest
// name the package does have. declared holds the full names of the
// package's functions and methods.
//
// Each entry is checked by the package it names, when that package is
// analysed with this config file: so once, and only where the answer is
// known. An entry naming a package outside what was analysed (another
// module, or a part of the module left out of the command line's
// patterns) is not checked, nor is one naming a package that does not
// exist, since no package analysed can tell that it is missing.
func (c *Catalog) reportUnmatched(entries []configEntry, declared []string) {
	path := c.pass.Pkg.Path()
	have := make(map[string]bool, len(declared))
	var names []string // declared without the package path, for suggestions
	for _, d := range declared {
		have[d] = true
		if _, name, ok := splitFuncName(d); ok {
			names = append(names, name)
		}
	}
	var pos func(line int) token.Pos
	for _, e := range entries {
		pkg, name, ok := splitFuncName(e.fn)
		if !ok || pkg != path || have[e.fn] {
			continue
		}
		if pos == nil {
			pos = configLines(c.pass, c.cfg.Path)
		}
		p := pos(e.line)
		if !p.IsValid() {
			continue // the file changed under the run: its line is gone
		}
		fix := "fix the name or remove the entry"
		if near := suggest.Nearest(name, names); near != "" {
			fix = "did you mean " + qualify(e.fn, near) + "?"
		}
		report.Report(c.pass, analysis.Diagnostic{
			Pos: p,
			Message: fmt.Sprintf("%s entry %s names no function or method of %s, so it marks nothing; %s",
				e.section, e.fn, path, fix),
		})
	}
}

// qualify writes name, a function's full name without its package path,
// back into the shape of entry: "Has" in "example.com/m.Hass" gives
// "example.com/m.Has", "(*Client).Push" gives "(*example.com/m.Client).Push".
func qualify(entry, name string) string {
	pkg, _, _ := splitFuncName(entry)
	if rest, ok := strings.CutPrefix(name, "(*"); ok {
		return "(*" + pkg + "." + rest
	}
	if rest, ok := strings.CutPrefix(name, "("); ok {
		return "(" + pkg + "." + rest
	}
	return pkg + "." + name
}

// splitFuncName splits a full name as types.Func.FullName prints it into
// the package path and the rest, the receiver's parentheses kept without
// the path: "example.com/m.F" is "example.com/m" and "F";
// "(*example.com/m.T).M" is "example.com/m" and "(*T).M".
func splitFuncName(full string) (pkg, name string, ok bool) {
	star := ""
	recv, method, isMethod := "", "", false
	if rest, found := strings.CutPrefix(full, "("); found {
		if rest, found = strings.CutPrefix(rest, "*"); found {
			star = "*"
		}
		i := strings.Index(rest, ").")
		if i < 0 {
			return "", "", false
		}
		recv, method, isMethod = rest[:i], rest[i+2:], true
	} else {
		recv = full
	}
	slash := strings.LastIndexByte(recv, '/')
	dot := strings.IndexByte(recv[slash+1:], '.')
	if dot < 0 {
		return "", "", false
	}
	pkg, local := recv[:slash+1+dot], recv[slash+1+dot+1:]
	if isMethod {
		return pkg, "(" + star + local + ")." + method, true
	}
	return pkg, local, true
}

// configLines adds the config file at path to the pass's file set, so
// that a finding can stand on one of its lines, and returns the position
// of a line's start (token.NoPos if the file cannot be read or has no
// such line).
func configLines(pass *analysis.Pass, path string) func(line int) token.Pos {
	data, err := os.ReadFile(path)
	if err != nil {
		return func(int) token.Pos { return token.NoPos }
	}
	f := pass.Fset.AddFile(path, -1, len(data))
	f.SetLinesForContent(data)
	return func(line int) token.Pos {
		if line < 1 || line > f.LineCount() {
			return token.NoPos
		}
		return f.LineStart(line)
	}
}

// configName returns fn's name as the config file writes it: its full
// name with a generic receiver's type parameters dropped, so that
// (*p.List).Push names the method of every List[T].
func configName(fn *types.Func) string {
	if name, ok := config.FuncNameOf(fn); ok {
		return name.String()
	}
	return fn.FullName()
}
