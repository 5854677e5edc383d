package driver

import (
	"flag"
	"os"
	"strings"

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
		switch arg {
		case "-V=full", "--V=full", "-flags", "--flags":
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// Vet hands the process to unitchecker, which analyzes the one package go
// vet describes and passes facts on through files go vet keeps. It does not
// return.
//
// go vet gives the tool the _test.go files of the package it vets, so -tests
// is defined here too, on the command line unitchecker parses: -flags lists
// it, go vet accepts it ("go vet -vettool=$(which hrvet) -tests ./...") and
// passes it on, and report.Tests follows it. The exit code is go vet's own.
func Vet(analyzers []*analysis.Analyzer) {
	flag.BoolVar(&report.Tests, "tests", false, "report findings in _test.go files")
	unitchecker.Main(guard(analyzers)...)
}
