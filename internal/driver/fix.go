package driver

import (
	"bytes"
	"fmt"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// fileEdit is one suggested replacement, in byte offsets of its file.
type fileEdit struct {
	start, end int
	text       string
}

// fixed is what applyFixes did.
type fixed struct {
	fixes, files int
	// needHrvet lists the go.mod files of the modules whose files a fix
	// made import hrvet's annotations package though they do not require
	// github.com/hrvet/hrvet: they do not build until it is added.
	needHrvet []string
}

// applyFixes applies the first suggested fix of every reported finding
// (x/tools keeps its own fix applier internal). A fix whose edits overlap
// an edit already taken is skipped whole, so no file is half-fixed; the
// same fix reached through two package variants is applied once. Changed
// files are gofmt-ed when they still parse. It returns how many fixes were
// applied, how many files changed, and the modules that now need hrvet.
//
// Each file is written whole or not at all (writeFile). When held reports
// a signal, applyFixes stops between files and says how far it got.
func applyFixes(graph *checker.Graph, held *interrupts) (out fixed, err error) {
	edits := make(map[string][]fileEdit)         // file name -> accepted edits
	seen := make(map[string]bool)                // fixes already taken, by file and edits
	modules := make(map[string]*packages.Module) // file name -> its module
	for _, act := range graph.Roots {
		if act.Err != nil {
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			byFile := make(map[string][]fileEdit)
			ok := true
			for _, te := range d.SuggestedFixes[0].TextEdits {
				tf := fset.File(te.Pos)
				if tf == nil {
					ok = false
					break
				}
				end := te.End
				if !end.IsValid() {
					end = te.Pos
				}
				byFile[tf.Name()] = append(byFile[tf.Name()], fileEdit{tf.Offset(te.Pos), tf.Offset(end), string(te.NewText)})
			}
			key := fmt.Sprint(byFile)
			if !ok || seen[key] {
				continue
			}
			byFile = withoutShared(edits, byFile)
			if conflicts(edits, byFile) {
				continue
			}
			seen[key] = true
			for name, es := range byFile {
				edits[name] = append(edits[name], es...)
				modules[name] = act.Package.Module
			}
			out.fixes++
		}
	}
	names := make([]string, 0, len(edits))
	for name := range edits {
		names = append(names, name)
	}
	sort.Strings(names)
	needs := make(map[string]bool)
	for _, name := range names {
		if held.arrived() {
			return out, interruptedError(out.files, len(names))
		}
		if err := rewrite(name, edits[name]); err != nil {
			return out, err
		}
		out.files++
		if mod := modules[name]; importsAnnotations(edits[name]) && !requiresHrvet(mod) && mod != nil && mod.GoMod != "" {
			needs[mod.GoMod] = true
		}
	}
	out.needHrvet = slices.Sorted(maps.Keys(needs))
	return out, nil
}

// needHrvetLine says what to run for the module of gomod to build after
// the fixes, with paths relative to dir, where hrvet ran.
func needHrvetLine(gomod, dir string) string {
	get := "go get " + hrvetModule + "/annotations"
	where := relPath(filepath.Dir(gomod), dir)
	if where != "." {
		get = "cd " + where + " && " + get
	}
	return fmt.Sprintf("hrvet: the fixes import %s/annotations, which %s does not require yet, so it will not build; run: %s",
		hrvetModule, relPath(gomod, dir), get)
}

// hrvetModule is hrvet's module path, and annotationsImport the import
// line of its annotations package as a fix writes it (logleak wraps data
// in annotations.Mask when the code has no redactor of its own at hand).
const (
	hrvetModule       = "github.com/hrvet/hrvet"
	annotationsImport = `"` + hrvetModule + `/annotations"`
)

// importsAnnotations reports whether edits add an import of hrvet's
// annotations package.
func importsAnnotations(edits []fileEdit) bool {
	return slices.ContainsFunc(edits, func(e fileEdit) bool { return strings.Contains(e.text, annotationsImport) })
}

// requiresHrvet reports whether mod is hrvet itself or requires it in
// its go.mod. A module the go command did not describe (GOPATH mode)
// counts as requiring it: there is no go.mod to tell.
func requiresHrvet(mod *packages.Module) bool {
	if mod == nil || mod.GoMod == "" || mod.Path == hrvetModule {
		return true
	}
	data, err := os.ReadFile(mod.GoMod)
	if err != nil {
		return true
	}
	f, err := modfile.ParseLax(mod.GoMod, data, nil)
	if err != nil {
		return true
	}
	return slices.ContainsFunc(f.Require, func(r *modfile.Require) bool { return r.Mod.Path == hrvetModule })
}

// withoutShared drops the edits of a fix that an accepted fix already
// makes, such as the same import added by two fixes in one file.
func withoutShared(accepted, fix map[string][]fileEdit) map[string][]fileEdit {
	out := make(map[string][]fileEdit, len(fix))
	for name, es := range fix {
		for _, e := range es {
			if !slices.Contains(accepted[name], e) {
				out[name] = append(out[name], e)
			}
		}
	}
	return out
}

// conflicts reports whether any edit of a fix overlaps an accepted one;
// two insertions at one place conflict too, since their order is unknown.
func conflicts(accepted, fix map[string][]fileEdit) bool {
	for name, es := range fix {
		for _, e := range es {
			for _, a := range accepted[name] {
				if e.start < a.end && a.start < e.end || e.start == a.start {
					return true
				}
			}
		}
	}
	return false
}

// rewrite applies non-overlapping edits to a file.
func rewrite(name string, edits []fileEdit) error {
	src, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("-fix: %w", err)
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last || e.end > len(src) {
			return fmt.Errorf("-fix: %s changed while hrvet ran; run it again", name)
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	result := out.Bytes()
	if formatted, err := format.Source(result); err == nil {
		result = formatted
	}
	if err := writeBytes(name, 0o644, result); err != nil {
		return fmt.Errorf("-fix: %w", err)
	}
	return nil
}
