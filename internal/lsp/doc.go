// Package lsp is hrvet's language server, what `hrvet lsp` runs on stdio
// beside gopls: gopls cannot load third-party analyzers, so an editor
// attaches this server to the same Go buffers for hrvet's findings.
//
// On textDocument/didOpen and didSave of a .go file the server brings the
// build the file belongs to (the module, or the go.work workspace, found
// from the file's directory up) up to date and publishes
// textDocument/publishDiagnostics for the files it analysed. Each build
// is a driver.Session: the first open loads "./..." of the build with
// every dependency from source and analyses all of it, so the findings of
// every file arrive at once; after that a save re-checks and re-analyses
// only the saved package and the packages that import it, with the other
// packages' types and facts kept. A new file, a new import, or a saved
// go.mod or go.work loads the build again. Findings are warnings with
// source "hrvet", the analyzer's name as code and the path of the data as
// related information; load, type and config errors (a bad .hrvet.yaml on
// its line) are errors; problems with no place go to window/logMessage. A
// file that had diagnostics and has none now gets an empty list, which is
// how an editor learns to clear them. Saving a .hrvet.yaml has the
// packages below it analysed again under the new config, and so does a
// change on disk the client reports through the watcher the server
// registers when the client allows it. _test.go files are not analysed,
// as the command does not by default, and their saves are ignored.
//
// textDocument/codeAction offers, for a finding under the cursor, the
// analyzer's suggested fixes (logleak's annotations.Mask) and an
// //hrvet:ignore of the analyzer on the line above, computed from the file
// as analysed, that is as last saved.
//
// textDocument/hover on the name of a personal field's declaration shows
// its category and class, how it was marked (pd tag, .hrvet.yaml line,
// inferred term), its legal basis and the flows that carry its data to
// sinks, from the record of processing (inventory.Analyzer, run with the
// others) of the packages analysed so far: after the first open, the
// whole build.
//
// Analyses run one at a time on a goroutine of their own, so that the
// connection keeps answering while one runs, and saves that arrive
// meanwhile are coalesced into one run per build. The server reads files
// from disk, not the editor's unsaved buffers; a file changed on disk
// behind the editor's back counts as saved at the next run, which
// compares the build's files' sizes and times with those it read.
//
// # Library
//
// The protocol's messages are go.lsp.dev/protocol's typed structs, sent
// over go.lsp.dev/jsonrpc2's Content-Length framed stream. Of the
// libraries the module proxy serves, it is the one with typed structs for
// the whole protocol, a stdio transport and few dependencies, and its
// organisation still releases (jsonrpc2 v1.0.1 came out in 2026);
// github.com/tliron/glsp, the other candidate, would bring a websocket
// library and a terminal-colouring logging framework into every hrvet
// binary. The price: protocol's last release, v0.12.0 (2022), describes
// LSP 3.16 and is tied to jsonrpc2 v0.10, so hrvet stays on that line
// until protocol moves to jsonrpc2 v1. The server uses only the
// connection and the structs, not protocol's generated Server interface,
// whose seventy methods would all need stubs.
package lsp
