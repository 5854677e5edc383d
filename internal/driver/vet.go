package driver

import (
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// Command is the whole of a main function: it serves go vet when go vet is
// the caller and otherwise runs Main on the process's arguments. It does
// not return.
func Command(analyzers []*analysis.Analyzer) {
	args := os.Args[1:]
	if IsVetInvocation(args) {
		Vet(analyzers)
	}
	os.Exit(Main(args, os.Stdout, os.Stderr, analyzers))
}

// IsVetInvocation reports whether args, the command line without the
// program name, follow go vet's -vettool protocol: -V=full (the tool's
// identity, for the build cache), -flags (the flags it accepts, as JSON)
// or, last, the *.cfg file describing one compilation unit.
func IsVetInvocation(args []string) bool {
	for _, arg := range args {
		if isVersionFlag(arg) || arg == "-flags" || arg == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

func isVersionFlag(arg string) bool { return arg == "-V=full" || arg == "--V=full" }

// Vet hands the process to unitchecker, which analyzes the one package go
// vet describes and passes facts on through files go vet keeps. It does not
// return.
//
// go vet gives the tool the _test.go files of the package it vets, so -tests
// is defined here too, on the command line unitchecker parses: -flags lists
// it, go vet accepts it ("go vet -vettool=$(which hrvet) -tests ./...") and
// passes it on, and report.Tests follows it. The exit code is go vet's own.
//
// Two steps come before unitchecker's own:
//   - -V=full prints an identity that covers the config files as well as
//     the executable (see vetIdentity), and stops go vet with one error
//     when one of them is broken.
//   - For a package, the config file that applies to it is read first: a
//     broken one is one "file:line: key: message" line and exit code 1,
//     where unitchecker would report the error of the analyzer that read
//     it and "failed prerequisites" for every analyzer after it. A config
//     problem only the analysis finds (a source naming a type the package
//     lacks) ends the process the same way (see vetGuard).
//   - A package one of whose imports the tool failed on is not analysed:
//     it says so in one line, where unitchecker would print "could not
//     import" errors.
func Vet(analyzers []*analysis.Analyzer) {
	args := os.Args[1:]
	for _, arg := range args {
		if isVersionFlag(arg) {
			os.Exit(vetIdentity(os.Stdout, os.Stderr))
		}
	}
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") {
		unit := readUnit(args[n-1])
		if unit.VetxOnly {
			// A package go vet analyses only for its facts (a
			// dependency of those it reports on, the standard library
			// included) is analysed with the defaults when its
			// configuration is broken: a broken -pdfields.settings,
			// which every package meets, is then told once in each
			// package the user asked for, not in every package of the
			// standard library below them, and a broken .hrvet.yaml in
			// another module does not stop the user's run. Problems of
			// the main module's files have stopped go vet before it
			// started (see vetIdentity).
			config.SetLenient(true)
		}
		if failed := unit.failedImport(); failed != "" {
			// The import's failure was reported when go vet ran the
			// tool on it; unitchecker would say "could not import ...
			// (no package vetx file ...)" here.
			fmt.Fprintf(os.Stderr, "hrvet: not analysed, because the analysis of its import %s failed\n", failed)
			os.Exit(exitError)
		}
		if err := unit.checkConfig(); err != nil {
			failConfig(err)
		}
	}
	flag.BoolVar(&report.Tests, "tests", false, "report findings in _test.go files")
	unitchecker.Main(vetGuard(analyzers)...)
}

// vetIdentity answers -V=full. go vet keys its cache of the tool's output
// (the findings, since Go 1.26) and of the facts it passes between
// packages by the build ID printed here, the flags, and the package and
// its dependencies; the config files are none of these. So the build ID
// here is a hash of the executable, as unitchecker's is, and of every
// .hrvet.yaml of the main module or workspace (config.FindTree): editing
// one makes go vet run the tool again. In a module, a config file that
// does not parse stops go vet here, before any package, with its problems
// as "file:line: key: message" lines (names relative to the current
// directory, where go vet runs the tool) and exit code 1; go vet adds a
// line of its own ("go: error obtaining buildID ...").
func vetIdentity(stdout, stderr io.Writer) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		return exitError
	}
	h := sha256.New()
	f, err := os.Open(exe)
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		return exitError
	}
	_, err = io.Copy(h, f)
	f.Close()
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: reading %s: %v\n", exe, err)
		return exitError
	}
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		return exitError
	}
	tree, err := config.FindTree(cwd)
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		return exitError
	}
	if tree.InModule {
		if err := tree.Check(); err != nil {
			printConfigError(stderr, err, cwd)
			return exitError
		}
	}
	digest, err := tree.Digest()
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		return exitError
	}
	fmt.Fprintf(h, "\x00config %s", digest)
	fmt.Fprintf(stdout, "%s version devel hrvet buildID=%x\n", filepath.Base(exe), h.Sum(nil))
	return 0
}

// vetUnit is what hrvet reads of the *.cfg file go vet describes a
// package with; unitchecker reads the rest.
type vetUnit struct {
	VetxOnly    bool // a dependency, analysed for its facts alone
	GoFiles     []string
	PackageFile map[string]string // import path -> export data
	PackageVetx map[string]string // import path -> facts
}

// readUnit reads a *.cfg file; what it cannot read is left for
// unitchecker to report.
func readUnit(cfgFile string) *vetUnit {
	var unit vetUnit
	if data, err := os.ReadFile(cfgFile); err == nil {
		json.Unmarshal(data, &unit) // unitchecker reports a bad file
	}
	return &unit
}

// failedImport returns the path of an import whose analysis failed, or
// "". go vet runs the tool on every package it compiles for the one it
// vets, and hands the facts of each on; an import whose export data it
// gives but whose facts it does not is one the tool failed on.
func (u *vetUnit) failedImport() string {
	var failed []string
	for path := range u.PackageFile {
		if _, ok := u.PackageVetx[path]; !ok {
			failed = append(failed, path)
		}
	}
	if len(failed) == 0 {
		return ""
	}
	slices.Sort(failed)
	return failed[0]
}

// checkConfig reads the config file that applies to the package, as
// pdfields will.
func (u *vetUnit) checkConfig() error {
	if len(u.GoFiles) == 0 {
		return nil
	}
	_, err := config.Load(filepath.Dir(u.GoFiles[0]))
	return err
}

// printConfigError prints err as configErrorLines does, or as one
// "hrvet: " line when it is not a config file's problem.
func printConfigError(w io.Writer, err error, dir string) {
	lines, ok := configErrorLines(err, dir)
	if !ok {
		lines = []string{"hrvet: " + oneLine(err.Error())}
	}
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

// vetGuard is guard for unitchecker, with one more rule: an analyzer
// error that is a config file's problem (a source naming a type the
// package lacks, say) is printed as configErrorLines prints it and ends
// the process with exit code 1 at once. unitchecker would instead report
// it for the analyzer that met it and "failed prerequisites" for each
// analyzer that needs that one, and go vet would print whichever of them
// it read first. The package's analysis cannot go on without its config,
// so nothing is lost by stopping.
func vetGuard(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	out, g := newGuarded(analyzers)
	g.onError = func(err error) {
		if _, ok := configErrorLines(err, ""); ok {
			failConfig(err)
		}
	}
	return out
}

// failConfig prints a config problem and ends the process with exit code 1.
func failConfig(err error) {
	printConfigError(os.Stderr, err, "")
	os.Exit(exitError)
}
