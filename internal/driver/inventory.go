package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/hrvet/hrvet/internal/inventory"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

const inventoryUsage = `usage: hrvet inventory [-json] [-C dir] [packages]

Print the record of processing of the packages (default ./...): every
personal field, every flow of personal data to a sink with its guard,
every exposure in a handler's response with its route, authorization and
role, the roles: of .hrvet.yaml, every call of an HR decision with what
it rests on and its review, every special or forbidden field with its
basis, every //hrvet:ignore, and a Mermaid diagram of categories to
sinks. Markdown by default.
Exit status: 0 when written; 1 on an error (a package that does not load or
type-check, a bad .hrvet.yaml), and then nothing is written, since the
record would miss those packages. Findings are not errors here.

Flags:

`

// newInventoryFlagSet defines the flags of 'hrvet inventory' on a fresh
// set, which parses quietly: inventoryMain prints errors and usage itself.
func newInventoryFlagSet() (fs *flag.FlagSet, dir *string, asJSON *bool) {
	fs = flag.NewFlagSet("hrvet inventory", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	dir = fs.String("C", "", "change to `dir` before loading packages, like go -C")
	asJSON = fs.Bool("json", false, "print the record as JSON instead of Markdown")
	return fs, dir, asJSON
}

// inventoryMain implements 'hrvet inventory': it loads the packages as
// Main does, runs the inventory analyzer (which brings pdfields and the
// flow engine) through the same checker, and prints the merged record.
func inventoryMain(args []string, stdout, stderr io.Writer) int {
	fs, dirFlag, asJSON := newInventoryFlagSet()
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, inventoryUsage)
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return exitClean
		}
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		fmt.Fprint(stderr, "usage: hrvet inventory [-json] [-C dir] [packages]\nRun 'hrvet inventory -help' for details.\n")
		return exitError
	}
	dir, err := workDir(*dirFlag)
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		return exitError
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}

	analyzers := []*analysis.Analyzer{inventory.Analyzer}
	initial, err := load(dir, patterns, false, needFacts(analyzers))
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %s\n", loadErrorText(err))
		return exitError
	}
	if len(initial) == 0 {
		fmt.Fprintf(stderr, "hrvet: no packages matched %s\n", strings.Join(patterns, " "))
		return exitError
	}
	var problems problemList
	problems.addPackageErrors(initial, dir)
	graph, err := checker.Analyze(guard(analyzers), roots(initial, false), nil)
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %s\n", oneLine(err.Error()))
		return exitError
	}
	problems.addAnalyzerErrors(graph, dir)

	// A record that misses the packages that failed would understate the
	// processing, so after an error none is written, as -write-baseline
	// writes no baseline.
	if problems.len() == 0 {
		var records []*inventory.Record
		for _, act := range graph.Roots {
			if rec, ok := act.Result.(*inventory.Record); ok {
				records = append(records, rec)
			}
		}
		inv := inventory.Merge(dir, records)
		if *asJSON {
			err = inv.WriteJSON(stdout)
		} else {
			err = inv.WriteMarkdown(stdout)
		}
		if err != nil {
			problems.add("hrvet: writing output: " + oneLine(err.Error()))
		}
	}
	problems.print(stderr)
	if problems.len() > 0 {
		return exitError
	}
	return exitClean
}
