package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"golang.org/x/tools/go/packages"
)

// The target docs/performance.md sets for the language server: from
// didSave of a file to the publishDiagnostics of that file, warm.
const maxSaveLatency = time.Second

// lspSaves is how many saves of each file count; the median is reported.
const lspSaves = 7

// lspResult is what was measured of `hrvet lsp` on one code base.
type lspResult struct {
	name  string
	first time.Duration // didOpen to the opened file's diagnostics: the whole build loaded and analysed
	saves []lspSave
	rss   int64 // the server's peak resident memory, bytes
}

// lspSave is the latency of saving one file: to its own diagnostics, and
// to the last diagnostics of the round (its importers').
type lspSave struct {
	file      string // relative to the code base
	importers int    // the packages of the code base that import its package, directly or not
	toFile    time.Duration
	toLast    time.Duration
}

// measureLSP starts `hrvet lsp` on the module in dir as an editor would,
// opens open, waits for the first analysis, then saves each of saves
// lspSaves times (touching the file, as an editor's save does) and
// measures how long each save takes to come back as diagnostics.
func measureLSP(hrvet, name, dir, open string, saves []string, importers []int) (lspResult, error) {
	r := lspResult{name: name}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, hrvet, "lsp")
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return r, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return r, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return r, fmt.Errorf("starting %s lsp: %w", hrvet, err)
	}
	exited := false
	defer func() {
		if !exited {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	}()

	published := newPublishLog()
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(pipe{stdout, stdin}))
	conn.Go(ctx, func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		if req.Method() == protocol.MethodTextDocumentPublishDiagnostics {
			var p protocol.PublishDiagnosticsParams
			if err := json.Unmarshal(req.Params(), &p); err == nil {
				published.add(p.URI.Filename())
			}
		}
		if _, isCall := req.(*jsonrpc2.Call); isCall {
			return reply(ctx, nil, nil)
		}
		return nil
	})
	defer conn.Close()

	var initResult protocol.InitializeResult
	if _, err := conn.Call(ctx, protocol.MethodInitialize, &protocol.InitializeParams{
		RootURI:          uri.File(dir),
		WorkspaceFolders: []protocol.WorkspaceFolder{{URI: string(uri.File(dir)), Name: name}},
	}, &initResult); err != nil {
		return r, fmt.Errorf("initialize: %w", err)
	}
	if err := conn.Notify(ctx, protocol.MethodInitialized, &protocol.InitializedParams{}); err != nil {
		return r, err
	}

	openPath := filepath.Join(dir, open)
	start := time.Now()
	mark := published.mark()
	if err := conn.Notify(ctx, protocol.MethodTextDocumentDidOpen, &protocol.DidOpenTextDocumentParams{
		TextDocument: protocol.TextDocumentItem{URI: uri.File(openPath), LanguageID: "go", Version: 1},
	}); err != nil {
		return r, err
	}
	if _, err := published.waitFor(ctx, mark, openPath); err != nil {
		return r, err
	}
	r.first = time.Since(start)
	published.quiet(ctx, 2*time.Second)

	for i, rel := range saves {
		path := filepath.Join(dir, rel)
		var toFile, toLast []time.Duration
		for range lspSaves {
			now := time.Now()
			if err := os.Chtimes(path, now, now); err != nil {
				return r, err
			}
			mark := published.mark()
			start := time.Now()
			if err := conn.Notify(ctx, protocol.MethodTextDocumentDidSave, &protocol.DidSaveTextDocumentParams{
				TextDocument: protocol.TextDocumentIdentifier{URI: uri.File(path)},
			}); err != nil {
				return r, err
			}
			at, err := published.waitFor(ctx, mark, path)
			if err != nil {
				return r, err
			}
			last := published.quiet(ctx, 500*time.Millisecond)
			toFile = append(toFile, at.Sub(start))
			if last.Before(at) {
				last = at
			}
			toLast = append(toLast, last.Sub(start))
		}
		r.saves = append(r.saves, lspSave{file: rel, importers: importers[i], toFile: median(toFile), toLast: median(toLast)})
	}
	var none any
	if _, err := conn.Call(ctx, protocol.MethodShutdown, nil, &none); err != nil {
		return r, fmt.Errorf("shutdown: %w", err)
	}
	if err := conn.Notify(ctx, protocol.MethodExit, nil); err != nil {
		return r, err
	}
	_ = stdin.Close()
	err = cmd.Wait()
	exited = true
	if err != nil {
		return r, fmt.Errorf("hrvet lsp after exit: %w", err)
	}
	r.rss = maxRSS(cmd.ProcessState)
	return r, nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// publishLog records when each publishDiagnostics arrived.
