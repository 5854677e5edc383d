package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"

	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/driver"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"golang.org/x/tools/go/analysis"
)

// Server is one editor's session: the workspace it opened, the packages
// waiting to be analysed and the diagnostics last published.
type Server struct {
	analyzers []*analysis.Analyzer
	conn      jsonrpc2.Conn
	// the loaded builds, by the directory the go command runs in; only
	// the worker touches them
	sessions map[string]*driver.Session

	mu       sync.Mutex
	watch    bool            // the client lets the server watch files
	pending  map[string]bool // files whose packages wait for analysis
	wake     chan struct{}   // has a value when pending may be non-empty
	shutdown bool            // shutdown was asked: no more analyses
	state    *published      // what was published; locked on its own
	idle     *sync.Cond      // signalled when the worker finishes a round
	busy     bool            // the worker is analysing
}

// Serve runs a server for analyzers on the stream rwc until the client
// sends exit or the stream ends, and returns why it stopped: nil after
// shutdown and exit, an error otherwise.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, analyzers []*analysis.Analyzer) error {
	s := &Server{
		analyzers: withInventory(analyzers),
		sessions:  make(map[string]*driver.Session),
		pending:   make(map[string]bool),
		wake:      make(chan struct{}, 1),
		state:     newPublished(),
	}
	s.idle = sync.NewCond(&s.mu)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	s.conn = jsonrpc2.NewConn(jsonrpc2.NewStream(rwc))
	exited := make(chan error, 1)
	s.conn.Go(ctx, s.handler(exited))
	go s.worker(ctx)

	select {
	case err := <-exited:
		// Not waiting for the read loop to end: on stdio it ends at the
		// end of input, and an editor may keep that open until the
		// process is gone.
		_ = s.conn.Close()
		return err
	case <-s.conn.Done():
		if err := s.conn.Err(); err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("lsp connection: %w", err)
		}
		return errors.New("lsp connection closed without exit")
	case <-ctx.Done():
		_ = s.conn.Close()
		return ctx.Err()
	}
}

// handler dispatches the client's messages. Unknown requests get
// MethodNotFound; unknown notifications are dropped, as the protocol asks.
func (s *Server) handler(exited chan<- error) jsonrpc2.Handler {
	return func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		switch req.Method() {
		case protocol.MethodInitialize:
			var params protocol.InitializeParams
			if err := decode(req, &params); err != nil {
				return reply(ctx, nil, err)
			}
			return reply(ctx, s.initialize(&params), nil)
		case protocol.MethodInitialized:
			s.mu.Lock()
			watch := s.watch
			s.mu.Unlock()
			if watch {
				s.watchConfig(ctx)
			}
			return nil
		case protocol.MethodWorkspaceDidChangeWatchedFiles:
			var params protocol.DidChangeWatchedFilesParams
			if err := decode(req, &params); err != nil {
				s.logf(ctx, protocol.MessageTypeError, "%v", err)
				return nil
			}
			s.configChanged(&params)
			return nil
		case protocol.MethodTextDocumentDidOpen:
			var params protocol.DidOpenTextDocumentParams
			if err := decode(req, &params); err != nil {
				s.logf(ctx, protocol.MessageTypeError, "%v", err)
				return nil
			}
			s.enqueue(params.TextDocument.URI)
			return nil
		case protocol.MethodTextDocumentDidSave:
			var params protocol.DidSaveTextDocumentParams
			if err := decode(req, &params); err != nil {
				s.logf(ctx, protocol.MessageTypeError, "%v", err)
				return nil
			}
			s.enqueue(params.TextDocument.URI)
			return nil
		case protocol.MethodTextDocumentCodeAction:
			var params protocol.CodeActionParams
			if err := decode(req, &params); err != nil {
				return reply(ctx, nil, err)
			}
			return reply(ctx, s.codeActions(&params), nil)
		case protocol.MethodTextDocumentHover:
			var params protocol.HoverParams
			if err := decode(req, &params); err != nil {
				return reply(ctx, nil, err)
			}
			if h := s.hover(&params); h != nil {
				return reply(ctx, h, nil)
			}
			return reply(ctx, nil, nil)
		case protocol.MethodShutdown:
			s.stop()
			return reply(ctx, nil, nil)
		case protocol.MethodExit:
			s.mu.Lock()
			clean := s.shutdown
			s.mu.Unlock()
			var err error
			if !clean {
				err = errors.New("exit before shutdown")
			}
			select {
			case exited <- err:
			default: // a second exit: Serve is returning already
			}
			return nil
		}
		if _, isCall := req.(*jsonrpc2.Call); isCall {
			return jsonrpc2.MethodNotFoundHandler(ctx, reply, req)
		}
		return nil
	}
}

// decode reads req's params into v; the error is the protocol's
// InvalidParams.
func decode(req jsonrpc2.Request, v any) error {
	if err := json.Unmarshal(req.Params(), v); err != nil {
		return fmt.Errorf("%s: %w: %v", req.Method(), jsonrpc2.ErrInvalidParams, err)
	}
	return nil
}

// initialize notes whether the client lets the server watch files, and
// states what the server does: it wants to hear of opens and saves, not
// of every keystroke, since it analyses files on disk. The workspace root
// the client names is not needed: each file's build is found from the
// file itself (buildDir), as the go command finds it.
func (s *Server) initialize(params *protocol.InitializeParams) *protocol.InitializeResult {
	s.mu.Lock()
	s.watch = canWatch(params.Capabilities)
	s.mu.Unlock()
	return &protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			TextDocumentSync: &protocol.TextDocumentSyncOptions{
				OpenClose: true,
				Change:    protocol.TextDocumentSyncKindNone,
				Save:      &protocol.SaveOptions{},
			},
			HoverProvider:      true,
			CodeActionProvider: &protocol.CodeActionOptions{CodeActionKinds: []protocol.CodeActionKind{protocol.QuickFix}},
		},
		ServerInfo: &protocol.ServerInfo{Name: "hrvet", Version: driver.Version()},
	}
}

// enqueue asks for the package of the .go file at u to be analysed, or,
// for a .hrvet.yaml, the packages below it, whose config's cache sees the
// file's new modification time; a saved go.mod or go.work has its build
// loaded again. A _test.go file is left alone: the server analyses
// packages without their tests, as hrvet does by default. Other files are
// not hrvet's business.
func (s *Server) enqueue(u protocol.DocumentURI) {
	if !isFileURI(u) {
		return
	}
	file := u.Filename()
	switch base := filepath.Base(file); {
	case filepath.Ext(file) == ".go" && !strings.HasSuffix(file, "_test.go"):
	case base == config.FileName, base == "go.mod", base == "go.work":
	default:
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shutdown {
		return
	}
	s.pending[file] = true
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// isFileURI reports whether u names a file on disk, the only documents
// hrvet can analyse.
func isFileURI(u protocol.DocumentURI) bool {
	return strings.HasPrefix(string(u), "file://")
}

// stop refuses further analyses and waits for the one under way, so that
// its diagnostics are out before shutdown is answered.
func (s *Server) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shutdown = true
	clear(s.pending)
	for s.busy {
		s.idle.Wait()
	}
}

// logf sends window/logMessage; a failure to send has nowhere to go.
func (s *Server) logf(ctx context.Context, typ protocol.MessageType, format string, args ...any) {
	_ = s.conn.Notify(ctx, protocol.MethodWindowLogMessage, &protocol.LogMessageParams{
		Type:    typ,
		Message: "hrvet: " + fmt.Sprintf(format, args...),
	})
}
