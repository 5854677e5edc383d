// Package driver is hrvet's command line. Standalone, it loads packages
// with go/packages, runs the analyzers with go/analysis/checker and prints
// the findings; when go vet is the caller (-V=full, -flags or a *.cfg
// argument) it hands over to go/analysis/unitchecker.
//
// The analyzers are a parameter, never a list of its own, so the command
// runs whatever internal/suite holds and tests can run analyzers of their
// own through the same code.
package driver

import (
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

	graph, err := checker.Analyze(guard(opts.analyzers), roots(initial, opts.tests), nil)
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %s\n", oneLine(err.Error()))
		return exitError
	}
	problems.addAnalyzerErrors(graph)

	var findings int
	if opts.json {
		findings, err = printJSON(stdout, graph)
	} else {
		findings, err = printText(stdout, graph, dir)
	}
	if err != nil {
		problems.add("hrvet: writing output: " + oneLine(err.Error()))
	}
	problems.print(stderr)

	switch {
	case problems.len() > 0:
		return exitError
	case findings > 0:
		return exitFindings
	default:
		return exitClean
	}
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
