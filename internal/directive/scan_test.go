package directive

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"
)

// scanned parses src and scans it.
func scanned(t *testing.T, src string) (*token.FileSet, *ast.File, *File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	return fset, f, Scan(fset, f)
}

// describe renders what Scan found in terms of the source, without line
// numbers: each line named is the trimmed text of a source line.
//
//	placed:  <directive> -> <target kind or statement type>: <line the target starts on>
//	ignore:  <directive> -> <line it covers>
//	error:   <line of the directive>: <message>
func describe(fset *token.FileSet, src string, df *File) []string {
	lines := strings.Split(src, "\n")
	line := func(n int) string {
		if n < 1 || n > len(lines) {
			return fmt.Sprintf("<line %d>", n)
		}
		return strings.TrimSpace(lines[n-1])
	}
	var out []string
	for _, p := range df.Placed {
		target := p.Target.String()
		if p.Target == StatementTarget {
			target = fmt.Sprintf("%T", p.Node)
		}
		out = append(out, fmt.Sprintf("placed: %s -> %s: %s", p.Text, target, line(fset.Position(p.Node.Pos()).Line)))
	}
	for _, d := range df.Ignores {
		out = append(out, fmt.Sprintf("ignore: %s -> %s", d.Text, line(df.CoveredLine(d))))
	}
	for _, e := range df.Errors {
		out = append(out, fmt.Sprintf("error: %s: %s", line(fset.Position(e.Pos).Line), e.Msg))
	}
	return out
}

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "funcs and methods",
			src: `package p

// Has reports whether the employee consented.
//
//hrvet:consent purpose=payroll
func Has(id int) error { return nil }

type C struct{}

//hrvet:sink transfer purpose=crm
//hrvet:basis Federal Law 27-FZ art. 11
func (c *C) Push(v any) {}

//hrvet:redact
//hrvet:anonymize
//hrvet:decision
//hrvet:review
func Many() {}

// RequireHR lets only HR through.
//
//hrvet:authorize role=hr
func RequireHR(next any) any { return next }

//hrvet:authorize
//hrvet:sink expose
func (c *C) Allowed(user string) bool { return user != "" }
`,
			want: []string{
				"placed: //hrvet:authorize role=hr -> func: func RequireHR(next any) any { return next }",
				"placed: //hrvet:authorize -> func: func (c *C) Allowed(user string) bool { return user != \"\" }",
				"placed: //hrvet:sink expose -> func: func (c *C) Allowed(user string) bool { return user != \"\" }",
				"placed: //hrvet:consent purpose=payroll -> func: func Has(id int) error { return nil }",
				"placed: //hrvet:sink transfer purpose=crm -> func: func (c *C) Push(v any) {}",
				"placed: //hrvet:basis Federal Law 27-FZ art. 11 -> func: func (c *C) Push(v any) {}",
				"placed: //hrvet:redact -> func: func Many() {}",
				"placed: //hrvet:anonymize -> func: func Many() {}",
				"placed: //hrvet:decision -> func: func Many() {}",
				"placed: //hrvet:review -> func: func Many() {}",
			},
		},
		{
			name: "interface methods",
			src: `package p

import "io"

type Sender interface {
	//hrvet:sink log
	Log(msg string)
	Send(v any) //hrvet:sink transfer purpose=crm
	//hrvet:sink store
	io.Writer
	//hrvet:consent
	Check() error
	//hrvet:authorize role=hr
	Allowed(user string) bool
}
`,
			want: []string{
				"error: //hrvet:authorize role=hr: //hrvet:authorize does not apply to an interface method; put it on a func or method",
				"placed: //hrvet:sink log -> interface method: Log(msg string)",
				"placed: //hrvet:sink transfer purpose=crm -> interface method: Send(v any) //hrvet:sink transfer purpose=crm",
				"error: //hrvet:sink store: //hrvet:sink does not apply to an embedded interface or type constraint; put it on a func, method or interface method",
				"error: //hrvet:consent: //hrvet:consent does not apply to an interface method; put it on a func or method",
			},
		},
		{
			name: "struct types and fields",
			src: `package p

// Report is anonymous.
//hrvet:anonymous
type Report struct {
	//hrvet:basis Labour Code art. 88 p.6
	Fitness string
	Diagnosis string //hrvet:basis Federal Law 323-FZ
	Nested struct {
		//hrvet:basis nested field
		Inner string
	}
	//hrvet:basis embedded field
	Base
}

type Base struct{}

type (
	//hrvet:basis Convention 108 art. 6
	Medical struct{ X string }

	//hrvet:anonymous
	Alias = struct{ Y int }

	//hrvet:anonymous
	Generic[T any] struct{ Z T }
)
`,
			want: []string{
				"placed: //hrvet:anonymous -> struct type: type Report struct {",
				"placed: //hrvet:basis Labour Code art. 88 p.6 -> struct field: Fitness string",
				"placed: //hrvet:basis Federal Law 323-FZ -> struct field: Diagnosis string //hrvet:basis Federal Law 323-FZ",
				"placed: //hrvet:basis nested field -> struct field: Inner string",
				"placed: //hrvet:basis embedded field -> struct field: Base",
				"placed: //hrvet:basis Convention 108 art. 6 -> struct type: Medical struct{ X string }",
				"placed: //hrvet:anonymous -> struct type: Alias = struct{ Y int }",
				"placed: //hrvet:anonymous -> struct type: Generic[T any] struct{ Z T }",
			},
		},
		{
			name: "declarations directives do not apply to",
			src: `// Package p.
//hrvet:basis package
package p

//hrvet:anonymous
type (
	A struct{}
)

//hrvet:anonymous
type Named A

//hrvet:basis interface
type I interface{ M() }

//hrvet:consent
type S struct {
	//hrvet:anonymous
	F int
}

//hrvet:anonymous
func F() {}

//hrvet:redact
var V = 1

//hrvet:basis const
const K = 1

//hrvet:authorize role=hr
type Admin struct{}
`,
			want: []string{
				"error: //hrvet:authorize role=hr: //hrvet:authorize does not apply to a struct type; put it on a func or method",
				"error: //hrvet:basis package: //hrvet:basis does not apply to the package clause; put it on a func, statement, struct field or struct type",
				"error: //hrvet:anonymous: //hrvet:anonymous does not apply to a grouped type declaration; put it on a struct type",
				"error: //hrvet:anonymous: //hrvet:anonymous does not apply to a type that is not a struct type literal; put it on a struct type",
				"error: //hrvet:basis interface: //hrvet:basis does not apply to an interface type; put it on a func, statement, struct field or struct type",
				"error: //hrvet:consent: //hrvet:consent does not apply to a struct type; put it on a func or method",
				"error: //hrvet:anonymous: //hrvet:anonymous does not apply to a struct field; put it on a struct type",
				"error: //hrvet:anonymous: //hrvet:anonymous does not apply to a func; put it on a struct type",
				"error: //hrvet:redact: //hrvet:redact does not apply to a var declaration; put it on a func or method",
				"error: //hrvet:basis const: //hrvet:basis does not apply to a const declaration; put it on a func, statement, struct field or struct type",
			},
		},
		{
			name: "statements",
			src: `package p

func send(any) error { return nil }

func f(p any, ok bool) {
	//hrvet:basis first
	send(p)
	if ok {
		// Pension fund report.
		//hrvet:basis if with init
		if err := send(p); err != nil {
			return
		}
		//hrvet:basis before closing brace
	} else {
		//hrvet:basis alone in else
	}
	go func() {
		//hrvet:basis in closure
		send(p)
	}()
	switch {
	//hrvet:basis case clause
	case ok:
		//hrvet:basis in case
		send(p)
	}
	//hrvet:basis var statement
	var x = send(p)
	_ = x

	//hrvet:basis above blank line

	send(p)
	send(p) //hrvet:basis trailing
L:
	//hrvet:basis labelled
	for {
		break L
	}
	//hrvet:redact
	send(p)
	//hrvet:authorize
	send(p)
	//hrvet:basis local type
	type T struct{ A int }
	_ = T{}
	send(p); /* c */ send(p)
	//hrvet:basis one-line if
	if ok { send(p) }
	//hrvet:basis one-line go
	go func() { send(p) }()
	//hrvet:basis last
}

var g = func() {
	//hrvet:basis package-level closure
	send(nil)
}
`,
			want: []string{
				"placed: //hrvet:basis first -> *ast.ExprStmt: send(p)",
				"placed: //hrvet:basis if with init -> *ast.IfStmt: if err := send(p); err != nil {",
				"placed: //hrvet:basis in closure -> *ast.ExprStmt: send(p)",
				"placed: //hrvet:basis case clause -> *ast.CaseClause: case ok:",
				"placed: //hrvet:basis in case -> *ast.ExprStmt: send(p)",
				"placed: //hrvet:basis var statement -> *ast.DeclStmt: var x = send(p)",
				"placed: //hrvet:basis labelled -> *ast.ForStmt: for {",
				"placed: //hrvet:basis local type -> struct type: type T struct{ A int }",
				"placed: //hrvet:basis package-level closure -> *ast.ExprStmt: send(nil)",
				"placed: //hrvet:basis one-line if -> *ast.IfStmt: if ok { send(p) }",
				"placed: //hrvet:basis one-line go -> *ast.GoStmt: go func() { send(p) }()",
				"error: //hrvet:basis before closing brace: //hrvet:basis is not directly above anything it can mark; put it on the line directly above a func, statement, struct field or struct type",
				"error: //hrvet:basis alone in else: //hrvet:basis is not directly above anything it can mark; put it on the line directly above a func, statement, struct field or struct type",
				"error: //hrvet:basis above blank line: //hrvet:basis is not directly above anything it can mark; put it on the line directly above a func, statement, struct field or struct type",
				"error: send(p) //hrvet:basis trailing: //hrvet:basis cannot end a line of code; put it on its own line directly above a func, statement, struct field or struct type",
				"error: //hrvet:redact: //hrvet:redact does not apply to a statement; put it on a func or method",
				"error: //hrvet:authorize: //hrvet:authorize does not apply to a statement; put it on a func or method",
				"error: //hrvet:basis last: //hrvet:basis is not directly above anything it can mark; put it on the line directly above a func, statement, struct field or struct type",
			},
		},
		{
			name: "ignores",
			src: `package p

import "log"

func g(phone string) {
	log.Print(phone) //hrvet:ignore logleak masked by the gateway
	//hrvet:ignore logleak,consent test fixture
	log.Print(phone)
	//hrvet:ignore logleak above
	log.Print(phone) //hrvet:ignore logleak trailing duplicate
	//hrvet:ignore consent different analyzer
	log.Print(phone) //hrvet:ignore logleak same line other analyzer
	//hrvet:ignore logleak explained below
	// The gateway masks the phone.
	log.Print(phone)
	//hrvet:ignore consent above blank line

	if phone != "" { //hrvet:ignore forbidden end of an if line
	}
	//hrvet:ignore anonymity before brace
}

//hrvet:ignore pdfields above a func
func h() {}

type T struct {
	//hrvet:ignore forbidden above a field
	Religion string
	Faith string //hrvet:ignore forbidden end of a field
}
`,
			want: []string{
				"ignore: //hrvet:ignore logleak masked by the gateway -> log.Print(phone) //hrvet:ignore logleak masked by the gateway",
				"ignore: //hrvet:ignore logleak,consent test fixture -> log.Print(phone)",
				"ignore: //hrvet:ignore logleak above -> log.Print(phone) //hrvet:ignore logleak trailing duplicate",
				"ignore: //hrvet:ignore consent different analyzer -> log.Print(phone) //hrvet:ignore logleak same line other analyzer",
				"ignore: //hrvet:ignore logleak same line other analyzer -> log.Print(phone) //hrvet:ignore logleak same line other analyzer",
				"ignore: //hrvet:ignore logleak explained below -> log.Print(phone)",
				"ignore: //hrvet:ignore forbidden end of an if line -> if phone != \"\" { //hrvet:ignore forbidden end of an if line",
				"ignore: //hrvet:ignore anonymity before brace -> }",
				"ignore: //hrvet:ignore pdfields above a func -> func h() {}",
				"ignore: //hrvet:ignore forbidden above a field -> Religion string",
				"ignore: //hrvet:ignore forbidden end of a field -> Faith string //hrvet:ignore forbidden end of a field",
				"error: log.Print(phone) //hrvet:ignore logleak trailing duplicate: duplicate //hrvet:ignore for logleak: line 10 is already covered by the ignore on line 9; remove one",
				"error: //hrvet:ignore consent above blank line: //hrvet:ignore is not directly above a line of code; put it at the end of the reported line or on the line directly above it",
			},
		},
		{
			name: "malformed and misplaced in source order",
			src: `package p

// hrvet:redact
func A() {}

/*hrvet:redact*/
func B() {}

//hrvet:consent
//hrvet:consent purpose=other
func C() error { return nil }

//hrvet:sink lgo
func D() {}

//hrvet:authorize role=hr
//hrvet:authorize role=manager
func F() bool { return true }

// A sentence about hrvet: it is a linter.
func E() {}

//hrvet:basis floating at the end`,
			want: []string{
				"error: // hrvet:redact: \"// hrvet:redact\" is not a directive because of the space after //; write //hrvet:redact",
				"error: /*hrvet:redact*/: a /*hrvet:...*/ block comment is not a directive; write the directive as a //hrvet: line comment on a line of its own",
				"error: //hrvet:consent purpose=other: duplicate //hrvet:consent: this func already has one on line 9; remove one",
				"error: //hrvet:sink lgo: unknown sink kind \"lgo\"; did you mean \"log\"?",
				"error: //hrvet:authorize role=manager: duplicate //hrvet:authorize: this func already has one on line 16; remove one",
				"placed: //hrvet:authorize role=hr -> func: func F() bool { return true }",
				"error: //hrvet:basis floating at the end: //hrvet:basis is not directly above anything it can mark; put it on the line directly above a func, statement, struct field or struct type",
				"placed: //hrvet:consent -> func: func C() error { return nil }",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fset, _, df := scanned(t, tt.src)
			got := describe(fset, tt.src, df)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
			checkOrder(t, df)
		})
	}
}

