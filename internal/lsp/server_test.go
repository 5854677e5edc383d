package lsp_test

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hrvet/hrvet/internal/lsp"
	"github.com/hrvet/hrvet/internal/suite"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// timeout bounds every wait, so that a server that hangs fails the test.
const timeout = 2 * time.Minute

const leakySource = `package staff

import "log"

// Employee is a member of staff.
type Employee struct {
	Name  string
	Phone string ` + "`pd:\"phone\"`" + `
}

// staff is everybody on the payroll.
var staff []Employee

// CallAll logs the calls it places.
func CallAll() {
	for _, e := range staff {
		log.Printf("calling %s", e.Phone)
	}
}
`

const fixedSource = `package staff

import "log"

// Employee is a member of staff.
type Employee struct {
	Name  string
	Phone string ` + "`pd:\"phone\"`" + `
}

// staff is everybody on the payroll.
var staff []Employee

// CallAll logs the calls it places.
func CallAll() {
	for i := range staff {
		log.Printf("calling employee %d", i)
	}
}
`

// fixture writes a module of one package, staff, into a temporary
// directory and returns the module's root.
func fixture(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	files["go.mod"] = "module example.com/fixture\n\ngo 1.26\n"
	for name, text := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// client is the editor's end of a connection to a server under test.
type client struct {
	t           *testing.T
	conn        jsonrpc2.Conn
	diagnostics chan protocol.PublishDiagnosticsParams
	logs        chan protocol.LogMessageParams
	registered  chan protocol.RegistrationParams
	served      chan error // what Serve returned
}

// start runs a server over an in-memory pipe, framed as on stdio, and
// initializes it on root as an editor does.
func start(t *testing.T, root string) *client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	serverEnd, clientEnd := net.Pipe()
	c := &client{
		t:           t,
		diagnostics: make(chan protocol.PublishDiagnosticsParams, 100),
		logs:        make(chan protocol.LogMessageParams, 100),
		registered:  make(chan protocol.RegistrationParams, 10),
		served:      make(chan error, 1),
	}
	go func() { c.served <- lsp.Serve(ctx, serverEnd, suite.Analyzers()) }()
	c.conn = jsonrpc2.NewConn(jsonrpc2.NewStream(clientEnd))
	c.conn.Go(ctx, func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		switch req.Method() {
		case protocol.MethodTextDocumentPublishDiagnostics:
			var p protocol.PublishDiagnosticsParams
			if err := json.Unmarshal(req.Params(), &p); err != nil {
				t.Errorf("publishDiagnostics params: %v", err)
			}
			c.diagnostics <- p
		case protocol.MethodWindowLogMessage:
			var p protocol.LogMessageParams
			if err := json.Unmarshal(req.Params(), &p); err != nil {
				t.Errorf("logMessage params: %v", err)
			}
			t.Logf("server log: %s", p.Message)
			c.logs <- p
		case protocol.MethodClientRegisterCapability:
			var p protocol.RegistrationParams
			if err := json.Unmarshal(req.Params(), &p); err != nil {
				t.Errorf("registerCapability params: %v", err)
			}
			c.registered <- p
			return reply(ctx, nil, nil)
		}
		return nil
	})
	t.Cleanup(func() { _ = c.conn.Close() })

	var result protocol.InitializeResult
	if _, err := c.conn.Call(ctx, protocol.MethodInitialize, &protocol.InitializeParams{
		RootURI: uri.File(root),
		Capabilities: protocol.ClientCapabilities{Workspace: &protocol.WorkspaceClientCapabilities{
			DidChangeWatchedFiles: &protocol.DidChangeWatchedFilesWorkspaceClientCapabilities{DynamicRegistration: true},
		}},
		WorkspaceFolders: []protocol.WorkspaceFolder{{URI: string(uri.File(root)), Name: "fixture"}},
	}, &result); err != nil {
		t.Fatalf("initialize: %v", err)
	}
	if result.ServerInfo == nil || result.ServerInfo.Name != "hrvet" {
		t.Errorf("initialize: serverInfo %+v, want name hrvet", result.ServerInfo)
	}
	c.notify(protocol.MethodInitialized, &protocol.InitializedParams{})
	return c
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// open sends didOpen of file with its text on disk.
func (c *client) open(file string) {
	c.t.Helper()
	text, err := os.ReadFile(file)
	if err != nil {
		c.t.Fatal(err)
	}
	c.notify(protocol.MethodTextDocumentDidOpen, &protocol.DidOpenTextDocumentParams{
		TextDocument: protocol.TextDocumentItem{URI: uri.File(file), LanguageID: "go", Version: 1, Text: string(text)},
	})
}

