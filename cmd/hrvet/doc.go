/*
Hrvet checks Go code that handles employees' personal data against the
rules of the Russian Labour Code (arts. 85-90) and Council of Europe
Convention 108: consent before a transfer, no personal data in logs, no
forbidden categories, anonymous data that really are.

Usage:

	hrvet [flags] [packages]
	hrvet help [analyzer...]

With no packages, hrvet analyzes ./... . Packages are named as for the go
command. Each finding is printed on standard output as

	file:line:col: analyzer: message

sorted by file, line, column, analyzer and message, each once, with the
file name relative to the current directory when the file lies under it,
as go vet prints it. A finding's related information (where the data came
from, the path they took) follows on lines indented by a tab.

Errors go to standard error, one line each and each once, however many
packages meet them: "file:line:col: message" for a package that does not
parse or type-check, "hrvet: message" for anything else.

Run 'hrvet help' to list the analyzers with a line on each, and
'hrvet help NAME' for one analyzer's documentation and flags.

# Flags

	-C dir
		Change to dir before loading packages, like go -C. File names in
		the output are then relative to dir.
	-json
		Print the findings as the go/analysis JSON tree,
		{"pkg": {"analyzer": [{"posn": ..., "message": ...}]}}, the same
		as go vet -json, with absolute file names, suggested fixes and
		related information. An analyzer's error also appears in the
		tree, as {"error": ...}; all errors still go to standard error.
	-tests
		Load the packages' tests too and report findings in _test.go
		files. Without it, test files are not analyzed.
	-NAME=false
		Turn analyzer NAME off.
	-NAME
		Run analyzer NAME. As with go vet, once any analyzer is named
		this way, only the analyzers so named run.
	-NAME.FLAG=value
		Set a flag of analyzer NAME.

# Exit status

	0  no findings and no errors
	1  an error: a bad flag, a pattern matching nothing, a package that
	   does not load, parse or type-check, an analyzer that failed (a bad
	   .hrvet.yaml) or panicked
	3  findings, and no error

An error wins over findings: a run that failed somewhere cannot vouch for
the rest. -json does not change the exit status.

Like go vet, hrvet does not analyze a package that fails to load, parse or
type-check, nor one importing such a package: findings on broken code are
noise. It prints the errors, analyzes the other packages, reports their
findings and exits 1.

A panic in an analyzer is reported as one error line naming the analyzer,
the package and the function and line where it happened, never as a stack
trace.

# go vet

hrvet is also a vet tool. It recognizes go vet by the -V=full and -flags
handshake and by the *.cfg file naming the package to analyze, and then
runs the same analyzers one package at a time, with facts passed across
packages through go vet's build cache:

	go vet -vettool=$(which hrvet) ./...
	go vet -vettool=$(which hrvet) -tests -pdfields=false ./...

go vet always analyzes test files; -tests decides whether findings in them
are reported. The output format and exit status are then go vet's:
"file:line:col: message" without the analyzer's name, and 1 on findings.

hrvet can be a tool dependency of the module it checks (Go 1.24 and
later):

	go get -tool github.com/hrvet/hrvet/cmd/hrvet
	go tool hrvet ./...
	go vet -vettool=$(go tool -n hrvet) ./...

# Not yet

-fix is not implemented: golang.org/x/tools keeps its fix application
internal, and hrvet will not apply edits it cannot check for conflicts.
Suggested fixes are in the -json output.
*/
package main
