package lsp

import (
	"context"

	"github.com/hrvet/hrvet/internal/config"
	"go.lsp.dev/protocol"
)

// canWatch reports whether the client lets the server register file
// watchers, which is how a .hrvet.yaml changed outside the editor (a
// checkout, a generator) reaches the server.
func canWatch(caps protocol.ClientCapabilities) bool {
	w := caps.Workspace
	return w != nil && w.DidChangeWatchedFiles != nil && w.DidChangeWatchedFiles.DynamicRegistration
}

// watchConfig asks the client to report changes of every .hrvet.yaml. It
// is a request, answered by the client whenever it gets to it, so it runs
// on a goroutine of its own rather than holding up the connection's
// reads; a refusal is logged, and saves in the editor still count.
func (s *Server) watchConfig(ctx context.Context) {
	go func() {
		_, err := s.conn.Call(ctx, protocol.MethodClientRegisterCapability, &protocol.RegistrationParams{
			Registrations: []protocol.Registration{{
				ID:     "hrvet-config",
				Method: protocol.MethodWorkspaceDidChangeWatchedFiles,
				RegisterOptions: &protocol.DidChangeWatchedFilesRegistrationOptions{
					Watchers: []protocol.FileSystemWatcher{{GlobPattern: "**/" + config.FileName}},
				},
			}},
		}, nil)
		if err != nil {
			s.logf(ctx, protocol.MessageTypeWarning, "watching %s files: %v; only saves in the editor re-read it", config.FileName, err)
		}
	}()
}

// configChanged handles workspace/didChangeWatchedFiles: a .hrvet.yaml
// created, changed or deleted has the packages below it analysed again.
func (s *Server) configChanged(params *protocol.DidChangeWatchedFilesParams) {
	for _, change := range params.Changes {
		if change != nil {
			s.enqueue(change.URI)
		}
	}
}