type publishLog struct {
	mu     sync.Mutex
	events []publishEvent
	more   chan struct{} // closed and replaced on every event
}

type publishEvent struct {
	file string
	at   time.Time
}

func newPublishLog() *publishLog { return &publishLog{more: make(chan struct{})} }

func (p *publishLog) add(file string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.events = append(p.events, publishEvent{file, time.Now()})
	close(p.more)
	p.more = make(chan struct{})
}

// mark returns the number of events so far, for waitFor to look after.
func (p *publishLog) mark() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.events)
}

// waitFor returns when the first publication of file after mark arrived.
func (p *publishLog) waitFor(ctx context.Context, mark int, file string) (time.Time, error) {
	for {
		p.mu.Lock()
		for _, e := range p.events[mark:] {
			if e.file == file {
				p.mu.Unlock()
				return e.at, nil
			}
		}
		more := p.more
		p.mu.Unlock()
		select {
		case <-more:
		case <-ctx.Done():
			return time.Time{}, fmt.Errorf("no diagnostics for %s: %w", file, ctx.Err())
		}
	}
}

// quiet waits until nothing has been published for d and returns when
// the last publication arrived.
func (p *publishLog) quiet(ctx context.Context, d time.Duration) time.Time {
	for {
		p.mu.Lock()
		more := p.more
		var last time.Time
		if n := len(p.events); n > 0 {
			last = p.events[n-1].at
		}
		p.mu.Unlock()
		select {
		case <-more:
		case <-time.After(d):
			return last
		case <-ctx.Done():
			return last
		}
	}
}

// pipe joins the server's stdout and stdin into the client's stream.
type pipe struct {
	io.Reader
	io.WriteCloser
}

// printLSP prints one code base's language-server latencies.
func printLSP(r lspResult) {
	fmt.Printf("hrvet lsp on %s: first analysis (load and analyse the build) %v, peak RSS %d MB\n",
		r.name, r.first.Round(time.Millisecond), r.rss>>20)
	for _, s := range r.saves {
		verdict := "ok"
		if s.toFile > maxSaveLatency {
			verdict = "OVER TARGET"
		}
		fmt.Printf("  save %-28s (%3d importers): to its diagnostics %6v, to the round's last %6v  [%s, target < %v]\n",
			s.file, s.importers, s.toFile.Round(time.Millisecond), s.toLast.Round(time.Millisecond), verdict, maxSaveLatency)
	}
	fmt.Println()
}

// importerCount returns how many packages of the module in dir import the
// package in pkgDir, directly or not.
func importerCount(dir, pkgDir string) (int, error) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports, Dir: dir}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return 0, err
	}
	importedBy := make(map[string][]string)
	var start string
	for _, p := range pkgs {
		for path := range p.Imports {
			importedBy[path] = append(importedBy[path], p.PkgPath)
		}
		if len(p.GoFiles) > 0 && filepath.Dir(p.GoFiles[0]) == pkgDir {
			start = p.PkgPath
		}
	}
	seen := map[string]bool{start: true}
	for queue := []string{start}; len(queue) > 0; queue = queue[1:] {
		for _, imp := range importedBy[queue[0]] {
			if !seen[imp] {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	return len(seen) - 1, nil
}

// lspCase is a code base to measure the language server on: the file the
// editor opens first and the files it saves.
type lspCase struct {
	name, dir, open string
	saves           []string
}

// measureLSPCase counts the importers of each saved file's package and
// measures the server on c.
func measureLSPCase(hrvet string, c lspCase) (lspResult, error) {
	var counts []int
	for _, f := range c.saves {
		n, err := importerCount(c.dir, filepath.Dir(filepath.Join(c.dir, f)))
		if err != nil {
			return lspResult{}, err
		}
		counts = append(counts, n)
	}
	return measureLSP(hrvet, c.name, c.dir, c.open, c.saves, counts)
}
