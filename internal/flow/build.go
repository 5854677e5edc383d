package flow

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// buildSSA builds SSA for the candidates of sel alone and returns the
// top-level functions to analyse, in source order, the package
// initializer last.
//
// The pass's syntax is left alone: the package is built from copies of
// its files in which every function that is not a candidate is a
// declaration without a body, as for an assembly function, so that calls
// of it still resolve. Only the imported packages whose functions or
// variables the candidates name are created, each with those members
// alone (see createStub); BareInits keeps the initializer from calling
// the others. Should that fall short, the build is retried with every
// import created in full, as buildssa does.
func (p *pkgCtx) buildSSA(sel selection, noReturn func(*types.Func) bool) (tops []*ssa.Function, err error) {
	pkg, err := p.tryBuild(sel, noReturn, analyseAll)
	if err != nil && strict {
		return nil, err // tests: the candidates must suffice
	}
	if err != nil {
		pkg, err = p.tryBuild(sel, noReturn, true)
		if err != nil {
			return nil, err
		}
	}
	p.prog = pkg.Prog
	info := p.pass.TypesInfo
	for _, f := range p.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, ok := info.Defs[fd.Name].(*types.Func)
			if !ok || !sel.funcs[obj] {
				continue
			}
			if fn := p.prog.FuncValue(obj); fn != nil {
				tops = append(tops, fn)
			}
		}
	}
	if init := pkg.Func("init"); sel.init && init != nil && len(init.Blocks) > 0 {
		tops = append(tops, init)
	}
	return tops, nil
}

// tryBuild creates and builds the package; with allImports, every direct
// import is created, else only those sel names. A panic of the builder
// is returned as an error.
func (p *pkgCtx) tryBuild(sel selection, noReturn func(*types.Func) bool, allImports bool) (pkg *ssa.Package, err error) {
	defer func() {
		if r := recover(); r != nil {
			pkg, err = nil, fmt.Errorf("building SSA for %s: %v", p.pass.Pkg.Path(), r)
		}
	}()
	prog := ssa.NewProgram(p.pass.Fset, ssa.BareInits)
	prog.SetNoReturn(noReturn)
	for _, imp := range p.pass.Pkg.Imports() {
		if allImports {
			prog.CreatePackage(imp, nil, nil, true)
		} else if objs := sel.imports[imp]; len(objs) > 0 {
			createStub(prog, imp, objs)
		}
	}

	orig := p.pass.TypesInfo
	info := *orig // the copy shares the maps, which SSA only reads
	if !sel.init {
		info.InitOrder = nil
	}
	info.FileVersions = make(map[*ast.File]string, len(p.pass.Files))
	files := make([]*ast.File, len(p.pass.Files))
	for i, f := range p.pass.Files {
		files[i] = p.trimFile(f, sel)
		if v, ok := orig.FileVersions[f]; ok {
			info.FileVersions[files[i]] = v
		}
	}
	pkg = prog.CreatePackage(p.pass.Pkg, files, &info, false)
	pkg.Build()
	return pkg, nil
}

// createStub creates the SSA package of an import with members for objs
// alone, package-level functions and variables of it. CreatePackage
// without syntax would make a member of every object and method of the
// package, again in every package that imports it: for net/http, in
// every HTTP client of a code base. The stub is made from declarations
// without bodies, as for assembly functions; it is never built.
func createStub(prog *ssa.Program, imp *types.Package, objs []types.Object) {
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object, len(objs))}
	file := &ast.File{Name: ast.NewIdent(imp.Name())}
	var vars []ast.Spec
	for _, obj := range objs {
		id := ast.NewIdent(obj.Name())
		info.Defs[id] = obj
		switch obj.(type) {
		case *types.Func:
			file.Decls = append(file.Decls, &ast.FuncDecl{Name: id, Type: &ast.FuncType{}})
		case *types.Var:
			vars = append(vars, &ast.ValueSpec{Names: []*ast.Ident{id}})
		}
	}
	if len(vars) > 0 {
		file.Decls = append(file.Decls, &ast.GenDecl{Tok: token.VAR, Specs: vars})
	}
	prog.CreatePackage(imp, []*ast.File{file}, info, true)
}

// trimFile returns f, or a shallow copy of it in which the functions that
// are not candidates have no body.
func (p *pkgCtx) trimFile(f *ast.File, sel selection) *ast.File {
	var decls []ast.Decl
	for i, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		if obj, ok := p.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && sel.funcs[obj] {
			continue
		}
		if decls == nil {
			decls = append([]ast.Decl(nil), f.Decls...)
		}
		bare := *fd
		bare.Body = nil
		decls[i] = &bare
	}
	if decls == nil {
		return f
	}
	copied := *f
	copied.Decls = decls
	return &copied
}
