package driver

import (
	"fmt"
	"go/types"
	"os"
	"reflect"
	"slices"

	"github.com/hrvet/hrvet/internal/inventory"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// factSet is what one analyzer exported on one package.
type factSet struct {
	objects  map[objectFactKey]analysis.Fact
	packages map[reflect.Type]analysis.Fact
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

// analyse runs the analyses of nodes, given in the session's order, and
// returns what the root packages among them gave. A package that does not
// type-check, or imports one that does not, is not analysed and keeps no
// facts, as the command skips it; its errors are problems.
func (s *Session) analyse(nodes []*node) *Checked {
	out := new(Checked)
	for _, n := range nodes {
		pkg := n.pkg
		if n.root {
			out.Files = append(out.Files, pkg.GoFiles...)
			out.Problems = append(out.Problems, packageProblems(pkg)...)
		}
		n.facts = nil
		if !pkg.IllTyped && pkg.Types != nil {
			s.analysePackage(n, out)
		}
		// Only the types stay, for the importers; the rest is read
		// again from disk when the package changes.
		pkg.Syntax, pkg.TypesInfo, pkg.TypeErrors = nil, nil, nil
	}
	slices.Sort(out.Files)
	out.Files = slices.Compact(out.Files)
	out.Diagnostics = sortDiagnostics(out.Diagnostics)
	sortProblems(out.Problems)
	out.Problems = slices.Compact(out.Problems)
	return out
}

// analysePackage runs on n every analyzer it needs, each after those it
// requires, keeping n's facts and adding to out the findings of the
// analyzers asked for, the errors of all, and n's record of processing.
func (s *Session) analysePackage(n *node, out *Checked) {
	list := s.forDeps
	if n.root {
		list = s.all
	}
	n.facts = make(map[*analysis.Analyzer]*factSet, len(list))
	results := make(map[*analysis.Analyzer]any, len(list))
	failed := make(map[*analysis.Analyzer]bool)
	for _, a := range list {
		if slices.ContainsFunc(a.Requires, func(req *analysis.Analyzer) bool { return failed[req] }) {
			failed[a] = true // its prerequisite's error is the problem
			continue
		}
		facts := &factSet{objects: make(map[objectFactKey]analysis.Fact), packages: make(map[reflect.Type]analysis.Fact)}
		n.facts[a] = facts
		var diags []analysis.Diagnostic
		pass := s.newPass(n, a, facts, results, &diags)
		result, err := a.Run(pass)
		pass.ExportObjectFact, pass.ExportPackageFact = nil, nil
		if err == nil && reflect.TypeOf(result) != a.ResultType {
			err = fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v",
				n.pkg.PkgPath, a.Name, reflect.TypeOf(result), a.ResultType)
		}
		if err != nil {
			failed[a] = true
			out.Problems = append(out.Problems, errorProblems(a.Name, err)...)
			continue
		}
		results[a] = result
		if n.root && slices.Contains(s.analyzers, a) {
			for _, d := range diags {
				out.Diagnostics = append(out.Diagnostics, toDiagnostic(s.fset, a.Name, d))
			}
			if rec, ok := result.(*inventory.Record); ok && rec != nil {
				out.Records = append(out.Records, rec)
			}
		}
	}
}

// newPass dresses a pass of a on n, its facts going to facts and its
// findings to diags.
func (s *Session) newPass(n *node, a *analysis.Analyzer, facts *factSet, results map[*analysis.Analyzer]any, diags *[]analysis.Diagnostic) *analysis.Pass {
	pkg := n.pkg
	module := &analysis.Module{}
	if m := pkg.Module; m != nil {
		module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
	for _, req := range a.Requires {
		inputs[req] = results[req]
	}
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         s.fset,
		Files:        pkg.Syntax,
		OtherFiles:   pkg.OtherFiles,
		IgnoredFiles: pkg.IgnoredFiles,
		Pkg:          pkg.Types,
		TypesInfo:    pkg.TypesInfo,
		TypesSizes:   pkg.TypesSizes,
		TypeErrors:   pkg.TypeErrors,
		Module:       module,
		ResultOf:     inputs,
		Report:       func(d analysis.Diagnostic) { *diags = append(*diags, d) },
	}
	pass.ImportObjectFact = func(obj types.Object, ptr analysis.Fact) bool {
		if obj == nil {
			panic("ImportObjectFact of a nil object")
		}
		set := s.factsOf(obj.Pkg(), a)
		if set == nil || (obj.Pkg() != pkg.Types && !exportedFrom(obj)) {
			return false
		}
		return copyFact(set.objects[objectFactKey{obj, reflect.TypeOf(ptr)}], ptr)
	}
	pass.ImportPackageFact = func(p *types.Package, ptr analysis.Fact) bool {
		set := s.factsOf(p, a)
		return set != nil && copyFact(set.packages[reflect.TypeOf(ptr)], ptr)
	}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		if obj.Pkg() != pkg.Types {
			panic(fmt.Sprintf("%s on %s: a fact on %s, an object of another package", a.Name, pkg.PkgPath, obj))
		}
		facts.objects[objectFactKey{obj, reflect.TypeOf(fact)}] = fact
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		facts.packages[reflect.TypeOf(fact)] = fact
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact { return s.allObjectFacts(n, a) }
	pass.AllPackageFacts = func() []analysis.PackageFact { return s.allPackageFacts(n, a) }
	pass.ReadFile = func(name string) ([]byte, error) {
		if !slices.Contains(pkg.CompiledGoFiles, name) && !slices.Contains(pkg.OtherFiles, name) && !slices.Contains(pkg.IgnoredFiles, name) {
			return nil, fmt.Errorf("%s is not among the files of %s", name, pkg.PkgPath)
		}
		return os.ReadFile(name)
	}
	return pass
}

// factsOf returns what a exported on the package whose types are p, or nil.
func (s *Session) factsOf(p *types.Package, a *analysis.Analyzer) *factSet {
	if p == nil {
		return nil
	}
	if n := s.byType[p]; n != nil {
		return n.facts[a]
	}
	return nil
}

// copyFact copies fact into ptr, as ImportObjectFact promises, and
// reports whether there was one.
func copyFact(fact, ptr analysis.Fact) bool {
	if fact == nil {
		return false
	}
	reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
	return true
}

// exportedFrom reports whether an importer may see facts on obj: those
// on what export data holds, as the x/tools checker decides, so that the
// session's findings are the command's.
func exportedFrom(obj types.Object) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Exported() || obj.Signature().Recv() != nil
	case *types.Var, *types.TypeName, *types.Const:
		return true
	}
	return false
}

