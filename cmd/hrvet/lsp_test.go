package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// pipes joins a child's stdout and stdin into the stream an LSP client
// reads and writes.
type pipes struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipes) Close() error {
	werr := p.WriteCloser.Close()
	if err := p.ReadCloser.Close(); err != nil {
		return err
	}
	return werr
}

// TestLSPOverStdio starts `hrvet lsp` as an editor does, a process
// speaking on its stdin and stdout, opens the demo's api/employees.go and
// reads back the logleak finding on its passport log line; then shuts the
// server down and expects exit status 0.
func TestLSPOverStdio(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	root, err := filepath.Abs(demoDir)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(root, "api", "employees.go")

	cmd := exec.CommandContext(ctx, self(t), "lsp")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), entryEnv+"=main", "PWD="+root)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}

	published := make(chan protocol.PublishDiagnosticsParams, 100)
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(pipes{stdout, stdin}))
	conn.Go(ctx, func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		if req.Method() == protocol.MethodTextDocumentPublishDiagnostics {
			var p protocol.PublishDiagnosticsParams
			if err := json.Unmarshal(req.Params(), &p); err != nil {
				t.Errorf("publishDiagnostics params: %v", err)
			}
			published <- p
		}
		return nil
	})

	if _, err := conn.Call(ctx, protocol.MethodInitialize, &protocol.InitializeParams{RootURI: uri.File(root)}, nil); err != nil {
		t.Fatalf("initialize: %v (stderr: %s)", err, stderr.String())
	}
	if err := conn.Notify(ctx, protocol.MethodInitialized, &protocol.InitializedParams{}); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := conn.Notify(ctx, protocol.MethodTextDocumentDidOpen, &protocol.DidOpenTextDocumentParams{
		TextDocument: protocol.TextDocumentItem{URI: uri.File(file), LanguageID: "go", Version: 1, Text: string(text)},
	}); err != nil {
		t.Fatal(err)
	}

	var diags []protocol.Diagnostic
	for got := false; !got; {
		select {
		case p := <-published:
			if p.URI == uri.File(file) {
				diags, got = p.Diagnostics, true
			}
		case <-ctx.Done():
			t.Fatalf("no publishDiagnostics of %s (stderr: %s)", file, stderr.String())
		}
	}
	found := false
	for _, d := range diags {
		// api/employees.go:36:3, as hrvet prints it; LSP counts from 0.
		if d.Code == "logleak" && d.Range.Start == (protocol.Position{Line: 35, Character: 2}) &&
			strings.Contains(d.Message, "Employee.Passport (govid) reaches log.Printf") {
			found = true
		}
	}
	if !found {
		t.Errorf("diagnostics of api/employees.go: %+v, want logleak's passport finding at 36:3", diags)
	}

	if _, err := conn.Call(ctx, protocol.MethodShutdown, nil, nil); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	if err := conn.Notify(ctx, protocol.MethodExit, nil); err != nil {
		t.Fatal(err)
	}
	// The server exits with its stdin still open, as editors leave it.
	if err := cmd.Wait(); err != nil {
		t.Errorf("hrvet lsp after shutdown and exit: %v (stderr: %s)", err, stderr.String())
	}
}
