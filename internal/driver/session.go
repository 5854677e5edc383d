package driver

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/internal/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// Session keeps the packages of one build (a module, or a go.work
// workspace) loaded and analysed between runs, for a caller that analyses
// again after each save (the language server). The first Run loads "./..."
// of the directory with every dependency from source, as the command does,
// and analyses it all. Later runs re-parse and re-type-check only the
// packages whose files changed and the packages that import them, and
// analyse only those: the facts of every other package, the standard
// library's included, are kept from earlier runs, as are their types.
//
// A change the kept graph cannot absorb (a new or deleted file, an import
// the package did not have, a cgo package's file, go.mod or go.work) loads
// everything again; a saved file that the load then places in no package
// (testdata, a //go:build ignore file) is remembered, so that it costs one
// load, not one per save. An analyzer that fails on a package is a problem
// of the run; unlike the command, its importers are still analysed, with
// the facts it exported before it failed. Files are read from disk; a file
// changed on disk since the last run (a checkout, a generator) counts as
// saved, since every run compares the sizes and modification times of the
// workspace's files with those it read.
//
// Syntax and type information of a package are dropped once its analyses
// have run; only its types are kept, for its importers. The file set only
// grows (each re-parse adds the files again, and positions in findings
// must stay valid), so after reparseLimit re-parsed files the session
// loads afresh, which bounds what a long editing session keeps. Facts are
// kept per package and analyzer, and a package sees the facts of every
// package it imports, directly or not, as in the command (the x/tools
// checker).
//
// A Session is not safe for concurrent use, and like Main its runs must
// not overlap with other runs of the process's drivers.
type Session struct {
	dir       string
	analyzers []*analysis.Analyzer // guarded copies, as asked for
	all       []*analysis.Analyzer // they and their requirements, requirements first
	forDeps   []*analysis.Analyzer // those of all a dependency needs: facts and what they require

	loaded bool
	fset   *token.FileSet
	order  []*node // every package loaded, dependencies first
	byPkg  map[*packages.Package]*node
	byType map[*types.Package]*node
	byFile map[string]*node // the root packages' Go files, compiled or not
	stamps map[string]stamp // the workspace's files and build files as last read
	// reparsed counts the files parsed again since the last load
	reparsed int
	// outside holds the files a load placed in no package of the build
	// (testdata, a //go:build ignore file), so that saving them again
	// does not load the build again and again
	outside map[string]bool
}

// reparseLimit is how many files a session parses again before it loads
// afresh: about a day of saves in a code base of a hundred packages, and
// some tens of megabytes of line tables.
const reparseLimit = 20000

// node is one package of a Session.
type node struct {
	pkg       *packages.Package
	root      bool    // matched "./...": analysed with every analyzer, findings reported
	importers []*node // the packages loaded that import it directly
	cgo       bool    // its compiled files are not its Go files
	facts     map[*analysis.Analyzer]*factSet
	listErrs  []packages.Error // errors from the go command, kept across re-checks
}

// stamp tells a file's version apart cheaply.
type stamp struct {
	size    int64
	modTime int64
}

// NewSession returns a session for the build the go command sees in dir,
// to run analyzers; nothing is loaded before the first Run.
func NewSession(dir string, analyzers []*analysis.Analyzer) (*Session, error) {
	if err := analysis.Validate(analyzers); err != nil {
		return nil, fmt.Errorf("invalid analyzer: %w", err)
	}
	s := &Session{dir: dir, analyzers: guard(analyzers)}
	s.all, s.forDeps = analyzerOrder(s.analyzers)
	return s, nil
}

// Dir returns the directory the session's go command runs in.
func (s *Session) Dir() string { return s.dir }

// analyzerOrder lists analyzers and everything they require, each after
// its requirements, and the part of that list a dependency's analysis
// needs: the analyzers with facts and what they require.
func analyzerOrder(analyzers []*analysis.Analyzer) (all, forDeps []*analysis.Analyzer) {
	all = requirementsFirst(analyzers)
	var withFacts []*analysis.Analyzer
	for _, a := range all {
		if len(a.FactTypes) > 0 {
			withFacts = append(withFacts, a)
		}
	}
	return all, requirementsFirst(withFacts)
}

// requirementsFirst lists roots and what they require, each once and
// after its requirements.
func requirementsFirst(roots []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		out = append(out, a)
	}
	for _, a := range roots {
		visit(a)
	}
	return out
}