// deps returns n and every package it imports, directly or not.
func (s *Session) deps(n *node) []*node {
	seen := map[*packages.Package]bool{n.pkg: true}
	out := []*node{n}
	for i := 0; i < len(out); i++ {
		for _, imp := range out[i].pkg.Imports {
			if !seen[imp] {
				seen[imp] = true
				if dep := s.byPkg[imp]; dep != nil {
					out = append(out, dep)
				}
			}
		}
	}
	return out
}

func (s *Session) allObjectFacts(n *node, a *analysis.Analyzer) []analysis.ObjectFact {
	var out []analysis.ObjectFact
	for _, dep := range s.deps(n) {
		if set := dep.facts[a]; set != nil {
			for key, fact := range set.objects {
				if dep == n || exportedFrom(key.obj) {
					out = append(out, analysis.ObjectFact{Object: key.obj, Fact: fact})
				}
			}
		}
	}
	return out
}

func (s *Session) allPackageFacts(n *node, a *analysis.Analyzer) []analysis.PackageFact {
	var out []analysis.PackageFact
	for _, dep := range s.deps(n) {
		if set := dep.facts[a]; set != nil {
			for _, fact := range set.packages {
				out = append(out, analysis.PackageFact{Package: dep.pkg.Types, Fact: fact})
			}
		}
	}
	return out
}
