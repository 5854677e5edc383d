package config

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
)

func TestParseFuncName(t *testing.T) {
	tests := []struct {
		in    string
		want  FuncName
		canon string // "" when equal to in
	}{
		{"net/http.Post", FuncName{Pkg: "net/http", Name: "Post"}, ""},
		{"(*net/http.Client).Do", FuncName{Pkg: "net/http", Recv: "Client", Pointer: true, Name: "Do"}, ""},
		{"(io.Writer).Write", FuncName{Pkg: "io", Recv: "Writer", Name: "Write"}, ""},
		{"example.com/hr/consent.Has", FuncName{Pkg: "example.com/hr/consent", Name: "Has"}, ""},
		{"http.Post", FuncName{Pkg: "http", Name: "Post"}, ""},
		{"gopkg.in/yaml.v3.Marshal", FuncName{Pkg: "gopkg.in/yaml.v3", Name: "Marshal"}, ""},
		{"github.com/nats-io/nats.go.Connect", FuncName{Pkg: "github.com/nats-io/nats.go", Name: "Connect"}, ""},
		{"(*github.com/redis/go-redis/v9.cmdable).Set", FuncName{Pkg: "github.com/redis/go-redis/v9", Recv: "cmdable", Pointer: true, Name: "Set"}, ""},
		{"(*example.com/p.List[T]).Push", FuncName{Pkg: "example.com/p", Recv: "List", Pointer: true, Name: "Push"}, "(*example.com/p.List).Push"},
		{"(example.com/p.Map[K, V]).Get", FuncName{Pkg: "example.com/p", Recv: "Map", Name: "Get"}, "(example.com/p.Map).Get"},
		{"(example.com/p.F[func() int]).Call", FuncName{Pkg: "example.com/p", Recv: "F", Name: "Call"}, "(example.com/p.F).Call"},
		{"(error).Error", FuncName{Recv: "error", Name: "Error"}, ""},
		{"example.com/пакет.Сотрудник", FuncName{Pkg: "example.com/пакет", Name: "Сотрудник"}, ""},
		{"example.com/p.init_2", FuncName{Pkg: "example.com/p", Name: "init_2"}, ""},
	}
	for _, tt := range tests {
		got, err := ParseFuncName(tt.in)
		if err != nil {
			t.Errorf("ParseFuncName(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseFuncName(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		canon := tt.canon
		if canon == "" {
			canon = tt.in
		}
		if s := got.String(); s != canon {
			t.Errorf("ParseFuncName(%q).String() = %q, want %q", tt.in, s, canon)
		}
		if again, err := ParseFuncName(got.String()); err != nil || again != got {
			t.Errorf("round trip of %q: %+v, %v", tt.in, again, err)
		}
	}
}

func TestParseFuncNameErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"", "empty"},
		{"Post", "want <package path>.<name>"},
		{"net/http.", "empty function name"},
		{".Post", "empty package path"},
		{"net//http.Post", "empty element"},
		{"/net/http.Post", "empty element"},
		{"net/http/.Post", "empty element"},
		{"example.com/.p.F", "starting or ending with a dot"},
		{"net/http. Post", "contains a space"},
		{" net/http.Post", "contains a space"},
		{"net/http.Post\n", "contains a space"},
		{"net/http.2Post", "not a Go identifier"},
		{"net/http._", "cannot be _"},
		{"net/h?ttp.Post", `contains '?'`},
		{"net/http.Client.Do", "looks like a method"},
		{"*net/http.Client.Do", "a pointer receiver goes in parentheses"},
		{"(*net/http.Client.Do", "unbalanced parentheses"},
		{"(*net/http.Client)).Do", "want (<receiver type>).<method>"},
		{"(*net/http.Client)Do", "want (<receiver type>).<method>"},
		{"(*net/http.Client).", "empty method name"},
		{"(Client).Do", "needs its package path"},
		{"(*error).Error", "needs its package path"},
		{"(net/http.Client ).Do", "contains a space"},
		{"(**net/http.Client).Do", `contains '*'`},
		{"(net/http.List[]).Do", "malformed type arguments"},
		{"(net/http.List[T]x).Do", "malformed type arguments"},
		{"(net/http.List]T[).Do", "unbalanced parentheses"},
		{"(a(b).c).D", "unbalanced parentheses"},
		{"log.*", "wildcards are not accepted"},
		{"(*log.Logger).*", "wildcards are not accepted"},
		{"net/http.Po.st", "looks like a method"},
		{"a.b\xffc", "not valid UTF-8"},
	}
	for _, tt := range tests {
		f, err := ParseFuncName(tt.in)
		if err == nil {
			t.Errorf("ParseFuncName(%q) = %+v, want an error", tt.in, f)
			continue
		}
		if !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseFuncName(%q) error %q does not contain %q", tt.in, err, tt.msg)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("ParseFuncName(%q) error spans lines: %q", tt.in, err)
		}
	}
}

