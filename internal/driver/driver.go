// Package driver is hrvet's command line. Standalone, it loads packages
// with go/packages, runs the analyzers with go/analysis/checker and prints
// the findings; when go vet is the caller (-V=full, -flags or a *.cfg
// argument) it hands over to go/analysis/unitchecker.
//
// The analyzers are a parameter, never a list of its own, so the command
// runs whatever internal/suite holds and tests can run analyzers of their
// own through the same code.
//
// # Findings, suppressed findings and fingerprints
//
// After the analysis, Main gathers the findings of the graph and those the
// analyzers' //hrvet:ignore directives suppressed. The latter come from
// report.Suppressions, a process-wide log Main installs for the run, like
// report.Tests: report.Reporter records every finding it drops with the
// ignore's reason, so neither the analyzers nor their results need to
// carry them. Every finding then gets a fingerprint (see fingerprinter)
// that survives code moving above it and edits elsewhere; suppressed
// findings are counted too, so that a fingerprint does not depend on
// whether -sarif was given.
//
// # Baselines
//
// -write-baseline writes the fingerprints of the current findings, sorted,
// with the file, analyzer and message of each for the reviewer; -baseline
// reads such a file and reports only findings whose fingerprint is not in
// it, in the text and -json output alike, and exit code 3 only for those.
// -write-baseline then counts as the baseline of its own run, so it
// reports nothing and exits 0; it refuses to write after errors, since a
// run that skipped broken packages would hide their findings later.
//
// # SARIF
//
// -sarif writes a SARIF 2.1.0 log for code scanning: one rule per analyzer
// described from its Doc, the legal rules the Doc cites first in its
// help; one result per finding at level error, with a region in UTF-16
// columns (an analyzer that gives no end covers the token at the start),
// related locations, and partialFingerprints["hrvet/v1"]; URIs relative
// to %SRCROOT%, the -C directory (or the current one), so run hrvet from
// the repository root for code scanning to find the files. Suppressed
// findings are results with an inSource suppression whose justification
// is the ignore's reason; with a baseline, known findings have an
// external suppression and baselineState unchanged, new ones new. Errors
// of the run are toolExecutionNotifications, and make
// executionSuccessful false.
//
// The log is encoded with encoding/json from the small set of structs in
// sarif.go rather than with github.com/owenrumney/go-sarif: that library
// is maintained and covers partialFingerprints and suppressions, but it
// would bring a JSON-schema validator and its dependencies into every
// hrvet binary for the dozen properties hrvet writes, and its builder API
// leaves no more checked than the plain structs do. The tests validate the
// output against the OASIS schema instead.
package driver

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// Exit codes, as SPEC section 7 fixes them.
const (
	exitClean    = 0 // no findings, no errors
	exitError    = 1 // bad usage, a package that does not load or type-check, an analyzer error
	exitFindings = 3 // findings and no errors
)

