package main

import (
	"os"

	"github.com/hrvet/hrvet/internal/driver"
	"github.com/hrvet/hrvet/internal/lsp"
	"github.com/hrvet/hrvet/internal/suite"
)

func main() {
	// The language server is dispatched here, not in driver.Main, because
	// it is built on the driver: driver cannot import it.
	if len(os.Args) > 1 && os.Args[1] == "lsp" {
		os.Exit(lsp.Main(os.Args[2:], os.Stdin, os.Stdout, os.Stderr, suite.Analyzers()))
	}
	driver.Command(suite.Analyzers())
}
