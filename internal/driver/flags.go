package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// options is what one command line asks for.
type options struct {
	// interrupts holds ^C while hrvet writes files; nil before that
	interrupts *interrupts

	fix           bool                 // -fix: apply suggested fixes
	dir           string               // -C
	json          bool                 // -json
	tests         bool                 // -tests
	sarif         string               // -sarif: the SARIF file to write
	baseline      string               // -baseline: the baseline file to read
	writeBaseline string               // -write-baseline: the baseline file to write
	patterns      []string             // the package patterns
	analyzers     []*analysis.Analyzer // the analyzers left on by -NAME flags
}

// parseFlags parses args. ok is false when the caller is to return code at
// once: after -h (usage on stdout, 0) or a bad flag (one line and a short
// usage on stderr, 1 rather than package flag's 2, as SPEC section 7 says).
func parseFlags(args []string, stdout, stderr io.Writer, analyzers []*analysis.Analyzer) (opts options, code int, ok bool) {
	fs, switches, err := newFlagSet(&opts, analyzers)
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		return opts, exitError, false
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout, fs, analyzers)
			return opts, exitClean, false
		}
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		printShortUsage(stderr)
		return opts, exitError, false
	}
	opts.patterns = fs.Args()
	opts.analyzers = switches.selected(analyzers)
	return opts, exitClean, true
}

// newFlagSet defines hrvet's flags on a fresh set bound to opts: the core
// flags, a switch -NAME per analyzer, and each analyzer's own flags as
// -NAME.FLAG, the way go vet names them.
func newFlagSet(opts *options, analyzers []*analysis.Analyzer) (*flag.FlagSet, switches, error) {
	fs := flag.NewFlagSet("hrvet", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // parseFlags prints errors and usage itself
	fs.Usage = func() {}

	fs.StringVar(&opts.dir, "C", "", "change to `dir` before loading packages, like go -C")
	fs.BoolVar(&opts.json, "json", false, "print findings as the go/analysis JSON tree on stdout")
	fs.BoolVar(&opts.tests, "tests", false, "analyze test files too and report findings in them")
	fs.BoolVar(&opts.fix, "fix", false, "apply the findings' suggested fixes to the source files")
	fs.StringVar(&opts.sarif, "sarif", "", "also write the findings to `file` as SARIF 2.1.0, for code scanning")
	fs.StringVar(&opts.baseline, "baseline", "", "report only findings not listed in the baseline `file`")
	fs.StringVar(&opts.writeBaseline, "write-baseline", "", "write the current findings to the baseline `file` and report none of them")

	sw := make(switches, len(analyzers))
	for _, a := range analyzers {
		if fs.Lookup(a.Name) != nil {
			return nil, nil, fmt.Errorf("analyzer %s: its name is already a flag", a.Name)
		}
		state := new(triState)
		fs.Var(state, a.Name, fmt.Sprintf("enable the %s analyzer", a.Name))
		sw[a] = state

		var clash error
		a.Flags.VisitAll(func(f *flag.Flag) {
			name := a.Name + "." + f.Name
			if fs.Lookup(name) != nil {
				clash = fmt.Errorf("analyzer %s: flag -%s is defined twice", a.Name, name)
				return
			}
			fs.Var(f.Value, name, f.Usage)
		})
		if clash != nil {
			return nil, nil, clash
		}
	}
	return fs, sw, nil
}

// switches holds the -NAME flag of each analyzer.
type switches map[*analysis.Analyzer]*triState

// selected applies the multichecker convention: if any -NAME is set true,
// only those analyzers run; otherwise all run but those set false.
func (sw switches) selected(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	only := false
	for _, a := range analyzers {
		if *sw[a] == stateOn {
			only = true
		}
	}
	var keep []*analysis.Analyzer
	for _, a := range analyzers {
		state := *sw[a]
		if only && state == stateOn || !only && state != stateOff {
			keep = append(keep, a)
		}
	}
	return keep
}

// triState is a boolean flag that remembers whether it was set at all,
// which a plain bool flag cannot tell from false.
type triState int

const (
	stateUnset triState = iota
	stateOn
	stateOff
)

// Set implements flag.Value.
func (s *triState) Set(value string) error {
	on, err := strconv.ParseBool(value)
	if err != nil {
		return errors.New("want true or false")
	}
	if on {
		*s = stateOn
	} else {
		*s = stateOff
	}
	return nil
}

// String implements flag.Value; an unset switch reads as its default, true.
func (s *triState) String() string {
	if s != nil && *s == stateOff {
		return "false"
	}
	return "true"
}

// IsBoolFlag lets -NAME stand for -NAME=true.
func (s *triState) IsBoolFlag() bool { return true }
