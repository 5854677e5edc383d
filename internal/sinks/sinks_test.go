package sinks_test

import (
	"go/importer"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/sinks"
)

// parse parses an entry's Func, standing a placeholder name in for a
// wildcard.
func parse(t *testing.T, e sinks.Entry) config.FuncName {
	t.Helper()
	s := e.Func
	if e.Wildcard() {
		s = strings.TrimSuffix(s, "*") + "Wildcard"
	}
	name, err := config.ParseFuncName(s)
	if err != nil {
		t.Fatalf("entry %q: %v", e.Func, err)
	}
	if name.String() != s {
		t.Errorf("entry %q is not in canonical FullName form %q", e.Func, name.String())
	}
	return name
}

func TestEntries(t *testing.T) {
	entries := sinks.Builtin()
	if len(entries) < 100 {
		t.Fatalf("only %d built-in entries", len(entries))
	}
	seen := make(map[string]bool)
	for _, e := range entries {
		name := parse(t, e)
		if seen[e.Func] {
			t.Errorf("duplicate entry %q", e.Func)
		}
		seen[e.Func] = true
		if k, ok := sinks.ParseKind(string(e.Kind)); !ok || k != e.Kind {
			t.Errorf("%s: invalid kind %q", e.Func, e.Kind)
		}
		if !slices.Contains(sinks.DataValues(), e.Data) {
			t.Errorf("%s: invalid data %q", e.Func, e.Data)
		}
		if name.Pkg != e.Library && !strings.HasPrefix(name.Pkg, e.Library+"/") {
			t.Errorf("%s: package %q is not library %q or below it", e.Func, name.Pkg, e.Library)
		}
		switch {
		case e.Kind == sinks.Commercial && e.Purpose != "commercial":
			t.Errorf("%s: commercial sink with purpose %q", e.Func, e.Purpose)
		case e.Kind != sinks.Commercial && e.Purpose != "":
			t.Errorf("%s: purpose %q on a %s sink", e.Func, e.Purpose, e.Kind)
		}
		if e.Data == sinks.DataAttr && e.Kind != sinks.Log {
			t.Errorf("%s: attribute constructor of kind %s", e.Func, e.Kind)
		}
		if strings.ContainsAny(e.Note, "|\n") {
			t.Errorf("%s: note %q would break the Markdown table", e.Func, e.Note)
		}
	}
	for _, k := range sinks.Kinds() {
		if !slices.ContainsFunc(entries, func(e sinks.Entry) bool { return e.Kind == k }) {
			t.Errorf("no entry of kind %s", k)
		}
	}
	rank := func(k sinks.Kind) int { return slices.Index(sinks.Kinds(), k) }
	sorted := slices.IsSortedFunc(entries, func(a, b sinks.Entry) int {
		if c := rank(a.Kind) - rank(b.Kind); c != 0 {
			return c
		}
		if c := strings.Compare(a.Library, b.Library); c != 0 {
			return c
		}
		return strings.Compare(a.Func, b.Func)
	})
	if !sorted {
		t.Error("Builtin is not sorted by kind, library and function")
	}
}

func TestBuiltinReturnsACopy(t *testing.T) {
	a := sinks.Builtin()
	a[0].Func = "changed"
	if b := sinks.Builtin(); b[0].Func == "changed" {
		t.Error("Builtin exposes its table")
	}
}

func TestParseKind(t *testing.T) {
	for _, k := range sinks.Kinds() {
		if got, ok := sinks.ParseKind(k.String()); !ok || got != k {
			t.Errorf("ParseKind(%q) = %q, %v", k, got, ok)
		}
	}
	for _, s := range []string{"", "Transfer", "transfr", "logs", " store", "Expose", "exposed", "response"} {
		if k, ok := sinks.ParseKind(s); ok {
			t.Errorf("ParseKind(%q) = %q, want failure", s, k)
		}
	}
}

// TestParseKindExpose checks the kind of a handler's response (issue
// 14): directives and the config file name it "expose", and it comes
// last in Kinds, after store, as in the SPEC's table.
func TestParseKindExpose(t *testing.T) {
	if k, ok := sinks.ParseKind("expose"); !ok || k != sinks.Expose {
		t.Errorf("ParseKind(%q) = %q, %v, want %q", "expose", k, ok, sinks.Expose)
	}
	if kinds := sinks.Kinds(); kinds[len(kinds)-1] != sinks.Expose || kinds[len(kinds)-2] != sinks.Store {
		t.Errorf("Kinds() = %v, want expose last, after store", kinds)
	}
}

