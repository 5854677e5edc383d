package directive

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"sort"
)

// placer attaches the well-formed directives of one file to their targets.
// It walks the syntax tree once, and looks only at the few lines that hold
// a directive or follow one, so its cost is one pass plus a binary search
// per node over those lines.
type placer struct {
	tf     *token.File
	file   *ast.File
	todo   []*pending
	groups map[*ast.CommentGroup]bool      // the groups that hold a directive
	docs   map[*ast.CommentGroup]docTarget // their declaration, if they are one's doc
	lines  []lineInfo                      // the lines of interest, by number
}

// docTarget is the declaration a comment group documents.
type docTarget struct {
	node ast.Node
	kind TargetKind // 0 for a declaration no directive applies to
	what string     // for kind 0: the declaration, as "a var declaration"
}

// lineInfo is what the walk learns about one line of interest.
type lineInfo struct {
	line       int
	start, end int      // byte offsets of the line, [start, end)
	firstCode  int      // offset of the line's first token; end if it has none
	stmt       ast.Stmt // the first statement of a statement list that starts on the line
}

func newPlacer(tf *token.File, f *ast.File, todo []*pending) *placer {
	p := &placer{
		tf:     tf,
		file:   f,
		todo:   todo,
		groups: make(map[*ast.CommentGroup]bool),
		docs:   make(map[*ast.CommentGroup]docTarget),
	}
	var nums []int
	for _, pd := range todo {
		p.groups[pd.group] = true
		pd.line = p.rawLine(pd.comment.Pos())
		pd.next = p.rawLine(pd.group.End()-1) + 1
		nums = append(nums, pd.line, pd.next)
	}
	slices.Sort(nums)
	for _, n := range slices.Compact(nums) {
		if n < 1 || n > tf.LineCount() {
			continue
		}
		start := tf.Offset(tf.LineStart(n))
		end := tf.Size() + 1
		if n < tf.LineCount() {
			end = tf.Offset(tf.LineStart(n + 1))
		}
		p.lines = append(p.lines, lineInfo{line: n, start: start, end: end, firstCode: end})
	}
	return p
}

func (p *placer) rawLine(pos token.Pos) int {
	if !inFile(p.tf, pos) {
		return 0
	}
	return p.tf.PositionFor(pos, false).Line
}

// lineAt returns the line of interest holding pos, or nil.
func (p *placer) lineAt(pos token.Pos) *lineInfo {
	if !inFile(p.tf, pos) {
		return nil
	}
	off := p.tf.Offset(pos)
	i := sort.Search(len(p.lines), func(i int) bool { return p.lines[i].start > off }) - 1
	if i < 0 || off >= p.lines[i].end {
		return nil
	}
	return &p.lines[i]
}

// lineNumbered returns the line of interest numbered n, or nil.
func (p *placer) lineNumbered(n int) *lineInfo {
	i, ok := slices.BinarySearchFunc(p.lines, n, func(l lineInfo, n int) int { return l.line - n })
	if !ok {
		return nil
	}
	return &p.lines[i]
}

// walk records the declarations the directive groups document, the
// statements that start on lines of interest, and where code sits on them.
func (p *placer) walk() {
	ast.Inspect(p.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil:
			return false
		case *ast.CommentGroup, *ast.Comment:
			return false
		case *ast.File:
			p.doc(n.Doc, docTarget{what: "the package clause"})
			for _, decl := range n.Decls {
				if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok != token.TYPE {
					p.doc(gd.Doc, docTarget{what: "a " + gd.Tok.String() + " declaration"})
				}
			}
		case *ast.FuncDecl:
			p.doc(n.Doc, docTarget{node: n, kind: FuncTarget})
		case *ast.GenDecl:
			p.genDecl(n)
		case *ast.StructType:
			if n.Fields != nil {
				for _, field := range n.Fields.List {
					p.field(field, docTarget{node: field, kind: StructFieldTarget})
				}
			}
		case *ast.InterfaceType:
			if n.Methods != nil {
				for _, field := range n.Methods.List {
					t := docTarget{node: field, kind: InterfaceMethodTarget}
					if field != nil && len(field.Names) == 0 {
						t = docTarget{what: "an embedded interface or type constraint"}
					}
					p.field(field, t)
				}
			}
		case *ast.BlockStmt:
			p.stmts(n.List)
		case *ast.CaseClause:
			p.stmts(n.Body)
		case *ast.CommClause:
			p.stmts(n.Body)
		case *ast.LabeledStmt:
			p.stmts([]ast.Stmt{n.Stmt})
		}
		p.code(n.Pos())
		p.code(n.End() - 1)
		return true
	})
}

// genDecl records the docs of a type declaration. A lone "type T ..." has
// its doc on the GenDecl; in a "type ( ... )" group each TypeSpec has its
// own, and the group's doc belongs to no single type. Docs of var, const
// and import declarations inside function bodies are left to the statement
// rule: there they sit above a statement.
func (p *placer) genDecl(gd *ast.GenDecl) {
	if gd.Tok != token.TYPE {
		return
	}
	grouped := gd.Lparen.IsValid() || len(gd.Specs) != 1
	if grouped {
		p.doc(gd.Doc, docTarget{what: "a grouped type declaration"})
	}
	for _, spec := range gd.Specs {
		ts, ok := spec.(*ast.TypeSpec)
		if !ok || ts == nil {
			continue
		}
		t := typeTarget(ts)
		if !grouped {
			p.doc(gd.Doc, t)
		}
		p.doc(ts.Doc, t)
	}
}