const crmSrc = `package crm

type Client struct{}

func (c *Client) Push(x string) {}
func (c Client) Name() string { return "" }

func Has(id string) bool { return true }

type List[T any] struct{}

func (l *List[T]) Add(x T) {}

type Writer interface{ Write(p []byte) (int, error) }

type Alias = Client

var Lit interface{ Do() }
`

// checkCRM type-checks crmSrc as package example.com/crm.
func checkCRM(t *testing.T) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := goparser.ParseFile(fset, "crm.go", crmSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := new(types.Config).Check("example.com/crm", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// method returns the method name of the type T (or *T when ptr).
func method(t *testing.T, T types.Type, name string) *types.Func {
	t.Helper()
	obj, _, _ := types.LookupFieldOrMethod(T, true, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		t.Fatalf("no method %s on %s", name, T)
	}
	return fn
}

func TestFuncNameOfAndMatches(t *testing.T) {
	pkg := checkCRM(t)
	client := pkg.Scope().Lookup("Client").Type()
	list := pkg.Scope().Lookup("List").Type().(*types.Named)
	listInt, err := types.Instantiate(nil, list, []types.Type{types.Typ[types.Int]}, true)
	if err != nil {
		t.Fatal(err)
	}
	errorType := types.Universe.Lookup("error").Type()

	tests := []struct {
		name string
		fn   *types.Func
		want string
	}{
		{"pointer method", method(t, types.NewPointer(client), "Push"), "(*example.com/crm.Client).Push"},
		{"value method", method(t, client, "Name"), "(example.com/crm.Client).Name"},
		{"function", pkg.Scope().Lookup("Has").(*types.Func), "example.com/crm.Has"},
		{"generic method", method(t, types.NewPointer(list), "Add"), "(*example.com/crm.List).Add"},
		{"instantiated method", method(t, types.NewPointer(listInt), "Add"), "(*example.com/crm.List).Add"},
		{"interface method", method(t, pkg.Scope().Lookup("Writer").Type(), "Write"), "(example.com/crm.Writer).Write"},
		{"method through alias", method(t, types.NewPointer(pkg.Scope().Lookup("Alias").Type()), "Push"), "(*example.com/crm.Client).Push"},
		{"error", method(t, errorType, "Error"), "(error).Error"},
	}
	for _, tt := range tests {
		name, ok := FuncNameOf(tt.fn)
		if !ok {
			t.Errorf("%s: FuncNameOf(%v) failed", tt.name, tt.fn)
			continue
		}
		if name.String() != tt.want {
			t.Errorf("%s: FuncNameOf = %q, want %q", tt.name, name, tt.want)
		}
		parsed, err := ParseFuncName(tt.want)
		if err != nil {
			t.Fatal(err)
		}
		if !parsed.Matches(tt.fn) {
			t.Errorf("%s: %q does not match %v", tt.name, tt.want, tt.fn)
		}
		// Near misses must not match.
		for _, miss := range []FuncName{
			{Pkg: parsed.Pkg + "x", Recv: parsed.Recv, Pointer: parsed.Pointer, Name: parsed.Name},
			{Pkg: parsed.Pkg, Recv: parsed.Recv, Pointer: !parsed.Pointer, Name: parsed.Name},
			{Pkg: parsed.Pkg, Recv: parsed.Recv, Pointer: parsed.Pointer, Name: parsed.Name + "x"},
			{Pkg: parsed.Pkg, Recv: parsed.Recv + "x", Pointer: parsed.Pointer, Name: parsed.Name},
		} {
			if miss.Matches(tt.fn) {
				t.Errorf("%s: %q matches %v", tt.name, miss, tt.fn)
			}
		}
	}

	lit := pkg.Scope().Lookup("Lit").Type()
	if name, ok := FuncNameOf(method(t, lit, "Do")); ok {
		t.Errorf("FuncNameOf(method of an interface literal) = %q, want failure", name)
	}
	if _, ok := FuncNameOf(nil); ok {
		t.Error("FuncNameOf(nil) succeeded")
	}
	if (FuncName{Pkg: "a", Name: "B"}).Matches(nil) {
		t.Error("Matches(nil) = true")
	}
}

func TestConfigLookups(t *testing.T) {
	pkg := checkCRM(t)
	client := pkg.Scope().Lookup("Client").Type()
	push := method(t, types.NewPointer(client), "Push")
	has := pkg.Scope().Lookup("Has").(*types.Func)
	list := pkg.Scope().Lookup("List").Type().(*types.Named)
	listInt, _ := types.Instantiate(nil, list, []types.Type{types.Typ[types.String]}, true)
	add := method(t, types.NewPointer(listInt), "Add")

	cfg, err := Parse("c.yaml", []byte(`version: 1
sources:
  - {type: example.com/crm.Client, field: Phone, category: phone}
sinks:
  - {func: "(*example.com/crm.Client).Push", kind: transfer, purpose: crm}
  - {func: "(*example.com/crm.List[T]).Add", kind: store}
consent:
  - {func: example.com/crm.Has, purpose: payroll}
redact:
  - {func: example.com/crm.Has}
basis:
  - {func: "(*example.com/crm.Client).Push", citation: "Federal Law 27-FZ art. 11"}
safe:
  - {func: example.com/crm.Has}
authorize:
  - {func: "(*example.com/crm.Client).Push", role: hr}
roles:
  hr: [all]
  manager: [name, phone]
`))
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := cfg.SinkFor(push); !ok || s.Kind != "transfer" || s.Purpose != "crm" {
		t.Errorf("SinkFor(Push) = %+v, %v", s, ok)
	}
	if s, ok := cfg.SinkFor(add); !ok || s.Kind != "store" {
		t.Errorf("SinkFor(List[string].Add) = %+v, %v", s, ok)
	}
	if _, ok := cfg.SinkFor(has); ok {
		t.Error("SinkFor(Has) found a sink")
	}
	if c, ok := cfg.ConsentFor(has); !ok || c.Purpose != "payroll" {
		t.Errorf("ConsentFor(Has) = %+v, %v", c, ok)
	}
	if _, ok := cfg.ConsentFor(push); ok {
		t.Error("ConsentFor(Push) found a consent check")
	}
	if _, ok := cfg.RedactFor(has); !ok {
		t.Error("RedactFor(Has) found nothing")
	}
	if b, ok := cfg.BasisFor(push); !ok || b.Citation != "Federal Law 27-FZ art. 11" {
		t.Errorf("BasisFor(Push) = %+v, %v", b, ok)
	}
	if s, ok := cfg.SafeFor(has); !ok || s.Func != "example.com/crm.Has" {
		t.Errorf("SafeFor(Has) = %+v, %v", s, ok)
	}
	if _, ok := cfg.SafeFor(push); ok {
		t.Error("SafeFor(Push) found a safe declaration")
	}
	if a, ok := cfg.AuthorizeFor(push); !ok || a.Role != "hr" || a.Line != 16 {
		t.Errorf("AuthorizeFor(Push) = %+v, %v", a, ok)
	}
	if _, ok := cfg.AuthorizeFor(has); ok {
		t.Error("AuthorizeFor(Has) found an authorization check")
	}
	if r, ok := cfg.RoleFor("manager"); !ok || r.All || !slices.Equal(r.Categories, []annotations.Category{annotations.Name, annotations.Phone}) || r.Line != 19 {
		t.Errorf("RoleFor(manager) = %+v, %v", r, ok)
	}
	if r, ok := cfg.RoleFor("hr"); !ok || !r.All || r.Categories != nil {
		t.Errorf("RoleFor(hr) = %+v, %v", r, ok)
	}
	if _, ok := cfg.RoleFor("Manager"); ok {
		t.Error("RoleFor(Manager) found a role: names are compared as written")
	}
	if s, ok := cfg.SourceFor("example.com/crm", "Client", "Phone"); !ok || s.Category != "phone" {
		t.Errorf("SourceFor = %+v, %v", s, ok)
	}
	for _, miss := range [][3]string{
		{"example.com/crm", "Client", "Email"},
		{"example.com/crmx", "Client", "Phone"},
		{"example.com", "crm.Client", "Phone"},
		{"example.com/crm", "Clien", "Phone"},
	} {
		if _, ok := cfg.SourceFor(miss[0], miss[1], miss[2]); ok {
			t.Errorf("SourceFor%q found a source", miss)
		}
	}
	var none *Config
	if _, ok := none.SinkFor(push); ok {
		t.Error("nil config declares a sink")
	}
	if _, ok := none.SafeFor(has); ok {
		t.Error("nil config declares a safe call")
	}
	if _, ok := none.AuthorizeFor(push); ok {
		t.Error("nil config declares an authorization check")
	}
	if _, ok := none.RoleFor("hr"); ok {
		t.Error("nil config declares a role")
	}
	if _, ok := none.SourceFor("example.com/crm", "Client", "Phone"); ok {
		t.Error("nil config declares a source")
	}
}