// Run brings the session up to date with the files on disk, changed naming
// files the caller knows were saved (a .go file, a .hrvet.yaml, go.mod),
// and returns what the analyses it ran found: for every package on the
// first run or after a reload, otherwise for the packages re-analysed.
// Checked.Files lists the files of those packages. A saved .hrvet.yaml
// has the packages below its directory analysed again. The error is for
// the run as a whole (no go command, a broken go.mod); the next Run loads
// again.
func (s *Session) Run(changed []string) (*Checked, error) {
	var moved []string
	gone := false
	if s.loaded {
		moved, gone = s.moved()
	}
	if !s.loaded || gone || s.reparsed > reparseLimit || s.needsReload(changed, moved) {
		out, err := s.reload()
		if err == nil {
			for _, f := range changed {
				if filepath.Ext(f) == ".go" && s.nodeOfFile(f) == nil {
					s.outside[f] = true
				}
			}
		}
		return out, err
	}
	dirty := s.dirty(changed, moved)
	if len(dirty) == 0 {
		return new(Checked), nil
	}
	affected := s.withImporters(dirty)
	for _, n := range affected {
		if reload := s.recheck(n); reload {
			return s.reload()
		}
	}
	return s.analyse(affected), nil
}

// moved returns the files read before whose size or modification time
// changed since, sorted, and whether one of them is gone.
func (s *Session) moved() (files []string, gone bool) {
	for file, was := range s.stamps {
		now, err := stampOf(file)
		switch {
		case err != nil:
			gone = true
		case now != was:
			files = append(files, file)
		}
	}
	slices.Sort(files)
	return files, gone
}

// needsReload reports whether the kept graph cannot absorb changed or
// moved, what changed on disk: a build file, a new file, or a cgo
// package's file.
func (s *Session) needsReload(changed, moved []string) bool {
	for _, f := range changed {
		switch filepath.Base(f) {
		case "go.mod", "go.sum", "go.work", "go.work.sum":
			return true
		}
		if filepath.Ext(f) == ".go" && !strings.HasSuffix(f, "_test.go") && !s.outside[f] && s.nodeOfFile(f) == nil && s.inWorkspace(f) {
			return true
		}
	}
	for _, file := range moved {
		if n := s.nodeOfFile(file); filepath.Ext(file) != ".go" || n != nil && n.cgo {
			return true
		}
	}
	return false
}

// inWorkspace reports whether file lies below the session's directory, so
// that a new file there may belong to a package of the build.
func (s *Session) inWorkspace(file string) bool {
	return strings.HasPrefix(file, filepath.Clean(s.dir)+string(filepath.Separator))
}

// nodeOfFile returns the root package file belongs to, or nil.
func (s *Session) nodeOfFile(file string) *node { return s.byFile[file] }

// dirty returns the root packages to analyse again, in the session's
// order: those holding a file of changed or of moved, and those below a
// changed config file's directory.
func (s *Session) dirty(changed, moved []string) []*node {
	marked := make(map[*node]bool)
	for _, f := range changed {
		if filepath.Base(f) == config.FileName {
			below := filepath.Dir(f) + string(filepath.Separator)
			for _, n := range s.order {
				if n.root && len(n.pkg.GoFiles) > 0 && strings.HasPrefix(n.pkg.GoFiles[0], below) {
					marked[n] = true
				}
			}
			continue
		}
		if n := s.nodeOfFile(f); n != nil {
			marked[n] = true
		}
	}
	for _, file := range moved {
		if n := s.nodeOfFile(file); n != nil {
			marked[n] = true
		}
	}
	var out []*node
	for _, n := range s.order {
		if marked[n] {
			out = append(out, n)
		}
	}
	return out
}

