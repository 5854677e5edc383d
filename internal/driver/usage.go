package driver

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"
)

const usageIntro = `hrvet checks Go code that handles employees' personal data against the
Russian Labour Code (arts. 85-90) and Council of Europe Convention 108.

Usage:

	hrvet [flags] [packages]     analyze packages (default ./...)
	hrvet help [analyzer]        describe hrvet, or one analyzer and its flags
	hrvet inventory [-json] [-C dir] [packages]
	                             the record of processing (Labour Code art. 89)
	hrvet lsp                    the language server, on stdin and stdout, for editors
	go vet -vettool=$(which hrvet) [flags] [packages]

`

const usageOutro = `
Findings go to stdout as "file:line:col: analyzer: message", errors to stderr.
Exit status: 0 no findings, 1 error, 3 findings (with -baseline, new ones).
Run 'hrvet help NAME' for an analyzer's documentation and flags (-NAME.FLAG).
`

// printShortUsage is what follows a bad flag on stderr.
func printShortUsage(w io.Writer) {
	fmt.Fprint(w, "usage: hrvet [flags] [packages]\nRun 'hrvet -help' for details.\n")
}

// printUsage writes the full usage: the commands, the analyzers with the
// first line of their Doc, and the core flags. Analyzers' own flags are
// left to 'hrvet help NAME'.
func printUsage(w io.Writer, fs *flag.FlagSet, analyzers []*analysis.Analyzer) {
	fmt.Fprint(w, usageIntro)
	fmt.Fprint(w, "Analyzers:\n\n")
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, a := range analyzers {
		fmt.Fprintf(tw, "\t%s\t%s\n", a.Name, firstLine(a.Doc))
	}
	tw.Flush()
	fmt.Fprint(w, "\nEvery analyzer runs by default. -NAME=false turns analyzer NAME off;\n"+
		"-NAME (true) runs only the analyzers named that way.\n")

	isSwitch := make(map[string]bool, len(analyzers))
	for _, a := range analyzers {
		isSwitch[a.Name] = true
	}
	core := flag.NewFlagSet("hrvet", flag.ContinueOnError)
	core.SetOutput(w)
	fs.VisitAll(func(f *flag.Flag) {
		if !isSwitch[f.Name] && !strings.Contains(f.Name, ".") {
			redefine(core, f)
		}
	})
	fmt.Fprint(w, "\nFlags:\n\n")
	core.PrintDefaults()
	fmt.Fprint(w, usageOutro)
}

// help implements 'hrvet help [analyzer...]'.
func help(names []string, stdout, stderr io.Writer, analyzers []*analysis.Analyzer) int {
	var opts options
	fs, _, err := newFlagSet(&opts, analyzers)
	if err != nil {
		fmt.Fprintf(stderr, "hrvet: %v\n", err)
		return exitError
	}
	if len(names) == 0 {
		printUsage(stdout, fs, analyzers)
		return exitClean
	}
	byName := make(map[string]*analysis.Analyzer, len(analyzers))
	for _, a := range analyzers {
		byName[a.Name] = a
	}
	for _, name := range names {
		if byName[name] == nil {
			fmt.Fprintf(stderr, "hrvet: unknown analyzer %q; run 'hrvet help' for the list\n", name)
			return exitError
		}
	}
	for i, name := range names {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		printAnalyzerHelp(stdout, fs, byName[name])
	}
	return exitClean
}

// printAnalyzerHelp writes a's whole Doc and its flags as hrvet names them.
func printAnalyzerHelp(w io.Writer, fs *flag.FlagSet, a *analysis.Analyzer) {
	title, rest, _ := strings.Cut(strings.TrimSpace(a.Doc), "\n")
	fmt.Fprintf(w, "%s: %s\n", a.Name, title)
	if rest = strings.TrimSpace(rest); rest != "" {
		fmt.Fprintf(w, "\n%s\n", rest)
	}
	own := flag.NewFlagSet(a.Name, flag.ContinueOnError)
	own.SetOutput(w)
	prefix := a.Name + "."
	fs.VisitAll(func(f *flag.Flag) {
		if strings.HasPrefix(f.Name, prefix) {
			redefine(own, f)
		}
	})
	fmt.Fprintf(w, "\nFlags:\n\n")
	fmt.Fprintf(w, "  -%s\n    \tenable the analyzer (default true; -%s=false turns it off)\n", a.Name, a.Name)
	own.PrintDefaults()
}

// firstLine returns the first line of an analyzer's Doc, its title.
func firstLine(doc string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(doc), "\n")
	return line
}

// redefine copies f into fs for printing, keeping its original default
// rather than the value parsing may have given it.
func redefine(fs *flag.FlagSet, f *flag.Flag) {
	fs.Var(f.Value, f.Name, f.Usage)
	fs.Lookup(f.Name).DefValue = f.DefValue
}
