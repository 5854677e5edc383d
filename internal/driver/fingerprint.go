package driver

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/checker"
)

// fingerprintKey names the fingerprint in SARIF's partialFingerprints. The
// version changes whenever the recipe below does, so that code scanning
// and baselines never compare fingerprints of two recipes.
const fingerprintKey = "hrvet/v1"

// A fingerprint identifies a finding across edits that do not touch it. It
// is the first 16 bytes, in hex, of the SHA-256 of
//
//	analyzer NUL file NUL message NUL line
//
// followed by ":" and the finding's occurrence among those with the same
// hash, counted from 1 in file order. file is the file's module path and
// path within the module ("example.com/hr/api/notify.go"), so it does not
// depend on where the module is checked out or which directory hrvet runs
// in; line is the text of the finding's line without its white space, so
// that gofmt realigning a struct's fields or comments changes nothing.
// Line and column numbers are left out, so a finding keeps its fingerprint
// when code above it moves, when it is reindented, and when code elsewhere
// changes; it gets a new one when its own line, its message or its file
// changes, which is when a reviewer ought to look again. The occurrence
// number tells identical findings on identical lines apart, as code
// scanning's own line hashes do.
type fingerprinter struct {
	dir     string
	modules []moduleRoot // longest directory first
	src     sourceLines
}

// moduleRoot is where a module's files are.
type moduleRoot struct {
	dir, path string
}

// newFingerprinter returns a fingerprinter for the findings of graph, whose
// files lie in the modules of its root packages.
func newFingerprinter(graph *checker.Graph, dir string) *fingerprinter {
	fp := &fingerprinter{dir: dir, src: make(sourceLines)}
	seen := make(map[string]bool)
	for _, act := range graph.Roots {
		m := act.Package.Module
		if m == nil || m.Dir == "" || seen[m.Dir] {
			continue
		}
		seen[m.Dir] = true
		fp.modules = append(fp.modules, moduleRoot{dir: m.Dir, path: m.Path})
	}
	slices.SortFunc(fp.modules, func(a, b moduleRoot) int {
		return cmp.Or(cmp.Compare(len(b.dir), len(a.dir)), cmp.Compare(a.dir, b.dir))
	})
	return fp
}

// apply sets the fingerprint of every finding, reported and suppressed
// alike: counting both keeps an occurrence number from changing when an
// identical finding before it is suppressed. all must be sorted.
func (fp *fingerprinter) apply(all []finding) {
	seen := make(map[string]int)
	for i := range all {
		f := &all[i]
		sum := sha256.Sum256([]byte(f.analyzer + "\x00" + fp.fileID(f.posn.Filename) + "\x00" + f.message + "\x00" + fp.lineText(f.posn)))
		hash := hex.EncodeToString(sum[:16])
		seen[hash]++
		f.fingerprint = hash + ":" + strconv.Itoa(seen[hash])
	}
}

// fileID names file by its module path and its path in the module when it
// lies in one of the modules, else by its path relative to the run's
// directory, slash-separated either way.
func (fp *fingerprinter) fileID(file string) string {
	if file == "" {
		return ""
	}
	for _, m := range fp.modules {
		if rel, ok := under(file, m.dir); ok {
			return path.Join(m.path, filepath.ToSlash(rel))
		}
	}
	return filepath.ToSlash(relPath(file, fp.dir))
}

// under returns file relative to dir if it lies under dir.
func under(file, dir string) (string, bool) {
	rel, err := filepath.Rel(dir, file)
	if err != nil || !filepath.IsLocal(rel) {
		return "", false
	}
	return rel, true
}

// lineText returns the text of posn's line without white space, or ""
// when the file cannot be read.
func (fp *fingerprinter) lineText(posn token.Position) string {
	return strings.Join(strings.Fields(fp.src.line(posn.Filename, posn.Line)), "")
}

// sourceLines holds the lines of the files findings are in, read once.
type sourceLines map[string][]string

// line returns line n (from 1) of file as written, without its newline, or
// "" when there is no such line.
func (src sourceLines) line(file string, n int) string {
	if file == "" || n < 1 {
		return ""
	}
	lines, ok := src[file]
	if !ok {
		data, err := os.ReadFile(file)
		if err == nil {
			for l := range bytes.Lines(data) {
				lines = append(lines, strings.TrimRight(string(l), "\r\n"))
			}
		}
		src[file] = lines
	}
	if n > len(lines) {
		return ""
	}
	return lines[n-1]
}