// Main runs hrvet standalone on args, the command line without the program
// name. Findings go to stdout, errors to stderr, one line each. It returns
// the exit code: 0 clean, 1 error, 3 findings (an error wins over findings,
// because a run that failed somewhere cannot vouch for the rest).
//
// Main sets report.Tests and the analyzers' own flags, which are
// process-wide, so calls must not overlap.
func Main(args []string, stdout, stderr io.Writer, analyzers []*analysis.Analyzer) int {
	if err := analysis.Validate(analyzers); err != nil {
		fmt.Fprintf(stderr, "hrvet: invalid analyzer: %v\n", oneLine(err.Error()))
		return exitError
	}
	if len(args) > 0 && args[0] == "help" {
		return help(args[1:], stdout, stderr, analyzers)
	}
	if len(args) > 0 && args[0] == "inventory" {
		return inventoryMain(args[1:], stdout, stderr)
	}

	opts, code, ok := parseFlags(args, stdout, stderr, analyzers)
	if !ok {
		return code
	}

	saved := report.Tests
	report.Tests = opts.tests
	defer func() { report.Tests = saved }()

	dir, err := workDir(opts.dir)
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		return exitError
	}
	patterns := opts.patterns
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}

	// A baseline that cannot be read fails the run before the work starts.
	var known map[string]bool
	if opts.baseline != "" {
		known, err = readBaseline(resolve(dir, opts.baseline), opts.baseline)
		if err != nil {
			fmt.Fprintf(stderr, "hrvet: %s\n", oneLine(err.Error()))
			return exitError
		}
	}

	// Suppressed findings are always recorded, not only for -sarif: they
	// count in the fingerprints' occurrence numbers, which must not depend
	// on the output asked for.
	suppressed := new(report.SuppressionLog)
	savedLog := report.Suppressions
	report.Suppressions = suppressed
	defer func() { report.Suppressions = savedLog }()

	var problems problemList
	initial, err := load(dir, patterns, opts.tests, needFacts(opts.analyzers))
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %s\n", loadErrorText(err))
		return exitError
	}
	if len(initial) == 0 {
		fmt.Fprintf(stderr, "hrvet: no packages matched %s\n", strings.Join(patterns, " "))
		return exitError
	}
	problems.addPackageErrors(initial, dir)

	rootPkgs := roots(initial, opts.tests)
	graph, err := checker.Analyze(guardReleasing(opts.analyzers, rootPkgs), rootPkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %s\n", oneLine(err.Error()))
		return exitError
	}
	problems.addAnalyzerErrors(graph, dir)

	all := collectFindings(graph, dir)
	all = sortFindings(append(all, suppressedFindings(suppressed.Entries(), dir)...))
	fp := newFingerprinter(graph, dir)
	fp.apply(all)

	// From here on hrvet writes the user's files; a ^C lets the file
	// being written be finished (see interrupts).
	if opts.writeBaseline != "" || opts.fix || opts.sarif != "" {
		held := holdInterrupts()
		defer held.release()
		opts.interrupts = held
	}
	if opts.writeBaseline != "" {
		// A run with errors misses the findings of the packages that
		// failed; a baseline written from it would hide them later.
		if problems.len() > 0 {
			problems.add("hrvet: -write-baseline: not written, because of the errors above")
		} else if known, err = writeBaseline(resolve(dir, opts.writeBaseline), all); err != nil {
			problems.add("hrvet: " + oneLine(err.Error()))
		}
	}
	markBaselined(all, known)

	if opts.json {
		dropBaselined(graph, all, dir)
		err = printJSON(stdout, graph)
	} else {
		_, err = writeText(stdout, all, dir)
	}
	if err != nil {
		problems.add("hrvet: writing output: " + oneLine(err.Error()))
	}
	reportedInterrupt := false
	if opts.fix && !opts.interrupts.arrived() {
		if done, err := applyFixes(graph, opts.interrupts); err != nil {
			problems.add("hrvet: " + oneLine(err.Error()))
			reportedInterrupt = errors.Is(err, errInterrupted)
		} else if done.fixes > 0 {
			fmt.Fprintf(stderr, "hrvet: applied %d fixes in %d files\n", done.fixes, done.files)
			for _, gomod := range done.needHrvet {
				fmt.Fprintln(stderr, needHrvetLine(gomod, dir))
			}
		}
	}
	if opts.sarif != "" && !opts.interrupts.arrived() {
		in := &sarifInput{
			dir:         dir,
			analyzers:   opts.analyzers,
			findings:    all,
			src:         fp.src,
			baseline:    cmp.Or(opts.writeBaseline, opts.baseline),
			hasBaseline: opts.baseline != "" || opts.writeBaseline != "",
			problems:    problems.lines,
			toolVersion: toolVersion(),
		}
		if err := writeSARIF(resolve(dir, opts.sarif), in); err != nil {
			problems.add("hrvet: " + oneLine(err.Error()))
		}
	}
	if opts.interrupts.arrived() && !reportedInterrupt {
		problems.add("hrvet: " + errInterrupted.Error() + "; the files written so far are whole")
	}
	problems.print(stderr)

	switch {
	case problems.len() > 0:
		return exitError
	case countNew(all) > 0:
		return exitFindings
	default:
		return exitClean
	}
}

// resolve returns file, named on the command line, as a path to use: a
// relative name is taken relative to the -C directory, like the package
// patterns.
func resolve(dir, file string) string {
	if filepath.IsAbs(file) {
		return file
	}
	return filepath.Join(dir, file)
}

// workDir returns the absolute directory to load packages from: the -C
// directory when given, like go -C, else the current one. File names in
// the text output are relative to it.
func workDir(flagDir string) (string, error) {
	if flagDir == "" {
		return os.Getwd()
	}
	abs, err := filepath.Abs(flagDir)
	if err != nil {
		return "", fmt.Errorf("-C %s: %w", flagDir, err)
	}
	info, err := os.Stat(abs)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("-C %s: no such directory", flagDir)
	}
	if err != nil {
		return "", fmt.Errorf("-C %s: %w", flagDir, err)
	}
	if !info.IsDir() {
		return "", fmt.Errorf("-C %s: not a directory", flagDir)
	}
	return abs, nil
}