func TestLookup(t *testing.T) {
	found := []struct {
		name string
		kind sinks.Kind
		data sinks.Data
		via  string // the entry that matched
	}{
		{"net/http.Post", sinks.Transfer, sinks.DataArgs, "net/http.Post"},
		{"(*net/http.Client).Do", sinks.Transfer, sinks.DataRequest, "(*net/http.Client).Do"},
		{"(*net/smtp.Client).Data", sinks.Transfer, sinks.DataResultWriter, "(*net/smtp.Client).Data"},
		{"(github.com/IBM/sarama.AsyncProducer).Input", sinks.Transfer, sinks.DataResultChan, "(github.com/IBM/sarama.AsyncProducer).Input"},
		{"(github.com/posthog/posthog-go.EnqueueClient).Enqueue", sinks.Commercial, sinks.DataArgs, "(github.com/posthog/posthog-go.EnqueueClient).Enqueue"},
		{"fmt.Fprintf", sinks.Log, sinks.DataStdio, "fmt.Fprintf"},
		{"log/slog.String", sinks.Log, sinks.DataAttr, "log/slog.String"},
		{"log.Printf", sinks.Log, sinks.DataArgs, "log.*"},
		{"log.Fatal", sinks.Log, sinks.DataArgs, "log.*"},
		{"(*log.Logger).Println", sinks.Log, sinks.DataArgs, "(*log.Logger).*"},
		{"(*github.com/rs/zerolog.Event).Str", sinks.Log, sinks.DataArgs, "(*github.com/rs/zerolog.Event).*"},
		{"(github.com/redis/go-redis/v9.cmdable).HSet", sinks.Store, sinks.DataArgs, "(github.com/redis/go-redis/v9.cmdable).HSet"},
		{"(*database/sql.Tx).ExecContext", sinks.Store, sinks.DataArgs, "(*database/sql.Tx).ExecContext"},
		{"(google.golang.org/grpc.ClientStreamingClient[Req, Res]).Send", sinks.Transfer, sinks.DataArgs, "(google.golang.org/grpc.ClientStreamingClient).Send"},
		{"(*google.golang.org/grpc.GenericClientStream[Req, Res]).Send", sinks.Transfer, sinks.DataArgs, "(*google.golang.org/grpc.GenericClientStream).Send"},
		{"github.com/beego/beego/v2/core/logs.Warning", sinks.Log, sinks.DataArgs, "github.com/beego/beego/v2/core/logs.Warning"},
		{"(*github.com/beego/beego/v2/core/logs.BeeLogger).Info", sinks.Log, sinks.DataArgs, "(*github.com/beego/beego/v2/core/logs.BeeLogger).Info"},
		{"github.com/astaxie/beego.Error", sinks.Log, sinks.DataArgs, "github.com/astaxie/beego.Error"},
		{"(github.com/xendit/xendit-go/v7/invoice.ApiCreateInvoiceRequest).CreateInvoiceRequest", sinks.Transfer, sinks.DataArgs, "(github.com/xendit/xendit-go/v7/invoice.ApiCreateInvoiceRequest).CreateInvoiceRequest"},
		{"(net/http.ResponseWriter).Write", sinks.Expose, sinks.DataArgs, "(net/http.ResponseWriter).Write"},
		{"(*github.com/gin-gonic/gin.Context).JSON", sinks.Expose, sinks.DataArgs, "(*github.com/gin-gonic/gin.Context).JSON"},
		{"(*github.com/gin-gonic/gin.Context).HTML", sinks.Expose, sinks.DataArgs, "(*github.com/gin-gonic/gin.Context).HTML"},
		{"(github.com/labstack/echo/v4.Context).JSONPretty", sinks.Expose, sinks.DataArgs, "(github.com/labstack/echo/v4.Context).JSONPretty"},
		{"(*github.com/gofiber/fiber/v2.Ctx).SendString", sinks.Expose, sinks.DataArgs, "(*github.com/gofiber/fiber/v2.Ctx).SendString"},
		{"github.com/go-chi/render.Render", sinks.Expose, sinks.DataArgs, "github.com/go-chi/render.Render"},
	}
	for _, tt := range found {
		e, ok := sinks.Lookup(tt.name)
		if !ok {
			t.Errorf("Lookup(%q) found nothing", tt.name)
			continue
		}
		if e.Kind != tt.kind || e.Data != tt.data || e.Func != tt.via {
			t.Errorf("Lookup(%q) = %+v, want kind %s data %s via %s", tt.name, e, tt.kind, tt.data, tt.via)
		}
	}

	for _, name := range []string{
		"",
		"log.*",                          // a pattern is not a function
		"(*log.Logger).*",                // nor is this
		"net/http.Posts",                 // one letter more
		"net/http.post",                  // case
		"net/http.NewRequest",            // same package, not a sink
		"(net/http.Client).Do",           // value receiver: not what FullName prints
		"(*net/http.Clients).Do",         // other type
		"log/slog.New",                   // log/slog is not covered by log.*
		"(log.Logger).Printf",            // (*log.Logger).* covers pointer methods only
		"(*log/slog.Logger).Enabled",     // listed methods only
		"mylog.Printf",                   // package name that ends like log
		"example.com/log.Printf",         // package path that ends like log
		"(*example.com/log.Logger).Info", // receiver of another package
		"os.Stdout",
		"Printf",
		"(*log.Logger)",
		"(*log.Logger.Printf",
		"github.com/beego/beego/v2/core/logs.SetLevel",                              // configuration, not output
		"(github.com/xendit/xendit-go/v7/invoice.ApiCreateInvoiceRequest).Execute",  // sends what the setter was given
		"(github.com/xendit/xendit-go/v7/invoice.ApiGetInvoicesRequest).ExternalId", // a query of the account's own invoices
		"(net/http.ResponseWriter).Header",                                          // the header map, not a write
		"(*github.com/gin-gonic/gin.Context).Bind",                                  // reads the request
		"(github.com/labstack/echo/v4.Context).NoContent",                           // shows nothing
		"github.com/go-chi/render.Respond",                                          // a variable, not a function
	} {
		if e, ok := sinks.Lookup(name); ok {
			t.Errorf("Lookup(%q) = %+v, want nothing", name, e)
		}
	}
}

