package driver

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"slices"
	"sort"

	"golang.org/x/tools/go/analysis/checker"
)

// fileEdit is one suggested replacement, in byte offsets of its file.
type fileEdit struct {
	start, end int
	text       string
}

// applyFixes applies the first suggested fix of every reported finding
// (x/tools keeps its own fix applier internal). A fix whose edits overlap
// an edit already taken is skipped whole, so no file is half-fixed; the
// same fix reached through two package variants is applied once. Changed
// files are gofmt-ed when they still parse. It returns how many fixes were
// applied and how many files changed.
func applyFixes(graph *checker.Graph) (fixes, files int, err error) {
	edits := make(map[string][]fileEdit) // file name -> accepted edits
	seen := make(map[string]bool)        // fixes already taken, by file and edits
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
			}
			fixes++
		}
	}
	names := make([]string, 0, len(edits))
	for name := range edits {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := rewrite(name, edits[name]); err != nil {
			return fixes, files, err
		}
		files++
	}
	return fixes, files, nil
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
	info, err := os.Stat(name)
	if err != nil {
		return fmt.Errorf("-fix: %w", err)
	}
	if err := os.WriteFile(name, result, info.Mode().Perm()); err != nil {
		return fmt.Errorf("-fix: %w", err)
	}
	return nil
}
