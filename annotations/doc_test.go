package annotations_test

import (
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/classify"
	"github.com/hrvet/hrvet/internal/directive"
)

// The package comment is the user's reference. These tests keep it in step
// with the code: the category lists with the catalogue, the directive
// sections with the directive parser, the examples with what the parser
// and the classifier make of them.

// packageDoc parses the package comment of doc.go.
func packageDoc(t *testing.T) *comment.Doc {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	if f.Doc == nil {
		t.Fatal("doc.go has no package comment")
	}
	var p comment.Parser
	return p.Parse(f.Doc.Text())
}

// plain returns the text of a run of doc comment text, links included.
func plain(texts []comment.Text) string {
	var b strings.Builder
	for _, t := range texts {
		switch t := t.(type) {
		case comment.Plain:
			b.WriteString(string(t))
		case comment.Italic:
			b.WriteString(string(t))
		case *comment.Link:
			b.WriteString(plain(t.Text))
		case *comment.DocLink:
			b.WriteString(plain(t.Text))
		}
	}
	return b.String()
}

// sections returns the doc's blocks under each heading, by heading text;
// the blocks before the first heading are under "".
func sections(doc *comment.Doc) map[string][]comment.Block {
	out := make(map[string][]comment.Block)
	heading := ""
	for _, b := range doc.Content {
		if h, ok := b.(*comment.Heading); ok {
			heading = plain(h.Text)
			continue
		}
		out[heading] = append(out[heading], b)
	}
	return out
}

// docAll returns the doc's text: paragraphs, list items, code and headings.
func docAll(doc *comment.Doc) string {
	var b strings.Builder
	var walk func([]comment.Block)
	walk = func(blocks []comment.Block) {
		for _, blk := range blocks {
			switch blk := blk.(type) {
			case *comment.Heading:
				b.WriteString(plain(blk.Text))
			case *comment.Paragraph:
				b.WriteString(plain(blk.Text))
			case *comment.Code:
				b.WriteString(blk.Text)
			case *comment.List:
				for _, item := range blk.Items {
					walk(item.Content)
				}
			}
			b.WriteString("\n")
		}
	}
	walk(doc.Content)
	return b.String()
}

var categoryItem = regexp.MustCompile(`^([a-z]+)( \(identifying\))?: (.+)\.$`)

func TestDocListsEveryCategory(t *testing.T) {
	secs := sections(packageDoc(t))
	seen := make(map[annotations.Category]bool)
	for _, class := range []annotations.Class{annotations.Personal, annotations.Special, annotations.Forbidden} {
		heading := strings.ToUpper(class.String()[:1]) + class.String()[1:] + " categories"
		blocks, ok := secs[heading]
		if !ok {
			t.Errorf("the package doc has no heading %q", heading)
			continue
		}
		var listed []annotations.Category
		for _, blk := range blocks {
			list, ok := blk.(*comment.List)
			if !ok {
				continue
			}
			for _, item := range list.Items {
				if len(item.Content) != 1 {
					t.Errorf("%s: a list item with %d blocks, want one paragraph", heading, len(item.Content))
					continue
				}
				para, _ := item.Content[0].(*comment.Paragraph)
				if para == nil {
					t.Errorf("%s: a list item that is not a paragraph", heading)
					continue
				}
				text := strings.Join(strings.Fields(plain(para.Text)), " ")
				m := categoryItem.FindStringSubmatch(text)
				if m == nil {
					t.Errorf("%s: item %q is not of the form `id[ (identifying)]: what it covers.`", heading, text)
					continue
				}
				c, ok := annotations.Lookup(m[1])
				if !ok {
					t.Errorf("%s: item for unknown category %q", heading, m[1])
					continue
				}
				if seen[c] {
					t.Errorf("%s: category %q listed twice in the doc", heading, c)
				}
				seen[c] = true
				listed = append(listed, c)
				if c.Class() != class {
					t.Errorf("%q is listed under %q but its class is %v", c, heading, c.Class())
				}
				if got := m[2] != ""; got != c.Identifying() {
					t.Errorf("%q: doc says identifying %v, Identifying() = %v", c, got, c.Identifying())
				}
				if m[3] != c.Describe() {
					t.Errorf("%q: doc describes it as %q, Describe() = %q", c, m[3], c.Describe())
				}
			}
		}
		if want := annotations.ByClass(class); len(listed) != len(want) {
			t.Errorf("%s lists %v, want %v", heading, listed, want)
		}
	}
	for _, c := range annotations.Categories() {
		if !seen[c] {
			t.Errorf("category %q is missing from the package doc", c)
		}
	}
}

func TestDocCoversEveryDirective(t *testing.T) {
	doc := packageDoc(t)
	var headings []string
	for _, b := range doc.Content {
		if h, ok := b.(*comment.Heading); ok {
			headings = append(headings, plain(h.Text))
		}
	}
	for _, v := range directive.Verbs {
		name := directive.Prefix + string(v)
		found := false
		for _, h := range headings {
			for _, w := range strings.Fields(h) {
				found = found || w == name
			}
		}
		if !found {
			t.Errorf("no heading of the package doc names %s; headings: %q", name, headings)
		}
	}
	secs := sections(doc)
	for _, want := range []struct {
		heading string
		words   []string
	}{
		{"Sinks: //hrvet:sink", directive.SinkKinds},
		{"Suppressing a finding: //hrvet:ignore", directive.Analyzers},
	} {
		var text strings.Builder
		for _, b := range secs[want.heading] {
			text.WriteString(docAll(&comment.Doc{Content: []comment.Block{b}}))
		}
		for _, w := range want.words {
			if !regexp.MustCompile(`\b` + regexp.QuoteMeta(w) + `\b`).MatchString(text.String()) {
				t.Errorf("section %q does not mention %q", want.heading, w)
			}
		}
	}
}