// save writes text to file and sends didSave, as an editor does.
func (c *client) save(file, text string) {
	c.t.Helper()
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		c.t.Fatal(err)
	}
	c.notify(protocol.MethodTextDocumentDidSave, &protocol.DidSaveTextDocumentParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: uri.File(file)},
	})
}

// diagnosticsOf waits for the next publishDiagnostics of file, skipping
// those of other files.
func (c *client) diagnosticsOf(file string) []protocol.Diagnostic {
	c.t.Helper()
	want := uri.File(file)
	deadline := time.After(timeout)
	for {
		select {
		case p := <-c.diagnostics:
			if p.URI == want {
				if p.Diagnostics == nil {
					c.t.Errorf("publishDiagnostics of %s: diagnostics is null, want a list", file)
				}
				return p.Diagnostics
			}
		case err := <-c.served:
			c.t.Fatalf("server stopped before publishing diagnostics of %s: %v", file, err)
		case <-deadline:
			c.t.Fatalf("no publishDiagnostics of %s within %v", file, timeout)
		}
	}
}

// close shuts the server down as an editor does and checks that it ends
// cleanly.
func (c *client) close() {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if _, err := c.conn.Call(ctx, protocol.MethodShutdown, nil, nil); err != nil {
		c.t.Fatalf("shutdown: %v", err)
	}
	c.notify(protocol.MethodExit, nil)
	select {
	case err := <-c.served:
		if err != nil {
			c.t.Errorf("Serve after shutdown and exit: %v", err)
		}
	case <-ctx.Done():
		c.t.Fatal("Serve did not return after exit")
	}
}

func TestLogleakPublishedOnOpenAndClearedOnSave(t *testing.T) {
	root := fixture(t, map[string]string{"staff/staff.go": leakySource})
	file := filepath.Join(root, "staff", "staff.go")
	c := start(t, root)

	c.open(file)
	diags := c.diagnosticsOf(file)
	var leak *protocol.Diagnostic
	for i := range diags {
		if diags[i].Code == "logleak" {
			leak = &diags[i]
		}
	}
	if leak == nil {
		t.Fatalf("diagnostics of %s: no logleak finding in %+v", file, diags)
	}
	if leak.Source != "hrvet" {
		t.Errorf("source %q, want hrvet", leak.Source)
	}
	if leak.Severity != protocol.DiagnosticSeverityWarning {
		t.Errorf("severity %v, want warning", leak.Severity)
	}
	if !strings.Contains(leak.Message, "Employee.Phone (phone) reaches log.Printf") {
		t.Errorf("message %q, want it to name Employee.Phone reaching log.Printf", leak.Message)
	}
	// The finding is the log.Printf call, line 17 column 3 (two tabs).
	if leak.Range.Start != (protocol.Position{Line: 16, Character: 2}) {
		t.Errorf("range %+v, want it to start on line 17, column 3", leak.Range)
	}
	if leak.Range.End.Line < leak.Range.Start.Line ||
		leak.Range.End.Line == leak.Range.Start.Line && leak.Range.End.Character <= leak.Range.Start.Character {
		t.Errorf("range %+v is empty", leak.Range)
	}

	// The related information points at where the data come from: Phone in e.Phone.
	if len(leak.RelatedInformation) == 0 {
		t.Errorf("no related information")
	} else if r := leak.RelatedInformation[0]; r.Location.URI != uri.File(file) ||
		r.Location.Range != (protocol.Range{Start: protocol.Position{Line: 16, Character: 29}, End: protocol.Position{Line: 16, Character: 34}}) ||
		!strings.Contains(r.Message, "comes from here") {
		t.Errorf("related information %+v, want Phone, line 17, columns 30 to 34", r)
	}

	c.save(file, fixedSource)
	if diags := c.diagnosticsOf(file); len(diags) != 0 {
		t.Errorf("diagnostics after the fix: %+v, want none", diags)
	}
	c.close()
}
