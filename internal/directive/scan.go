package directive

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"slices"
)

// Placed is a directive attached to the syntax it annotates.
type Placed struct {
	Directive
	// Node is an *ast.FuncDecl, an *ast.Field (interface method or struct
	// field), an *ast.TypeSpec (struct type) or an ast.Stmt.
	Node   ast.Node
	Target TargetKind
}

// File is the directives of one file.
type File struct {
	Placed  []Placed    // in source order
	Ignores []Directive // every well-formed, well-placed ignore, in source order
	Errors  []Error     // malformed or misplaced directives, in source order

	tf      *token.File
	byNode  map[ast.Node][]Directive
	byLine  map[int][]Directive // raw line -> the ignores covering it
	covered map[token.Pos]int   // ignore's Pos -> the raw line it covers
}

// Scan finds every hrvet directive in f, which must have been parsed with
// comments into fset, and attaches it to its target. Files without a
// directive cost one pass over their comments.
func Scan(fset *token.FileSet, f *ast.File) *File {
	out := &File{}
	if f == nil {
		return out
	}
	var todo []*pending
	for _, g := range f.Comments {
		if g == nil {
			continue
		}
		for _, c := range g.List {
			d, ok, err := Parse(c)
			switch {
			case !ok:
			case err != nil:
				out.Errors = append(out.Errors, *err)
			default:
				todo = append(todo, &pending{d: d, comment: c, group: g})
			}
		}
	}
	if len(todo) > 0 {
		if tf := tokenFile(fset, f); tf != nil {
			out.tf = tf
			newPlacer(tf, f, todo).place(out)
		} else {
			for _, fd := range todo {
				out.Errors = append(out.Errors, Error{Pos: fd.d.Pos, End: fd.d.End,
					Msg: fmt.Sprintf("cannot place //hrvet:%s: the file is not in the file set it was parsed with", fd.d.Verb)})
			}
		}
	}
	slices.SortStableFunc(out.Errors, func(a, b Error) int { return cmp.Compare(a.Pos, b.Pos) })
	return out
}

// pending is a well-formed directive on its way to a target.
type pending struct {
	d       Directive
	comment *ast.Comment
	group   *ast.CommentGroup
	line    int // the raw line of the comment
	next    int // the raw line after the comment's group
}

func tokenFile(fset *token.FileSet, f *ast.File) *token.File {
	if fset == nil {
		return nil
	}
	for _, p := range []token.Pos{f.FileStart, f.Package, f.Pos()} {
		if p.IsValid() {
			if tf := fset.File(p); tf != nil {
				return tf
			}
		}
	}
	return nil
}

// ForFunc returns the directives on a func or method declaration, in
// source order. The slice is shared; do not modify it.
func (f *File) ForFunc(decl *ast.FuncDecl) []Directive { return f.forNode(decl) }

// ForField returns the directives on a struct field or interface method.
func (f *File) ForField(field *ast.Field) []Directive { return f.forNode(field) }

// ForType returns the directives on a struct type declaration.
func (f *File) ForType(spec *ast.TypeSpec) []Directive { return f.forNode(spec) }

// ForStmt returns the directives (a basis) on a statement.
func (f *File) ForStmt(stmt ast.Stmt) []Directive { return f.forNode(stmt) }

func (f *File) forNode(n ast.Node) []Directive {
	if f == nil || f.byNode == nil {
		return nil
	}
	return f.byNode[n]
}

// IgnoresAt returns the ignores that cover the line holding pos: an ignore
// ending that line, or one on its own line directly above it. A diagnostic
// at pos is suppressed by those of them that name its analyzer.
func (f *File) IgnoresAt(pos token.Pos) []Directive {
	if line := f.rawLine(pos); line > 0 {
		return f.byLine[line]
	}
	return nil
}

// IgnoresOnLine returns the ignores that cover a line, counted in the file
// as written: //line directives do not move it (token.File.PositionFor
// with adjusted false). Prefer IgnoresAt.
func (f *File) IgnoresOnLine(line int) []Directive {
	if f == nil {
		return nil
	}
	return f.byLine[line]
}

// Suppressor returns the ignore that suppresses a diagnostic of analyzer
// at pos, if there is one. The analyzers record which ignores were used,
// so that the ones that suppress nothing can be reported; an ignore is
// identified by its Pos.
func (f *File) Suppressor(pos token.Pos, analyzer string) (Directive, bool) {
	for _, d := range f.IgnoresAt(pos) {
		if d.Names(analyzer) {
			return d, true
		}
	}
	return Directive{}, false
}

// CoveredLine returns the line, counted as in IgnoresOnLine, that one of
// f's ignores covers, or 0 if ignore is not one of them.
func (f *File) CoveredLine(ignore Directive) int {
	if f == nil {
		return 0
	}
	return f.covered[ignore.Pos]
}

// rawLine returns the line of pos in the file as written, or 0 when pos is
// not in the file.
func (f *File) rawLine(pos token.Pos) int {
	if f == nil || f.tf == nil || !inFile(f.tf, pos) {
		return 0
	}
	return f.tf.PositionFor(pos, false).Line
}

func inFile(tf *token.File, p token.Pos) bool {
	return p.IsValid() && tf.Base() <= int(p) && int(p) <= tf.Base()+tf.Size()
}