// TestStandardLibraryEntries loads the standard library packages of the
// catalogue (from export data, which the go command builds and caches) and
// checks that each entry names a real function or method, declared where
// the entry says, so a typo cannot hide.
func TestStandardLibraryEntries(t *testing.T) {
	if testing.Short() {
		t.Skip("loads part of the standard library")
	}
	imp := importer.ForCompiler(token.NewFileSet(), "gc", nil)
	pkgs := make(map[string]*types.Package)
	checked := 0
	for _, e := range sinks.Builtin() {
		name := parse(t, e)
		if first := strings.Split(name.Pkg, "/")[0]; strings.Contains(first, ".") {
			continue // not the standard library
		}
		pkg := pkgs[name.Pkg]
		if pkg == nil {
			var err error
			if pkg, err = imp.Import(name.Pkg); err != nil {
				t.Fatalf("%s: %v", e.Func, err)
			}
			pkgs[name.Pkg] = pkg
		}
		checked++
		if err := checkIn(pkg, e, name); err != nil {
			t.Errorf("%s: %v", e.Func, err)
		}
	}
	if checked < 50 {
		t.Errorf("checked only %d standard-library entries", checked)
	}
}

func TestLookupFunc(t *testing.T) {
	imp := importer.ForCompiler(token.NewFileSet(), "gc", nil)
	pkg, err := imp.Import("log")
	if err != nil {
		t.Fatal(err)
	}
	printf := pkg.Scope().Lookup("Printf").(*types.Func)
	if e, ok := sinks.LookupFunc(printf); !ok || e.Func != "log.*" {
		t.Errorf("LookupFunc(log.Printf) = %+v, %v", e, ok)
	}
	newLogger := pkg.Scope().Lookup("New").(*types.Func)
	if e, ok := sinks.LookupFunc(newLogger); !ok || e.Kind != sinks.Log {
		// log.* covers every function of package log, New included.
		t.Errorf("LookupFunc(log.New) = %+v, %v", e, ok)
	}
	if _, ok := sinks.LookupFunc(nil); ok {
		t.Error("LookupFunc(nil) found an entry")
	}
}

// TestPackageOf checks the package path LookupFunc filters by against
// the config's parser of function names, for every entry: an entry whose
// package were misread would never be found.
func TestPackageOf(t *testing.T) {
	for _, e := range sinks.Builtin() {
		if got, want := sinks.PackageOf(e.Func), parse(t, e).Pkg; got != want {
			t.Errorf("PackageOf(%q) = %q, want %q", e.Func, got, want)
		}
	}
	if got := sinks.PackageOf("(*example.com/q.List[T]).Push"); got != "example.com/q" {
		t.Errorf("PackageOf of a generic receiver = %q, want example.com/q", got)
	}
}
