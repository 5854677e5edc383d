package logleak

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/analyzers/pdfields"
	"github.com/hrvet/hrvet/internal/flow"
	"github.com/hrvet/hrvet/internal/report"
	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports personal data that reach a log sink without passing
// through a redactor.
var Analyzer = &analysis.Analyzer{
	Name:     "logleak",
	Doc:      doc,
	URL:      "https://pkg.go.dev/github.com/hrvet/hrvet/analyzers/logleak",
	Requires: []*analysis.Analyzer{pdfields.Analyzer, flow.Analyzer},
	Run:      run,
}

// annotationsPath is the package of the redactors the fix wraps data in.
const annotationsPath = "github.com/hrvet/hrvet/annotations"

func run(pass *analysis.Pass) (any, error) {
	cat := pass.ResultOf[pdfields.Analyzer].(*pdfields.Catalog)
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	r := report.New(pass, cat.Directives)
	var logged []*flow.Flow
	for _, f := range res.Flows {
		if f.Kind == sinks.Log && f.Problem != flow.OK && len(f.Data) > 0 {
			logged = append(logged, f)
		}
	}
	// One finding a call: the logs a wrapper writes to are one leak.
	for _, f := range flow.Merge(logged, func(a, b *flow.Flow) bool { return true }) {
		verb := "reaches"
		if f.Plural() {
			verb = "reach"
		}
		d := analysis.Diagnostic{
			Pos:     f.Pos,
			End:     f.End,
			Message: fmt.Sprintf("%s %s %s without a redactor (Labour Code art. 86 p.7); wrap it in annotations.Mask or drop it", f.DataString(), verb, f.SinkString()),
			Related: f.Related(),
		}
		if fix, ok := maskFix(pass, cat, f); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		r.Report(d)
	}
	r.Finish()
	return nil, nil
}

// maskFix wraps each argument that carries the data in a redactor. It
// offers nothing unless every such argument is a string expression, since
// a partial fix would leave the leak in place. The redactor is, in order:
// annotations.Mask where the file imports annotations already; a redactor
// the code has at hand (see redactorAtHand), so that the fix needs no new
// dependency; else annotations.Mask, with the import added (the command
// then says to require hrvet's module where the go.mod lacks it).
func maskFix(pass *analysis.Pass, cat *pdfields.Catalog, f *flow.Flow) (analysis.SuggestedFix, bool) {
	if f.Call == nil || len(f.Args) == 0 {
		return analysis.SuggestedFix{}, false
	}
	file := fileOf(pass, f.Call.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	name, importEdit, ok := annotationsName(file)
	wrap := name + ".Mask"
	if own, found := redactorAtHand(pass, cat, file); found && (importEdit != nil || !ok) {
		wrap, importEdit, ok = own, nil, true
	}
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	var edits []analysis.TextEdit
	for _, i := range f.Args {
		if i < 0 || i >= len(f.Call.Args) {
			return analysis.SuggestedFix{}, false
		}
		arg := f.Call.Args[i]
		if !isString(pass.TypesInfo.TypeOf(arg)) || (f.Call.Ellipsis.IsValid() && i == len(f.Call.Args)-1) {
			return analysis.SuggestedFix{}, false
		}
		edits = append(edits,
			analysis.TextEdit{Pos: arg.Pos(), End: arg.Pos(), NewText: []byte(wrap + "(")},
			analysis.TextEdit{Pos: arg.End(), End: arg.End(), NewText: []byte(")")},
		)
	}
	if importEdit != nil {
		edits = append(edits, *importEdit)
	}
	return analysis.SuggestedFix{Message: "Wrap the personal data in " + wrap, TextEdits: edits}, true
}

// redactorAtHand returns how file can call a redactor the code already
// has for a string: a function of the package itself, or an exported one
// of a package the file imports, marked //hrvet:redact or listed under
// redact: in .hrvet.yaml, that takes a string and returns one. The
// package's own come first, then the imports' in the file's order, each
// package's by name, so the choice is stable.
func redactorAtHand(pass *analysis.Pass, cat *pdfields.Catalog, file *ast.File) (string, bool) {
	if name, ok := stringRedactor(cat, pass.Pkg, false); ok {
		return name, true
	}
	for _, spec := range file.Imports {
		pn := pass.TypesInfo.PkgNameOf(spec)
		if pn == nil || pn.Name() == "_" || pn.Name() == "." || pn.Imported().Path() == annotationsPath {
			continue
		}
		if name, ok := stringRedactor(cat, pn.Imported(), true); ok {
			return pn.Name() + "." + name, true
		}
	}
	return "", false
}

// stringRedactor returns the first, by name, of pkg's functions (only
// the exported ones when exported is set) that the catalogue knows as a
// redactor and whose signature is func(string) string.
func stringRedactor(cat *pdfields.Catalog, pkg *types.Package, exported bool) (string, bool) {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		fn, ok := scope.Lookup(name).(*types.Func)
		if !ok || (exported && !fn.Exported()) {
			continue
		}
		if ff, _ := cat.Func(fn); !ff.Redact {
			continue
		}
		sig := fn.Signature()
		if sig.Variadic() || sig.Params().Len() != 1 || sig.Results().Len() != 1 ||
			!types.Identical(sig.Params().At(0).Type(), types.Typ[types.String]) ||
			!types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
			continue
		}
		return name, true
	}
	return "", false
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return f
		}
	}
	return nil
}

// annotationsName returns the name the file uses for package annotations,
// and the edit that imports it if the file does not yet. It fails if the
// name is taken by another import.
func annotationsName(file *ast.File) (string, *analysis.TextEdit, bool) {
	for _, spec := range file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		name := ""
		if spec.Name != nil {
			name = spec.Name.Name
		}
		if path == annotationsPath {
			switch name {
			case "":
				return "annotations", nil, true
			case "_", ".":
				return "", nil, false
			}
			return name, nil, true
		}
		if name == "annotations" || (name == "" && (path == "annotations" || strings.HasSuffix(path, "/annotations"))) {
			return "", nil, false
		}
	}
	line := strconv.Quote(annotationsPath)
	for i := len(file.Decls) - 1; i >= 0; i-- {
		gd, ok := file.Decls[i].(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return "annotations", &analysis.TextEdit{Pos: gd.Rparen, End: gd.Rparen, NewText: []byte("\t" + line + "\n")}, true
		}
		return "annotations", &analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + line)}, true
	}
	end := file.Name.End()
	return "annotations", &analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\nimport " + line)}, true
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
