package lsp

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"golang.org/x/tools/go/analysis"
)

const usage = "usage: hrvet lsp\n\nRuns hrvet's language server on stdin and stdout, for an editor to start.\n"

// Main runs `hrvet lsp`: args are what follows "lsp" on the command line
// (none are accepted: an editor configures the server through the
// workspace, not flags). The server speaks on stdin and stdout; stderr is
// for the few lines that cannot go to the client. It returns the exit
// code: 0 after the client's shutdown and exit, 1 otherwise, 2 for bad
// usage.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer, analyzers []*analysis.Analyzer) int {
	fs := flag.NewFlagSet("hrvet lsp", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "hrvet lsp: %v\n%s", err, usage)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "hrvet lsp: unexpected argument %q\n%s", fs.Arg(0), usage)
		return 2
	}
	if err := Serve(context.Background(), stdio{stdin, stdout}, analyzers); err != nil {
		fmt.Fprintf(stderr, "hrvet lsp: %v\n", err)
		return 1
	}
	return 0
}

// stdio joins the process's standard input and output into the one stream
// the connection reads and writes. Closing it leaves them open: the
// process ends soon after anyway, and closing stdout could hide a final
// write.
type stdio struct {
	io.Reader
	io.Writer
}

func (stdio) Close() error { return nil }
