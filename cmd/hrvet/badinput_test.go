package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hrvet/hrvet/internal/driver"
	"github.com/hrvet/hrvet/internal/suite"
)

// These tests feed hrvet's real analyzers code that is broken, unusual or
// oversized. The contract is a clear error or a correct result, never a
// hang or a crash. The modules are written at test time so that gofmt and
// go vet over the repository never meet them.

// badInputLimit bounds one run. Each fixture takes a few seconds; the
// bound is generous because go test runs packages side by side.
const badInputLimit = 2 * time.Minute

// staffModel is the model the fixtures share: a person-bearing type
// with marked fields, and a repository that returns one.
const staffModel = `// Package staff is the fixtures' model.
package staff

type Employee struct {
	Name  string ` + "`pd:\"name\"`" + `
	Phone string ` + "`pd:\"phone\"`" + `
}

type Repo interface{ Load(id int) *Employee }
`

// goodLeak is a handwritten package with one finding, so that each run
// shows the rest of the module is still analysed.
const goodLeak = `package good

import (
	"log"

	"example.com/bad/staff"
)

func Leak(r staff.Repo) {
	log.Print(r.Load(1).Phone)
}
`

var goodFindings = []string{
	"good/good.go:10:2: logleak: Employee.Phone (phone) reaches log.Print without a redactor (Labour Code art. 86 p.7); wrap it in annotations.Mask or drop it",
	"\tgood/good.go:10:22: Employee.Phone (phone) comes from here",
}

// badModule writes a module example.com/bad holding staff, good and
// files, and returns its directory.
func badModule(t *testing.T, files map[string]string) string {
	t.Helper()
	all := map[string]string{
		"go.mod":         "module example.com/bad\n\ngo 1.26\n",
		"staff/staff.go": staffModel,
		"good/good.go":   goodLeak,
	}
	for name, content := range files {
		all[name] = content
	}
	return writeModule(t, all)
}

// hrvetWithin runs hrvet's analyzers on args like hrvet does, and fails
// t at once if the run outlasts badInputLimit or crashes: a hang must fail
// the test, not stall it until go test's own timeout.
func hrvetWithin(t *testing.T, args ...string) result {
	t.Helper()
	done := make(chan result, 1)
	go func() {
		var stdout, stderr bytes.Buffer
		code := driver.Main(args, &stdout, &stderr, suite.Analyzers())
		done <- result{code, stdout.String(), stderr.String()}
	}()
	select {
	case got := <-done:
		if got.code != 0 && got.code != 1 && got.code != 3 {
			t.Fatalf("exit code %d; stderr:\n%s", got.code, got.stderr)
		}
		if strings.Contains(got.stderr, "panic") {
			t.Fatalf("hrvet panicked:\n%s", got.stderr)
		}
		return got
	case <-time.After(badInputLimit):
		t.Fatalf("hrvet %s: no result within %v", strings.Join(args, " "), badInputLimit)
		return result{}
	}
}

func TestBadInputTypeErrors(t *testing.T) {
	dir := badModule(t, map[string]string{
		// Type errors inside the bodies of functions that handle
		// personal data, and in a generic function.
		"broken/broken.go": `package broken

import (
	"log"

	"example.com/bad/staff"
)

func Leak(r staff.Repo) {
	e := r.Load(1)
	log.Print(e.Phone, undefinedThing)
	var n int = e.Name
	e.Missing()
	r.Load("x", 2)
	_ = n
}

func Field[T any](x T) int { return x.Field }
`,
		// A package that only imports the broken one is skipped quietly.
		"uses/uses.go": "package uses\n\nimport \"example.com/bad/broken\"\n\nvar Leak = broken.Leak\n",
	})
	got := hrvetWithin(t, "-C", dir)
	wantResult(t, got, 1, goodFindings, []string{
		"broken/broken.go:11:21: undefined: undefinedThing",
		"broken/broken.go:12:14: cannot use e.Name (variable of type string) as int value in variable declaration",
		"broken/broken.go:13:4: e.Missing undefined (type *staff.Employee has no field or method Missing)",
		"broken/broken.go:14:14: too many arguments in call to r.Load have (string, number) want (int)",
		"broken/broken.go:18:39: x.Field undefined (type T has no field or method Field)",
	})
}

// cgoFile mixes cgo and personal data; its leak is on line 22.
const cgoFile = `// Package native calls C.
package native

/*
static int twice(int x) { return 2 * x; }
*/
import "C"

import (
	"log"

	"example.com/bad/staff"
)

// Twice goes through C.
func Twice(n int) int { return int(C.twice(C.int(n))) }

// Dial hands C a copy of the phone, which is no sink.
func Dial(r staff.Repo) { _ = C.CString(r.Load(1).Phone) }

func Leak(r staff.Repo) {
	log.Print(r.Load(2).Phone)
}
`

