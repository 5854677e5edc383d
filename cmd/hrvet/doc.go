/*
Hrvet checks Go code that handles employees' personal data against the
rules of the Russian Labour Code (arts. 85-90) and Council of Europe
Convention 108: consent before a transfer, no personal data in logs, no
forbidden categories, anonymous data that really are, personal data shown
only to those who need them, and no HR decision on automated processing
alone.

Usage:

	hrvet [flags] [packages]
	hrvet help [analyzer...]
	hrvet inventory [-json] [-C dir] [packages]
	hrvet lsp

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
	-fix
		Apply the first suggested fix of every finding to the source
		files (e.g. a mistyped category, or annotations.Mask around a
		logged string), then gofmt them. A fix whose edits overlap one
		already taken is skipped whole, so no file is left half-fixed;
		run hrvet again to see what remains. The findings are printed as
		usual and the exit status does not change.
	-tests
		Load the packages' tests too and report findings in _test.go
		files. Without it, test files are not analyzed.
	-sarif file
		Also write the findings to file as SARIF 2.1.0, for GitHub code
		scanning and other SARIF viewers: one rule per analyzer, one
		result per finding with its region, related locations and a
		stable fingerprint (partialFingerprints "hrvet/v1"). Findings an
		//hrvet:ignore suppressed are included with an inSource
		suppression giving the ignore's reason, so that SARIF viewers
		show them as suppressed. File URIs are relative to %SRCROOT%,
		the -C directory or the current one: run hrvet from the
		repository root. Errors of the run are listed in the log too.
	-write-baseline file
		Write the fingerprints of the current findings to file (JSON,
		sorted, with each finding's file, analyzer and message for the
		reviewer) and report none of them: they are all in the baseline
		now. Nothing is written after an error.
	-baseline file
		Report only findings whose fingerprint is not in the baseline
		file. A fingerprint does not depend on line numbers: it survives
		code moving up or down, reindentation and changes to other lines,
		and changes when the finding's own line, message or file does.
		With -json the tree holds only the new findings; with -sarif the
		known ones are results with an external suppression.
	-NAME=false
		Turn analyzer NAME off.
	-NAME
		Run analyzer NAME. As with go vet, once any analyzer is named
		this way, only the analyzers so named run.
	-NAME.FLAG=value
		Set a flag of analyzer NAME.

Relative file names given to -sarif, -baseline and -write-baseline are
taken relative to the -C directory.

# Exit status

	0  no findings and no errors
	1  an error: a bad flag, a pattern matching nothing, a package that
	   does not load, parse or type-check, an analyzer that failed (a bad
	   .hrvet.yaml) or panicked
	3  findings, and no error; with -baseline, findings not in the
	   baseline

An error wins over findings: a run that failed somewhere cannot vouch for
the rest. -json and -sarif do not change the exit status; -write-baseline
exits 0 when it wrote the file, since every finding is then known.

Like go vet, hrvet does not analyze a package that fails to load, parse or
type-check, nor one importing such a package: findings on broken code are
noise. It prints the errors, analyzes the other packages, reports their
findings and exits 1.

A panic in an analyzer is reported as one error line naming the analyzer,
the package and the function and line where it happened, never as a stack
trace.

# Record of processing

	hrvet inventory [-json] [-C dir] [packages]

prints the record of processing of the packages (default ./...): what
personal data of employees the code keeps, where the data go, and on what
consent or legal basis, for answering an employee's right to full
information about the processing of their data (Labour Code art. 89). It
lists

  - every personal field, Type.Field, with its package, category and
    class (personal, special, forbidden), how it was marked (pd tag,
    .hrvet.yaml file:line, or inferred from the field name or a json, db,
    ... tag name, with the dictionary term) and where it is declared;
  - every flow of personal data to a sink: where the call is and in which
    function, the fields and categories, the sink (types.Func.FullName,
    kind, purpose, and the wrappers on the way) and its guard: a consent
    check and its purpose, a //hrvet:basis and its citation, a redactor,
    or none; for a handler's response (kind expose), the authorization
    check in the handler or the authorising middleware in front of its
    routes, with the role. Flows that are not lawful as written are
    marked NOT COVERED with the problem the consent, logleak or access
    analyzer reports (for access: unguarded, or beyond need to know,
    with the data the role does not need), or named as suppressed with
    the //hrvet:ignore that suppresses them. An expose flow whose handler
    is registered by an importing package is deferred to it;
  - every exposure: each way requests reach a handler that shows
    personal data (the route's method, path and registration, or "not
    registered here", "registered by an importer", "registration not
    followed: <why>"), the handler, the data, the authorization in front
    of it and its role, and whether it is lawful as written;
  - the roles: of .hrvet.yaml, each role with the categories it needs
    (or all); without them, only authorization is checked;
  - every call of an HR decision (//hrvet:decision): where and in which
    function, the decision and the wrappers on the way to it, the
    personal data it rests on there (or a person's command, or no
    personal data), the //hrvet:review approving it, and its status:
    automated (NOT COVERED, as the decision analyzer reports it, or
    suppressed), reviewed, ok, or deferred to the calls of a function
    that decides on its parameters' data;
  - every field of a special or forbidden category with its basis, or
    none;
  - every //hrvet:ignore with its analyzers and reason;
  - a Mermaid flowchart of categories to sinks, one arrow per guard kind,
    the arrows that are not covered in red.

The output is Markdown, or with -json one JSON document with the lists
"packages", "fields", "flows", "exposures", "roles", "decisions",
"special", "ignores", "diagram" and "unknown" (positions as "file:line:col"). File names are relative to the -C
directory (or the current one); everything is sorted, so the same code
gives the same bytes, and the record can be kept under version control
and diffed in review.

Findings are not errors here: the exit status is 0 when the record is
written, and 1 on an error (a bad flag, a package that does not load or
type-check, a bad .hrvet.yaml), printed as hrvet prints it. After an
error nothing is written, since the record would miss the packages that
failed. A package pattern cannot be named "inventory", "lsp" or "help";
write ./inventory.

# Language server

	hrvet lsp

runs a Language Server Protocol server on standard input and output, for
an editor to start beside gopls, which cannot load hrvet's analyzers. On
opening or saving a .go file it analyses the file's package, and the
workspace's packages that import it, and publishes the findings as
warnings with source "hrvet", the analyzer as code and the data's path
as related information; a file that has none left gets an empty list.
Code actions offer the suggested fixes and an ignore directive naming the
analyzer, whose reason is left to write; a hover on a personal field's
name shows its category, how it was marked and where its data go, from
the record of processing. Errors that keep a package from being analysed
are published on their line (a bad .hrvet.yaml on the config file's, and
saving the config analyses the packages again), and those without a
place go to the editor's log. The server analyses files as saved on
disk, not unsaved buffers, and exits 0 after the client's shutdown and
exit.

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

The findings are the hrvet command's. go vet gives each package the facts
of its direct imports only (so do gopls and Bazel's nogo), so each
package's facts also repeat what its exported API hands on from packages
below it: the personal fields of types it returns or embeds, the
summaries of their methods (see internal/objfacts). Tests run every
analyzer's test data through go vet and the x/tools checker and compare.

go vet keeps the tool's findings and facts in its build cache, keyed by
the package, its dependencies' facts, the flags, and the tool's identity,
which hrvet prints for -V=full: a hash of its executable and of every
.hrvet.yaml that can configure the run. These are the files found by
walking the main module from its go.mod (or each module of the go.work
above the current directory, unless GOWORK=off) and the local
directories its replace directives name, skipping what ./... skips:
testdata, vendor, directories starting with '.' or '_', nested modules
and go.mod ignore directives. Editing, adding or removing one of them
makes go vet analyse again. The walk costs about 20 ms per thousand
directories (0.4 s for 20,000, on the development machine) once per go
vet command. Outside a module (GOPATH mode) the identity covers the
files below the current directory and above it. A .hrvet.yaml elsewhere
(a parent directory of the module is never read) cannot change findings.

A main-module .hrvet.yaml that does not parse stops go vet before any
package, with its problems as "file:line: key: message" lines and exit
status 1 (go vet adds "go: error obtaining buildID ..."), on every run.
A problem that only the analysis of a package can find (a source naming
a type the package lacks) is one such line for that package, and the
packages importing it say that they were not analysed. Packages go vet
analyses only for their facts (the standard library, dependencies
outside the patterns) are analysed with the defaults when their
configuration is broken, so that the problem is told once, where it
matters.

-pdfields.settings='<yaml>' gives the configuration on the command line
instead, replacing every .hrvet.yaml, for drivers whose analyses cannot
read files (Bazel's nogo); it works with go vet and the hrvet command
too.

hrvet can be a tool dependency of the module it checks (Go 1.24 and
later):

	go get -tool github.com/hrvet/hrvet/cmd/hrvet
	go tool hrvet ./...
	go vet -vettool=$(go tool -n hrvet) ./...
*/
package main