// TestDocExamplesAreWellPlaced parses every Go example of the package doc
// and checks that each directive in it is well-formed and sits on a target
// it applies to. Blocks of comment lines only are syntax summaries and are
// skipped.
func TestDocExamplesAreWellPlaced(t *testing.T) {
	examples := 0
	for _, blk := range packageDoc(t).Content {
		code, ok := blk.(*comment.Code)
		if !ok || onlyComments(code.Text) {
			continue
		}
		examples++
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "example.go", "package p\n"+code.Text, parser.ParseComments)
		if err != nil {
			// Statements: wrap them in a function.
			f, err = parser.ParseFile(fset, "example.go", "package p\nfunc _() {\n"+code.Text+"}\n", parser.ParseComments)
		}
		if err != nil {
			t.Errorf("doc example is not Go:\n%s\n%v", code.Text, err)
			continue
		}
		df := directive.Scan(fset, f)
		for _, e := range df.Errors {
			t.Errorf("doc example:\n%s\n%s: %s", code.Text, fset.Position(e.Pos), e.Msg)
		}
		if want, got := strings.Count(code.Text, directive.Prefix), len(df.Placed)+len(df.Ignores); got != want {
			t.Errorf("doc example:\n%s\nplaced %d of its %d directives", code.Text, got, want)
		}
	}
	if examples < 10 {
		t.Errorf("found %d Go examples in the package doc; the parsing of the doc is broken", examples)
	}
}

func onlyComments(code string) bool {
	for _, line := range strings.Split(code, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "//") {
			return false
		}
	}
	return true
}

// TestDocEmployeeExample checks the claims the comments of the pd tag
// example make: "inferred: <id>" is what name inference finds (ignoring
// the pd tag), "not personal data" means inference finds nothing, "tagged"
// means the pd tag names a valid category, and a field without a comment
// is not personal data.
func TestDocEmployeeExample(t *testing.T) {
	var st *ast.StructType
	var typeName string
	for _, blk := range packageDoc(t).Content {
		code, ok := blk.(*comment.Code)
		if !ok || !strings.Contains(code.Text, "`pd:\"") || !strings.Contains(code.Text, "inferred:") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "example.go", "package p\n"+code.Text, parser.ParseComments)
		if err != nil {
			t.Fatalf("the pd tag example is not Go: %v", err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok && st == nil {
				st, _ = ts.Type.(*ast.StructType)
				typeName = ts.Name.Name
			}
			return st == nil
		})
		break
	}
	if st == nil {
		t.Fatal("no struct example with pd tags and inferred: comments in the package doc")
	}
	personLike := classify.PersonLike(typeName)
	if !personLike {
		t.Errorf("the example's type %s is not person-like", typeName)
	}
	inferred := regexp.MustCompile(`inferred: ([a-z]+)`)
	for _, field := range st.Fields.List {
		name := field.Names[0].Name
		tag := ""
		if field.Tag != nil {
			tag, _ = strconv.Unquote(field.Tag.Value)
		}
		claim := ""
		if field.Comment != nil {
			claim = field.Comment.Text()
		}
		m, matched := classify.Field(name, tag, personLike)
		pd, hasPD := reflect.StructTag(tag).Lookup("pd")
		switch {
		case inferred.MatchString(claim):
			want := inferred.FindStringSubmatch(claim)[1]
			if !matched || string(m.Category) != want {
				t.Errorf("%s: the doc says inferred: %s; inference gives %q (matched %v)", name, want, m.Category, matched)
			}
		case strings.Contains(claim, "not personal data"), claim == "":
			if matched || hasPD {
				t.Errorf("%s: the doc says it is not personal data; inference gives %q (matched %v), pd tag %q", name, m.Category, matched, pd)
			}
		case strings.HasPrefix(claim, "tagged"):
			if _, ok := annotations.Lookup(pd); !ok {
				t.Errorf("%s: the doc says tagged, but the pd tag is %q", name, pd)
			}
			if matched {
				t.Errorf("%s: the doc says inference does not know the word, but it gives %q", name, m.Category)
			}
		default:
			t.Errorf("%s: the test does not understand the claim %q", name, claim)
		}
	}
}

// TestRedactorsCarryDirective checks that every exported function of
// redact.go carries a well-placed //hrvet:redact, which is how hrvet knows
// them.
func TestRedactorsCarryDirective(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "redact.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	df := directive.Scan(fset, f)
	for _, e := range df.Errors {
		t.Errorf("%s: %s", fset.Position(e.Pos), e.Msg)
	}
	var redactors []string
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || !fn.Name.IsExported() {
			continue
		}
		redactors = append(redactors, fn.Name.Name)
		ds := df.ForFunc(fn)
		if len(ds) != 1 || ds[0].Verb != directive.Redact {
			t.Errorf("%s has directives %v, want exactly //hrvet:redact", fn.Name.Name, ds)
		}
	}
	if want := []string{"Mask", "MaskTail", "Redacted"}; !reflect.DeepEqual(redactors, want) {
		t.Errorf("redact.go declares %v, want %v", redactors, want)
	}
}
