// Package lsp is hrvet's language server, what `hrvet lsp` runs on stdio
// beside gopls: gopls cannot load third-party analyzers, so an editor
// attaches this server to the same Go buffers for hrvet's findings.
//
// On textDocument/didOpen and didSave of a .go file the server analyses
// that file's package, and the packages of the workspace that import it,
// with the analyzers it was given (internal/driver's Check: the standalone
// driver's loading and checker run, facts computed afresh each time), and
// publishes textDocument/publishDiagnostics for every file of those
// packages: hrvet's findings as warnings with source "hrvet", the
// analyzer's name as code and the path of the data as related
// information; load, type and config errors (a bad .hrvet.yaml on its
// line) as errors; problems with no place as window/logMessage. A file
// that had diagnostics and has none now gets an empty list, which is how
// an editor learns to clear them. Saving a .hrvet.yaml has the packages
// analysed so far below it analysed again, under the new config, and so
// does a change on disk the client reports through the watcher the
// server registers when the client allows it.
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
// others) of the packages analysed so far.
//
// Analyses run one at a time on a goroutine of their own, so that the
// connection keeps answering while one runs, and saves that arrive
// meanwhile are coalesced per package. The server reads files from disk,
// not the editor's unsaved buffers.
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
