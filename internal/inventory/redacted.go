package inventory

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/types/typeutil"
)

// redactedFlows records the sink calls whose arguments hand over personal
// data through a redactor: log.Printf("%s", annotations.Mask(e.Phone)).
// The flow engine does not report them, since a redactor's result carries
// nothing, but the record of processing lists them with the redactor as
// their guard.
//
// This is a syntactic look at each call, not the engine's data flow: the
// redactor call must be inside the sink call's arguments (nested calls
// such as slog.String or fmt.Sprintf included), and the sink must be
// called directly, not through a wrapper.
func (b *builder) redactedFlows() {
	for _, f := range b.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sink, args, ok := b.sinkCall(call)
			if !ok {
				return true
			}
			var flows []Flow // one per redactor
			for _, arg := range args {
				b.redactionsIn(arg, func(redactor string, data []Datum) {
					i := slices.IndexFunc(flows, func(f Flow) bool { return f.Guard.Redactor == redactor })
					if i < 0 {
						flows = append(flows, Flow{
							Pos:     b.position(call.Pos()),
							Package: b.rec.Package,
							Func:    b.enclosingFunc(call.Pos()),
							Sink:    sink,
							Guard:   Guard{Kind: GuardRedactor, Redactor: redactor},
							Status:  "ok",
						})
						i = len(flows) - 1
					}
					flows[i].Data = sortData(append(flows[i].Data, data...))
				})
			}
			b.rec.Flows = append(b.rec.Flows, flows...)
			return true
		})
	}
}

// sinkCall reports whether call is a sink, declared (directive or config)
// or built in, and returns the arguments that carry its data.
func (b *builder) sinkCall(call *ast.CallExpr) (Sink, []ast.Expr, bool) {
	fn, ok := typeutil.Callee(b.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return Sink{}, nil, false
	}
	if ff, ok := b.cat.Func(fn); ok && ff.Sink != "" {
		purpose := ff.SinkPurpose
		if ff.Sink == string(sinks.Commercial) && purpose == "" {
			purpose = "commercial" // as the flow engine has it
		}
		return Sink{Name: fn.Origin().FullName(), Kind: ff.Sink, Purpose: purpose}, call.Args, true
	}
	e, ok := sinks.LookupFunc(fn)
	if !ok {
		return Sink{}, nil, false
	}
	sink := Sink{Name: fn.Origin().FullName(), Kind: string(e.Kind), Purpose: e.Purpose}
	switch e.Data {
	case sinks.DataArgs:
		return sink, call.Args, true
	case sinks.DataStdio:
		if len(call.Args) > 0 && b.isStdio(call.Args[0]) {
			return sink, call.Args[1:], true
		}
	}
	// Requests, returned writers and attributes carry data the syntax of
	// the call does not show.
	return Sink{}, nil, false
}

// isStdio reports whether e is os.Stdout or os.Stderr.
func (b *builder) isStdio(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := b.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdout" || v.Name() == "Stderr")
}

// redactionsIn calls found for each redactor call in e that is given
// personal data, with the redactor's name and the data. Function literals
// are not entered: their bodies run elsewhere.
func (b *builder) redactionsIn(e ast.Expr, found func(redactor string, data []Datum)) {
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(b.pass.TypesInfo, n).(*types.Func)
			if !ok {
				return true
			}
			if ff, ok := b.cat.Func(fn); !ok || !ff.Redact {
				return true
			}
			var data []Datum
			inputs := n.Args
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				if s := b.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
					inputs = append([]ast.Expr{sel.X}, inputs...)
				}
			}
			for _, in := range inputs {
				data = append(data, b.personalData(in)...)
			}
			if len(data) > 0 {
				found(fn.Origin().FullName(), data)
			}
			return false
		}
		return true
	})
}

// personalData returns the personal fields e reads (e.Phone), or, when it
// reads none, those a value of its type carries (a whole *Employee).
func (b *builder) personalData(e ast.Expr) []Datum {
	var data []Datum
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SelectorExpr:
			s := b.pass.TypesInfo.Selections[n]
			if s == nil || s.Kind() != types.FieldVal {
				return true
			}
			v, ok := s.Obj().(*types.Var)
			if !ok {
				return true
			}
			if fact, ok := b.cat.Field(v); ok {
				data = append(data, Datum{Field: b.names.of(v), Category: fact.Category})
				return false
			}
		}
		return true
	})
	if len(data) > 0 {
		return data
	}
	if tv, ok := b.pass.TypesInfo.Types[e]; ok && tv.Type != nil {
		for _, pf := range b.cat.PersonalFields(tv.Type) {
			data = append(data, Datum{Field: pf.Path, Category: pf.Fact.Category})
		}
	}
	return data
}