func typeTarget(ts *ast.TypeSpec) docTarget {
	switch ts.Type.(type) {
	case *ast.StructType:
		return docTarget{node: ts, kind: StructTypeTarget}
	case *ast.InterfaceType:
		return docTarget{what: "an interface type"}
	}
	return docTarget{what: "a type that is not a struct type literal"}
}

// field records a field's doc and its trailing line comment: a directive
// may end a field's line ("Diagnosis string //hrvet:basis ...").
func (p *placer) field(field *ast.Field, t docTarget) {
	if field == nil {
		return
	}
	p.doc(field.Doc, t)
	p.doc(field.Comment, t)
}

func (p *placer) doc(g *ast.CommentGroup, t docTarget) {
	if g == nil || !p.groups[g] {
		return
	}
	if _, seen := p.docs[g]; !seen {
		p.docs[g] = t
	}
}

// stmts records the statements of a list that start on lines of interest.
// The walk is in source order and reaches a list before anything nested in
// its statements, so the first statement recorded for a line is the
// outermost one starting there.
func (p *placer) stmts(list []ast.Stmt) {
	for _, s := range list {
		if s == nil {
			continue
		}
		if l := p.lineAt(s.Pos()); l != nil && l.stmt == nil {
			l.stmt = s
		}
	}
}

// code notes a token at pos.
func (p *placer) code(pos token.Pos) {
	if l := p.lineAt(pos); l != nil {
		l.firstCode = min(l.firstCode, p.tf.Offset(pos))
	}
}

// endsCode reports whether code comes before pos on its line.
func (p *placer) endsCode(pos token.Pos) bool {
	l := p.lineAt(pos)
	return l != nil && l.firstCode < p.tf.Offset(pos)
}

// hasCode reports whether line n holds code.
func (p *placer) hasCode(n int) bool {
	l := p.lineNumbered(n)
	return l != nil && l.firstCode < l.end
}

// stmtOn returns the statement that starts line n, or nil.
func (p *placer) stmtOn(n int) ast.Stmt {
	if l := p.lineNumbered(n); l != nil {
		return l.stmt
	}
	return nil
}

// place resolves every directive into out.
func (p *placer) place(out *File) {
	p.walk()
	out.byNode = make(map[ast.Node][]Directive)
	out.byLine = make(map[int][]Directive)
	out.covered = make(map[token.Pos]int)
	type nodeVerb struct {
		node ast.Node
		verb Verb
	}
	firstOn := make(map[nodeVerb]int)
	type lineAnalyzer struct {
		line     int
		analyzer string
	}
	firstFor := make(map[lineAnalyzer]int)

	for _, pd := range p.todo {
		d := pd.d
		if d.Verb == Ignore {
			covered := pd.next
			if p.endsCode(d.Pos) {
				covered = pd.line
			} else if !p.hasCode(covered) {
				out.errorf(d, "//hrvet:ignore is not directly above a line of code; put it at the end of the reported line or on the line directly above it")
				continue
			}
			if dup := slices.IndexFunc(d.Analyzers, func(a string) bool { _, ok := firstFor[lineAnalyzer{covered, a}]; return ok }); dup >= 0 {
				a := d.Analyzers[dup]
				out.errorf(d, "duplicate //hrvet:ignore for %s: line %d is already covered by the ignore on line %d; remove one", a, covered, firstFor[lineAnalyzer{covered, a}])
				continue
			}
			for _, a := range d.Analyzers {
				firstFor[lineAnalyzer{covered, a}] = pd.line
			}
			out.Ignores = append(out.Ignores, d)
			out.byLine[covered] = append(out.byLine[covered], d)
			out.covered[d.Pos] = covered
			continue
		}

		t, isDoc := p.docs[pd.group]
		switch {
		case isDoc:
		case p.endsCode(d.Pos):
			out.errorf(d, "//hrvet:%s cannot end a line of code; put it on its own line directly above %s", d.Verb, placesFor(d.Verb))
			continue
		default:
			s := p.stmtOn(pd.next)
			if s == nil {
				out.errorf(d, "//hrvet:%s is not directly above anything it can mark; put it on the line directly above %s", d.Verb, placesFor(d.Verb))
				continue
			}
			t = docTarget{node: s, kind: StatementTarget}
		}
		if t.kind == 0 {
			out.errorf(d, "//hrvet:%s does not apply to %s; put it on %s", d.Verb, t.what, placesFor(d.Verb))
			continue
		}
		if !Applies(d.Verb, t.kind) {
			out.errorf(d, "//hrvet:%s does not apply to %s; put it on %s", d.Verb, t.kind.article(), placesFor(d.Verb))
			continue
		}
		key := nodeVerb{t.node, d.Verb}
		if first, dup := firstOn[key]; dup {
			out.errorf(d, "duplicate //hrvet:%s: this %s already has one on line %d; remove one", d.Verb, t.kind, first)
			continue
		}
		firstOn[key] = pd.line
		out.Placed = append(out.Placed, Placed{Directive: d, Node: t.node, Target: t.kind})
		out.byNode[t.node] = append(out.byNode[t.node], d)
	}
}

func (f *File) errorf(d Directive, format string, args ...any) {
	f.Errors = append(f.Errors, Error{Pos: d.Pos, End: d.End, Msg: fmt.Sprintf(format, args...)})
}