// withImporters adds to nodes every package that imports one of them,
// directly or not, and returns them all in the session's order.
func (s *Session) withImporters(nodes []*node) []*node {
	in := make(map[*node]bool)
	queue := slices.Clone(nodes)
	for _, n := range nodes {
		in[n] = true
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, imp := range n.importers {
			if !in[imp] {
				in[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	var out []*node
	for _, n := range s.order {
		if in[n] {
			out = append(out, n)
		}
	}
	return out
}

// reload loads the build afresh and analyses all of it.
func (s *Session) reload() (*Checked, error) {
	s.loaded = false
	fset := token.NewFileSet()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  s.dir,
		Fset: fset,
	}
	initial, err := packages.Load(cfg, "./...")
	if err != nil {
		return nil, fmt.Errorf("loading %s: %s", s.dir, loadErrorText(err))
	}
	s.fset = fset
	s.order = nil
	s.byPkg = make(map[*packages.Package]*node)
	s.byType = make(map[*types.Package]*node)
	s.stamps = make(map[string]stamp)
	s.outside = make(map[string]bool)
	s.byFile = make(map[string]*node)
	packages.Visit(initial, nil, func(pkg *packages.Package) {
		n := &node{pkg: pkg, cgo: !slices.Equal(pkg.GoFiles, pkg.CompiledGoFiles)}
		for _, e := range pkg.Errors {
			if e.Kind == packages.ListError {
				n.listErrs = append(n.listErrs, e)
			}
		}
		s.order = append(s.order, n)
		s.byPkg[pkg] = n
		if pkg.Types != nil {
			s.byType[pkg.Types] = n
		}
	})
	for _, n := range s.order {
		for _, imp := range n.pkg.Imports {
			if dep := s.byPkg[imp]; dep != nil {
				dep.importers = append(dep.importers, n)
			}
		}
	}
	for _, pkg := range initial {
		n := s.byPkg[pkg]
		n.root = true
		for _, f := range slices.Concat(pkg.GoFiles, pkg.CompiledGoFiles) {
			s.byFile[f] = n
		}
		for _, f := range pkg.GoFiles {
			s.keepStamp(f)
		}
	}
	for _, f := range []string{"go.mod", "go.sum", "go.work", "go.work.sum"} {
		if mod := buildFile(s.dir, f); mod != "" {
			s.keepStamp(mod)
		}
	}
	s.loaded, s.reparsed = true, 0
	out := s.analyse(s.order)
	for _, n := range s.order {
		if !n.root {
			out.Problems = append(out.Problems, packageProblems(n.pkg)...)
		}
	}
	sortProblems(out.Problems)
	out.Problems = slices.Compact(out.Problems)
	return out, nil
}

// buildFile returns the nearest file named name in dir or above it, or "".
func buildFile(dir, name string) string {
	for d := filepath.Clean(dir); ; {
		if _, err := os.Stat(filepath.Join(d, name)); err == nil {
			return filepath.Join(d, name)
		}
		up := filepath.Dir(d)
		if up == d {
			return ""
		}
		d = up
	}
}

func (s *Session) keepStamp(file string) {
	if st, err := stampOf(file); err == nil {
		s.stamps[file] = st
	}
}

func stampOf(file string) (stamp, error) {
	fi, err := os.Stat(file)
	if err != nil {
		return stamp{}, err
	}
	return stamp{size: fi.Size(), modTime: fi.ModTime().UnixNano()}, nil
}

// parseMode is go/packages' own, so that a re-checked package's syntax is
// what a loaded one's is.
const parseMode = parser.AllErrors | parser.ParseComments

// recheck parses n's files again and type-checks them against the types
// its imports have now, replacing n's syntax, types and errors. It
// reports whether the package imports something it did not import when
// loaded, which only a reload can find.
func (s *Session) recheck(n *node) (reload bool) {
	pkg := n.pkg
	errs := slices.Clone(n.listErrs)
	var files []*ast.File
	for _, name := range pkg.CompiledGoFiles {
		s.keepStamp(name)
		src, err := os.ReadFile(name)
		if err != nil {
			return true
		}
		f, err := parser.ParseFile(s.fset, name, src, parseMode)
		if f == nil {
			return true
		}
		var list scanner.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				errs = append(errs, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		}
		for _, spec := range f.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			if path != "unsafe" && path != "C" && pkg.Imports[path] == nil {
				return true
			}
		}
		files = append(files, f)
	}
	s.reparsed += len(files)
	info := &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	var typeErrs []types.Error
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			if imp := pkg.Imports[path]; imp != nil && imp.Types != nil {
				return imp.Types, nil
			}
			return nil, fmt.Errorf("no package %q among %s's imports", path, pkg.PkgPath)
		}),
		Sizes: pkg.TypesSizes,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				typeErrs = append(typeErrs, te)
				errs = append(errs, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
			}
		},
	}
	if pkg.Module != nil && pkg.Module.GoVersion != "" {
		tc.GoVersion = "go" + pkg.Module.GoVersion
	}
	old := pkg.Types
	tpkg := types.NewPackage(pkg.PkgPath, pkg.Name)
	if err := types.NewChecker(tc, s.fset, tpkg, info).Files(files); err != nil && len(errs) == 0 {
		errs = append(errs, packages.Error{Msg: err.Error(), Kind: packages.TypeError})
	}
	delete(s.byType, old)
	s.byType[tpkg] = n
	pkg.Syntax, pkg.Types, pkg.TypesInfo = files, tpkg, info
	pkg.Errors, pkg.TypeErrors = errs, typeErrs
	pkg.IllTyped = len(errs) > 0
	for _, imp := range pkg.Imports {
		pkg.IllTyped = pkg.IllTyped || imp.IllTyped
	}
	return false
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