// checkOrder checks that Scan lists everything in source order.
func checkOrder(t *testing.T, df *File) {
	t.Helper()
	if !slices.IsSortedFunc(df.Placed, func(a, b Placed) int { return int(a.Pos - b.Pos) }) {
		t.Errorf("Placed not in source order")
	}
	if !slices.IsSortedFunc(df.Ignores, func(a, b Directive) int { return int(a.Pos - b.Pos) }) {
		t.Errorf("Ignores not in source order")
	}
	if !slices.IsSortedFunc(df.Errors, func(a, b Error) int { return int(a.Pos - b.Pos) }) {
		t.Errorf("Errors not in source order")
	}
}

func TestLookups(t *testing.T) {
	src := `package p

//hrvet:consent purpose=payroll
func Has() bool { return true }

//hrvet:authorize role=payroll
func MayPay() error { return nil }

func Plain() {}

//hrvet:anonymous
//hrvet:basis type basis
type R struct {
	//hrvet:basis field basis
	F string
	G string
}

type I interface {
	//hrvet:sink transfer
	Push(any)
}

func body() {
	//hrvet:basis statement basis
	Plain()
	Plain()
}
`
	_, f, df := scanned(t, src)
	verbs := func(ds []Directive) string {
		var s []string
		for _, d := range ds {
			s = append(s, d.String())
		}
		return strings.Join(s, "; ")
	}
	var got []string
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			got = append(got, "func "+n.Name.Name+": "+verbs(df.ForFunc(n)))
		case *ast.TypeSpec:
			got = append(got, "type "+n.Name.Name+": "+verbs(df.ForType(n)))
		case *ast.Field:
			if len(n.Names) > 0 {
				got = append(got, "field "+n.Names[0].Name+": "+verbs(df.ForField(n)))
			}
		case *ast.ExprStmt:
			got = append(got, "stmt: "+verbs(df.ForStmt(n)))
		}
		return true
	})
	want := []string{
		"func Has: //hrvet:consent purpose=payroll",
		"func MayPay: //hrvet:authorize role=payroll",
		"func Plain: ",
		"type R: //hrvet:anonymous; //hrvet:basis type basis",
		"field F: //hrvet:basis field basis",
		"field G: ",
		"type I: ",
		"field Push: //hrvet:sink transfer",
		"func body: ",
		"stmt: //hrvet:basis statement basis",
		"stmt: ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func TestIgnoresAt(t *testing.T) {
	// The //line directive renumbers the lines after it; ignores keep to
	// the lines of the file as written, and IgnoresAt takes a Pos so that
	// callers cannot mix the two.
	src := `package p

import "log"

func g(phone string) {
//line generated.tmpl:100
	//hrvet:ignore logleak,consent masked
	log.Print(phone)
	log.Print(phone) //hrvet:ignore pdfields other
	log.Print(phone)
}
`
	fset, f, df := scanned(t, src)
	var calls []*ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			calls = append(calls, c)
		}
		return true
	})
	if len(calls) != 3 {
		t.Fatalf("found %d calls; want 3", len(calls))
	}
	if got := fset.Position(calls[0].Pos()).Line; got != 101 {
		t.Fatalf("the //line directive did not apply: line %d", got)
	}
	for i, want := range [][]string{{"logleak", "consent"}, {"pdfields"}, nil} {
		pos := calls[i].Pos()
		var got []string
		for _, d := range df.IgnoresAt(pos) {
			got = append(got, d.Analyzers...)
		}
		if !slices.Equal(got, want) {
			t.Errorf("call %d: IgnoresAt = %v; want %v", i, got, want)
		}
		raw := fset.PositionFor(pos, false).Line
		if got := len(df.IgnoresOnLine(raw)); got != len(df.IgnoresAt(pos)) {
			t.Errorf("call %d: IgnoresOnLine(%d) has %d ignores; IgnoresAt has %d", i, raw, got, len(df.IgnoresAt(pos)))
		}
	}
	if d, ok := df.Suppressor(calls[0].Pos(), "consent"); !ok || d.Reason != "masked" {
		t.Errorf("Suppressor(call 0, consent) = %v, %v; want the masked ignore", d, ok)
	}
	if _, ok := df.Suppressor(calls[0].Pos(), "pdfields"); ok {
		t.Errorf("Suppressor(call 0, pdfields) found an ignore that does not name pdfields")
	}
	if _, ok := df.Suppressor(calls[2].Pos(), "logleak"); ok {
		t.Errorf("Suppressor(call 2, logleak) found an ignore two lines up")
	}
	if got := df.IgnoresAt(token.NoPos); got != nil {
		t.Errorf("IgnoresAt(NoPos) = %v; want nil", got)
	}
	if got := df.CoveredLine(Directive{Verb: Ignore, Pos: 1}); got != 0 {
		t.Errorf("CoveredLine of a foreign directive = %d; want 0", got)
	}
}