func TestBadInputCgo(t *testing.T) {
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo is not enabled (no C compiler?)")
	}
	dir := badModule(t, map[string]string{"native/native.go": cgoFile})

	// Findings in a package that imports "C" stand at the user's file
	// and line, though hrvet analyses cgo's translation of it.
	got := hrvetWithin(t, "-C", dir)
	wantResult(t, got, 3, append(goodFindings,
		"native/native.go:22:2: logleak: Employee.Phone (phone) reaches log.Print without a redactor (Labour Code art. 86 p.7); wrap it in annotations.Mask or drop it",
		"\tnative/native.go:22:22: Employee.Phone (phone) comes from here",
	), nil)

	// Without cgo the go command leaves the package out, as go vet does.
	t.Setenv("CGO_ENABLED", "0")
	got = hrvetWithin(t, "-C", dir)
	wantResult(t, got, 3, goodFindings, nil)
}

func TestBadInputBuildTags(t *testing.T) {
	dir := badModule(t, map[string]string{
		"tags/extra.go": `//go:build hrvetextra

package tags

import (
	"log"

	"example.com/bad/staff"
)

func Extra(r staff.Repo) { log.Print(r.Load(2).Name) }
`,
		"tags/tags.go": "package tags\n",
		// Files the build excludes are never parsed.
		"tags/elsewhere.go":   "//go:build !linux && !darwin && !windows && !freebsd\n\npackage tags\n\nthis file is not Go at all\n",
		"tags/ignored.go":     "//go:build ignore\n\npackage main\n\nfunc main() { undefined() }\n",
		"onlyignored/main.go": "//go:build ignore\n\npackage main\n\nfunc main() { undefined() }\n",
	})
	extra := []string{
		"tags/extra.go:11:28: logleak: Employee.Name (name) reaches log.Print without a redactor (Labour Code art. 86 p.7); wrap it in annotations.Mask or drop it",
		"\ttags/extra.go:11:48: Employee.Name (name) comes from here",
	}

	got := hrvetWithin(t, "-C", dir)
	wantResult(t, got, 3, goodFindings, nil)

	// Naming a directory whose every file is excluded is a clear error.
	got = hrvetWithin(t, "-C", dir, "./onlyignored")
	if got.code != 1 || got.stdout != "" || !strings.Contains(got.stderr, "build constraints exclude all Go files in") {
		t.Errorf("./onlyignored: exit code %d, stdout %q, stderr %q; want 1, nothing and the go command's reason", got.code, got.stdout, got.stderr)
	}

	// Tags reach the go command through GOFLAGS, as for go vet.
	t.Setenv("GOFLAGS", strings.TrimSpace(os.Getenv("GOFLAGS")+" -tags=hrvetextra"))
	got = hrvetWithin(t, "-C", dir)
	wantResult(t, got, 3, append(goodFindings, extra...), nil)
}

// generatedPB is a generated package: a transfer wrapper whose summary
// reaches its callers, a forbidden field and a leak of its own.
const generatedPB = `// Code generated by protoc-gen-go-lite from people.proto. DO NOT EDIT.

package pb

import (
	"log"
	"net/http"
	"strings"
)

type Employee struct {
	Id       int64
	Phone    string
	Religion string
}

type Directory interface{ Get(id int64) *Employee }

// Send posts phone to the SMS gateway.
func Send(phone string) error {
	_, err := http.Post("https://sms.example.com", "text/plain", strings.NewReader(phone))
	return err
}

// Dump logs a phone it looked up itself.
func Dump(d Directory) {
	log.Print(d.Get(1).Phone)
}
`

func TestBadInputGeneratedFiles(t *testing.T) {
	files := map[string]string{
		"pb/people.pb.go": generatedPB,
		// Handwritten callers of the generated wrapper, in another
		// package and in the generated one.
		"notify/notify.go": "package notify\n\nimport \"example.com/bad/pb\"\n\nfunc Notify(d pb.Directory) error {\n\treturn pb.Send(d.Get(7).Phone)\n}\n",
		"pb/call.go":       "package pb\n\nfunc Call(d Directory) error {\n\treturn Send(d.Get(8).Phone)\n}\n",
	}
	callers := []string{
		"notify/notify.go:6:9: consent: Employee.Phone (phone) reaches net/http.Post via example.com/bad/pb.Send without a consent check (Labour Code art. 88)",
		"\tnotify/notify.go:6:26: Employee.Phone (phone) comes from here",
		"\tnotify/notify.go:6:9: path: example.com/bad/pb.Send -> net/http.Post",
		"pb/call.go:4:9: consent: Employee.Phone (phone) reaches net/http.Post via example.com/bad/pb.Send without a consent check (Labour Code art. 88)",
		"\tpb/call.go:4:23: Employee.Phone (phone) comes from here",
		"\tpb/call.go:4:9: path: example.com/bad/pb.Send -> net/http.Post",
	}

	// The generated file's own findings are dropped; its summary still
	// makes the handwritten callers' findings, where the data originate.
	got := hrvetWithin(t, "-C", badModule(t, files))
	wantResult(t, got, 3, append(goodFindings, callers...), nil)

	// The same file handwritten: its findings are real ones.
	files["pb/people.pb.go"] = strings.Replace(generatedPB, "// Code generated by protoc-gen-go-lite from people.proto. DO NOT EDIT.", "// Handwritten after all.", 1)
	got = hrvetWithin(t, "-C", badModule(t, files))
	want := regexp.MustCompile(`^pb/people\.pb\.go:(14:2: forbidden: Employee\.Religion|27:2: logleak: Employee\.Phone)`)
	n := 0
	for _, l := range lines(got.stdout) {
		if want.MatchString(l) {
			n++
		}
	}
	if got.code != 3 || n != 2 {
		t.Errorf("without the marker: exit code %d, %d of the 2 findings in pb/people.pb.go; stdout:\n%s", got.code, n, got.stdout)
	}
}

// hugeFunction returns a function of steps branches that carries the
// phone read on line 12 to a log call at the end, on line 5*steps+14.
func hugeFunction(steps int) string {
	var b strings.Builder
	b.WriteString("package huge\n\nimport (\n\t\"log\"\n\t\"strconv\"\n\n\t\"example.com/bad/staff\"\n)\n\n")
	b.WriteString("// Big is one long function.\nfunc Big(r staff.Repo, k int) {\n\tp := r.Load(k).Phone\n\tmsg := \"\"\n")
	for i := range steps {
		fmt.Fprintf(&b, "\tif k == %d {\n\t\tmsg += p + strconv.Itoa(%d)\n\t} else {\n\t\tmsg += \"x\"\n\t}\n", i, i)
	}
	b.WriteString("\tlog.Print(msg)\n}\n")
	return b.String()
}

func TestBadInputHugeFunction(t *testing.T) {
	// A long function within the flow engine's bound gets a correct
	// result.
	got := hrvetWithin(t, "-C", badModule(t, map[string]string{"huge/big.go": hugeFunction(1000)}))
	wantResult(t, got, 3, append(goodFindings,
		"huge/big.go:5014:2: logleak: Employee.Phone (phone) reaches log.Print without a redactor (Labour Code art. 86 p.7); wrap it in annotations.Mask or drop it",
		"\thuge/big.go:12:17: Employee.Phone (phone) comes from here",
	), nil)

	// One far beyond it (internal/flow's maxUnitInstrs) is skipped by the
	// engine, a documented limit; the run ends quickly and the rest of the
	// module is analysed.
	got = hrvetWithin(t, "-C", badModule(t, map[string]string{"huge/big.go": hugeFunction(8000)}))
	wantResult(t, got, 3, goodFindings, nil)
}

// hugeLiterals returns a file of oversized literals: a 2 MB constant, a
// slice of 20000 person-bearing values, a map of 20000 entries, a table of
// 5000 columns ending in religion (line 40018), a leak (line 45024), a sum
// of 3000 strings and an expression 2000 parentheses deep.
func hugeLiterals() string {
	const n = 20000
	var b strings.Builder
	b.WriteString("package lits\n\nimport (\n\t\"database/sql\"\n\t\"log\"\n\n\t\"example.com/bad/staff\"\n)\n\n")
	b.WriteString("const blob = \"" + strings.Repeat("0123456789abcdef", 2<<20/16) + "\"\n\n")
	b.WriteString("var staffList = []staff.Employee{\n")
	for i := range n {
		fmt.Fprintf(&b, "\t{Name: \"n%d\", Phone: \"+7%010d\"},\n", i, i)
	}
	b.WriteString("}\n\nvar codes = map[string]int{\n")
	for i := range n {
		fmt.Fprintf(&b, "\t\"k%d\": %d,\n", i, i)
	}
	b.WriteString("}\n\nconst ddl = `CREATE TABLE employees (\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "\tc%d text,\n", i)
	}
	b.WriteString("\treligion text\n)`\n\n")
	b.WriteString("func Schema(db *sql.DB) error { _, err := db.Exec(ddl); return err }\n\n")
	b.WriteString("func Leak(r staff.Repo) { log.Print(blob + r.Load(1).Phone) }\n\n")
	terms := make([]string, 3000)
	for i := range terms {
		terms[i] = fmt.Sprintf("%q", fmt.Sprint("s", i))
	}
	b.WriteString("var sum = " + strings.Join(terms, " + ") + "\n\n")
	b.WriteString("var deep = " + strings.Repeat("(", 2000) + "1" + strings.Repeat(")", 2000) + "\n")
	return b.String()
}

func TestBadInputHugeLiterals(t *testing.T) {
	got := hrvetWithin(t, "-C", badModule(t, map[string]string{"lits/lits.go": hugeLiterals()}))
	wantResult(t, got, 3, append(goodFindings,
		"lits/lits.go:40018:13: forbidden: SQL column religion of table employees (religion) is a forbidden category: an employer may never collect it (Labour Code art. 86 p.4; Convention 108 art. 6); remove the column",
		"lits/lits.go:45024:27: logleak: Employee.Phone (phone) reaches log.Print without a redactor (Labour Code art. 86 p.7); wrap it in annotations.Mask or drop it",
		"\tlits/lits.go:45024:54: Employee.Phone (phone) comes from here",
	), nil)
}