func TestScanWithoutDirectives(t *testing.T) {
	_, f, df := scanned(t, "package p\n\n// Doc.\nfunc F() {\n\t// hrvet: prose\n\t_ = 1\n}\n")
	if len(df.Placed)+len(df.Ignores)+len(df.Errors) != 0 {
		t.Errorf("Scan found %v", df)
	}
	if got := df.ForFunc(f.Decls[0].(*ast.FuncDecl)); got != nil {
		t.Errorf("ForFunc = %v; want nil", got)
	}
	var nilFile *File
	if nilFile.ForFunc(nil) != nil || nilFile.IgnoresAt(1) != nil || nilFile.IgnoresOnLine(1) != nil || nilFile.CoveredLine(Directive{}) != 0 {
		t.Errorf("lookups on a nil *File returned something")
	}
	if got := Scan(token.NewFileSet(), nil); len(got.Placed)+len(got.Errors) != 0 {
		t.Errorf("Scan(nil) = %v", got)
	}
}

func TestScanForeignFileSet(t *testing.T) {
	// A file scanned with a file set it was not parsed into cannot be
	// placed; Scan says so rather than dropping the directives.
	_, f, _ := scanned(t, "package p\n\n//hrvet:redact\nfunc F() {}\n")
	df := Scan(token.NewFileSet(), f)
	if len(df.Placed) != 0 || len(df.Errors) != 1 {
		t.Errorf("Scan with a foreign file set: placed %v, errors %v; want one error", df.Placed, df.Errors)
	}
}
