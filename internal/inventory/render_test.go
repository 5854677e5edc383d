package inventory_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/inventory"
)

func TestPositionText(t *testing.T) {
	tests := []struct {
		pos  inventory.Position
		text string
	}{
		{inventory.Position{File: "api/notify.go", Line: 39, Column: 9}, "api/notify.go:39:9"},
		{inventory.Position{File: ".hrvet.yaml", Line: 8}, ".hrvet.yaml:8"},
		{inventory.Position{File: "x.go"}, "x.go"},
		{inventory.Position{File: `C:\src\a.go`, Line: 2, Column: 3}, `C:\src\a.go:2:3`},
	}
	for _, tt := range tests {
		data, err := json.Marshal(tt.pos)
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := json.Marshal(tt.text); string(data) != string(want) {
			t.Errorf("Marshal(%+v) = %s, want %s", tt.pos, data, want)
		}
		var back inventory.Position
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", data, err)
		}
		if back != tt.pos {
			t.Errorf("Unmarshal(%s) = %+v, want %+v", data, back, tt.pos)
		}
	}
	var p inventory.Position
	if err := p.UnmarshalText([]byte(":12:3")); err == nil {
		t.Errorf("UnmarshalText(:12:3) = %+v, want an error for the missing file", p)
	}
}

func ptr[T any](v T) *T { return &v }

// records for the Merge and rendering tests, as two packages would give
// them, with absolute file names under dir.
func sampleRecords(dir string) []*inventory.Record {
	abs := func(file string, line int) inventory.Position {
		return inventory.Position{File: filepath.Join(dir, file), Line: line, Column: 2}
	}
	phone := inventory.Field{Name: "Employee.Phone", Package: "example.com/hr/employee", Category: "phone", Class: "personal",
		Marked: inventory.Mark{By: "tag"}, Pos: abs("employee/employee.go", 7)}
	seenElsewhere := phone
	seenElsewhere.Marked = inventory.Mark{By: "inferred", Source: "name", Term: "phone"}
	return []*inventory.Record{
		{
			Package: "example.com/hr/notify",
			Fields:  []inventory.Field{seenElsewhere},
			Flows: []inventory.Flow{
				{Pos: abs("notify/notify.go", 20), Package: "example.com/hr/notify", Func: "Send",
					Data: []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}},
					Sink: inventory.Sink{Name: "log.Printf", Kind: "log"}, Guard: inventory.Guard{Kind: "none"}, Status: "unguarded"},
				{Pos: abs("notify/notify.go", 10), Package: "example.com/hr/notify", Func: "Send",
					Data:  []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}},
					Sink:  inventory.Sink{Name: `net/http.Post`, Kind: "transfer", Purpose: "sms"},
					Guard: inventory.Guard{Kind: "consent", Check: "consent.Has", Purposes: []string{"sms"}}, Status: "ok"},
				{Pos: abs("notify/api.go", 12), Package: "example.com/hr/notify", Func: "(*Server).card",
					Data:   []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}, {Field: "Employee.Sick", Category: "health"}},
					Sink:   inventory.Sink{Name: "(net/http.ResponseWriter).Write", Kind: "expose"},
					Guard:  inventory.Guard{Kind: "none"},
					Status: "unguarded"},
				{Pos: abs("notify/api.go", 20), Package: "example.com/hr/notify", Func: "(*Server).Export",
					Data:   []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}},
					Sink:   inventory.Sink{Name: "(net/http.ResponseWriter).Write", Kind: "expose"},
					Guard:  inventory.Guard{Kind: "none"},
					Status: "deferred"},
				{Pos: abs("notify/api.go", 30), Package: "example.com/hr/notify", Func: "(*Server).team",
					Data:   []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}, {Field: "Employee.Sick", Category: "health"}},
					Sink:   inventory.Sink{Name: "(net/http.ResponseWriter).Write", Kind: "expose"},
					Guard:  inventory.Guard{Kind: "authorization", Check: "a closure at " + filepath.Join(dir, "notify/api.go") + ":28:9", Role: "manager"},
					Status: "beyond-need-to-know",
					Excess: []inventory.Datum{{Field: "Employee.Sick", Category: "health"}}},
			},
			Exposures: []inventory.Exposure{
				{Pos: abs("notify/api.go", 12), Package: "example.com/hr/notify", Func: "(*Server).card", Handler: "(*example.com/hr/notify.Server).card",
					Route: inventory.Route{Registered: "route", Method: "GET", Path: "/cards/{id}", Pos: ptr(abs("notify/api.go", 5))},
					Data:  []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}, {Field: "Employee.Sick", Category: "health"}},
					Sink:  inventory.Sink{Name: "(net/http.ResponseWriter).Write", Kind: "expose"},
					Guard: inventory.Guard{Kind: "middleware", Check: "example.com/hr/auth.Require", Role: "manager"}, Status: "beyond-need-to-know",
					Excess: []inventory.Datum{{Field: "Employee.Sick", Category: "health"}}, Needs: []annotations.Category{"name", "phone"}},
				{Pos: abs("notify/api.go", 12), Package: "example.com/hr/notify", Func: "(*Server).card", Handler: "(*example.com/hr/notify.Server).card",
					Route: inventory.Route{Registered: "unfollowed", Why: "stored in a map"},
					Data:  []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}, {Field: "Employee.Sick", Category: "health"}},
					Sink:  inventory.Sink{Name: "(net/http.ResponseWriter).Write", Kind: "expose"},
					Guard: inventory.Guard{Kind: "none"}, Status: "unguarded"},
				{Pos: abs("notify/api.go", 20), Package: "example.com/hr/notify", Func: "(*Server).Export", Handler: "(*example.com/hr/notify.Server).Export",
					Route: inventory.Route{Registered: "importer"},
					Data:  []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}},
					Sink:  inventory.Sink{Name: "(net/http.ResponseWriter).Write", Kind: "expose"},
					Guard: inventory.Guard{Kind: "none"}, Status: "deferred"},
			},
			Roles: []inventory.Role{
				{Name: "manager", Categories: []annotations.Category{"name", "phone"}, Config: inventory.Position{File: filepath.Join(dir, ".hrvet.yaml"), Line: 4}},
				{Name: "hr", Categories: []annotations.Category{}, All: true, Config: inventory.Position{File: filepath.Join(dir, ".hrvet.yaml"), Line: 5}},
			},
			Decisions: []inventory.Decision{
				{Pos: abs("notify/jobs.go", 20), Package: "example.com/hr/notify", Func: "Nightly",
					Decision: "(*example.com/hr/staff.Service).Dismiss", Via: []string{"example.com/hr/notify.fire"},
					Data:   []inventory.Datum{{Field: "Employee.Sick", Category: "health"}},
					Status: "automated", Suppressed: ptr(abs("notify/jobs.go", 19))},
				{Pos: abs("notify/jobs.go", 10), Package: "example.com/hr/notify", Func: "Reviewed",
					Decision: "(*example.com/hr/staff.Service).Dismiss",
					Data:     []inventory.Datum{{Field: "Employee.Sick", Category: "health"}},
					Review:   &inventory.Review{Check: "example.com/hr/notify.Approved", Pos: abs("notify/jobs.go", 9)},
					Status:   "reviewed"},
				{Pos: abs("notify/jobs.go", 30), Package: "example.com/hr/notify", Func: "Bonus",
					Decision: "(*example.com/hr/staff.Service).SetBonus",
					Data:     []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}},
					Status:   "automated"},
				{Pos: abs("notify/jobs.go", 40), Package: "example.com/hr/notify", Func: "fire",
					Decision: "(*example.com/hr/staff.Service).Dismiss", Status: "deferred"},
			},
			Ignores: []inventory.Ignore{{Pos: abs("notify/notify.go", 30), Package: "example.com/hr/notify",
				Analyzers: []string{"logleak"}, Reason: "a reason with | a pipe, <b>HTML</b> and *stars*"}},
			Calls: []inventory.Call{
				{Pos: abs("notify/notify.go", 40), Package: "example.com/hr/notify", Func: "Send", Callee: "example.com/sdk.Ptr",
					Data: []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}}},
				{Pos: abs("notify/notify.go", 41), Package: "example.com/hr/notify", Func: "Send", Callee: "(*example.com/sdk.Client).Track",
					Data: []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}}},
				{Pos: abs("notify/notify.go", 42), Package: "example.com/hr/notify", Func: "Send", Callee: "(*example.com/sdk.Client).Track",
					Data: []inventory.Datum{{Field: "Employee.Sick", Category: "health"}}},
				{Pos: abs("notify/notify.go", 43), Package: "example.com/hr/notify", Func: "Send", Callee: "example.com/sdk.Ptr",
					Data: []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}}},
			},
		},
		{
			Package: "example.com/hr/employee",
			Fields: []inventory.Field{
				{Name: "Employee.Sick", Package: "example.com/hr/employee", Category: "health", Class: "special",
					Marked: inventory.Mark{By: "tag"}, Pos: abs("employee/employee.go", 9)},
				phone,
			},
			Calls: []inventory.Call{
				{Pos: abs("employee/employee.go", 30), Package: "example.com/hr/employee", Func: "Load", Callee: "(example.com/sdk.Cache).Put",
					Data: []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}, {Field: "Employee.Sick", Category: "health"}}},
				{Pos: abs("employee/employee.go", 31), Package: "example.com/hr/employee", Func: "Load", Callee: "example.com/sdk.Ptr",
					Data: []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}}},
				{Pos: abs("employee/employee.go", 32), Package: "example.com/hr/employee", Func: "Load", Callee: "example.com/sdk.Ptr",
					Data: []inventory.Datum{{Field: "Employee.Phone", Category: "phone"}}},
			},
			Decisions: []inventory.Decision{
				{Pos: abs("employee/handler.go", 50), Package: "example.com/hr/employee", Func: "(*Handler).Dismiss",
					Decision: "(*example.com/hr/staff.Service).Dismiss", Status: "ok"},
			},
		},
	}
}

// TestMergeUnknown checks the section of calls hrvet does not know: one
// row per callee across packages, the most fields first, then the most
// categories, then by name; the first few call sites by position.
func TestMergeUnknown(t *testing.T) {
	dir := t.TempDir()
	inv := inventory.Merge(dir, sampleRecords(dir))
	var got []string
	for _, u := range inv.Unknown {
		var data, cats, at []string
		for _, d := range u.Data {
			data = append(data, d.Field)
		}
		for _, c := range u.Categories {
			cats = append(cats, string(c))
		}
		for _, p := range u.At {
			at = append(at, p.FileLine())
		}
		got = append(got, fmt.Sprintf("%s [%s] [%s] %d [%s]", u.Callee, strings.Join(data, " "), strings.Join(cats, " "), u.Calls, strings.Join(at, " ")))
	}
	want := []string{
		"(*example.com/sdk.Client).Track [Employee.Phone Employee.Sick] [health phone] 2 [notify/notify.go:41 notify/notify.go:42]",
		"(example.com/sdk.Cache).Put [Employee.Phone Employee.Sick] [health phone] 1 [employee/employee.go:30]",
		"example.com/sdk.Ptr [Employee.Phone] [phone] 4 [employee/employee.go:31 employee/employee.go:32 notify/notify.go:40]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("unknown calls:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The same records twice (two runs' records of one package) count
	// each call once.
	twice := inventory.Merge(dir, append(sampleRecords(dir), sampleRecords(dir)...))
	if len(twice.Unknown) != 3 || twice.Unknown[2].Calls != 4 {
		t.Errorf("records merged twice: %+v, want the calls counted once", twice.Unknown)
	}
}

func TestMerge(t *testing.T) {
	dir := t.TempDir()
	inv := inventory.Merge(dir, sampleRecords(dir))

	if got := strings.Join(inv.Packages, " "); got != "example.com/hr/employee example.com/hr/notify" {
		t.Errorf("packages = %s", got)
	}
	if len(inv.Fields) != 2 || inv.Fields[0].Name != "Employee.Phone" || inv.Fields[1].Name != "Employee.Sick" {
		t.Fatalf("fields = %+v, want Employee.Phone and Employee.Sick, once each, sorted", inv.Fields)
	}
	if inv.Fields[0].Marked.By != "tag" {
		t.Errorf("Employee.Phone marked by %s; want the declaring package's view, tag", inv.Fields[0].Marked.By)
	}
	if inv.Fields[0].Pos.String() != "employee/employee.go:7:2" {
		t.Errorf("field position %s, want one relative to the directory", inv.Fields[0].Pos)
	}
	if len(inv.Special) != 1 || inv.Special[0].Name != "Employee.Sick" {
		t.Errorf("special = %+v, want Employee.Sick", inv.Special)
	}
	var got []string
	for _, f := range inv.Flows {
		got = append(got, f.Pos.FileLine()+" "+f.Guard.Check)
	}
	wantSet(t, "flows", got, []string{
		"notify/api.go:12 ", "notify/api.go:20 ",
		// The position in a closure middleware's name is relative too.
		"notify/api.go:30 a closure at notify/api.go:28:9",
		"notify/notify.go:10 consent.Has", "notify/notify.go:20 ",
	})
	got = nil
	for _, e := range inv.Diagram {
		got = append(got, string(e.Category)+" "+e.Sink+" "+e.Guard+" "+e.Status)
	}
	wantSet(t, "diagram", got, []string{
		// Beyond need to know: only the category the role does not need.
		"health (net/http.ResponseWriter).Write authorization beyond-need-to-know",
		"health (net/http.ResponseWriter).Write none unguarded",
		"phone (net/http.ResponseWriter).Write authorization ok",
		"phone (net/http.ResponseWriter).Write none deferred",
		"phone (net/http.ResponseWriter).Write none unguarded",
		"phone log.Printf none unguarded",
		"phone net/http.Post consent ok",
	})
	got = nil
	for _, e := range inv.Exposures {
		route := e.Route.Registered
		if e.Route.Pos != nil {
			route += " " + e.Route.Pos.FileLine()
		}
		got = append(got, e.Pos.FileLine()+" "+route+" "+e.Status)
	}
	wantSet(t, "exposures", got, []string{
		"notify/api.go:12 route notify/api.go:5 beyond-need-to-know",
		"notify/api.go:12 unfollowed unguarded",
		"notify/api.go:20 importer deferred",
	})
	got = nil
	for _, r := range inv.Roles {
		got = append(got, r.Name+" "+r.Config.String())
	}
	wantSet(t, "roles", got, []string{"hr .hrvet.yaml:5", "manager .hrvet.yaml:4"})
	got = nil
	for _, d := range inv.Decisions {
		s := d.Pos.FileLine() + " " + d.Func + " " + d.Status + " [" + dataString(d.Data) + "]"
		if d.Review != nil {
			s += " review " + d.Review.Check + "@" + d.Review.Pos.String()
		}
		if d.Suppressed != nil {
			s += " suppressed@" + d.Suppressed.String()
		}
		if d.Data == nil {
			s += " nil data"
		}
		got = append(got, s)
	}
	wantSet(t, "decisions", got, []string{
		"employee/handler.go:50 (*Handler).Dismiss ok []",
		"notify/jobs.go:10 Reviewed reviewed [Employee.Sick (health)] review example.com/hr/notify.Approved@notify/jobs.go:9:2",
		"notify/jobs.go:20 Nightly automated [Employee.Sick (health)] suppressed@notify/jobs.go:19:2",
		"notify/jobs.go:30 Bonus automated [Employee.Phone (phone)]",
		"notify/jobs.go:40 fire deferred []",
	})
	twice := inventory.Merge(dir, append(sampleRecords(dir), sampleRecords(dir)...))
	if len(twice.Exposures) != 3 || len(twice.Roles) != 2 || len(twice.Decisions) != 5 {
		t.Errorf("records merged twice: %d exposures, %d roles, %d decisions; want each once", len(twice.Exposures), len(twice.Roles), len(twice.Decisions))
	}
	if r := inv.Decisions[1].Review; r == nil || r.Pos.File != "notify/jobs.go" {
		t.Errorf("review %+v; want its position relative", r)
	} else if orig := sampleRecords(dir)[0].Decisions[1].Review; orig.Pos.File == r.Pos.File {
		t.Errorf("Merge rewrote the record's own review position")
	}

	outside := inventory.Merge(filepath.Join(dir, "employee"), sampleRecords(dir))
	if f := outside.Flows[0].Pos.File; !filepath.IsAbs(f) {
		t.Errorf("a file outside the directory became %s; want it left absolute", f)
	}
}

func TestMergeEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := inventory.Merge("", nil).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	want := `{
  "packages": [],
  "fields": [],
  "flows": [],
  "exposures": [],
  "roles": [],
  "decisions": [],
  "special": [],
  "ignores": [],
  "diagram": [],
  "unknown": []
}
`
	if buf.String() != want {
		t.Errorf("empty inventory:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestMarkdown(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := inventory.Merge(dir, sampleRecords(dir)).WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"# Record of processing\n",
		"| `Employee.Phone` | `example.com/hr/employee` | phone | personal | tag | employee/employee.go:7 |\n",
		"| notify/notify.go:10 | `Send` | `Employee.Phone` (phone) | `net/http.Post` | transfer | sms | consent: `consent.Has` (purpose sms) | ok |\n",
		"| notify/notify.go:20 | `Send` | `Employee.Phone` (phone) | `log.Printf` | log |  | none | **NOT COVERED**: unguarded |\n",
		"| `Employee.Sick` | `example.com/hr/employee` | health | special | **none** | employee/employee.go:9 |\n",
		// The reason is free text: it stays in its cell and renders as written.
		"| notify/notify.go:30 | logleak | a reason with \\| a pipe, &lt;b&gt;HTML&lt;/b&gt; and \\*stars\\* |\n",
		"```mermaid\nflowchart LR\n",
		"- calls hrvet does not know that take personal data: 3\n",
		"- flows to sinks: 5, of which not lawful as written: 3\n",
		"- exposures in responses (ways to a handler that shows personal data): 3, of which not lawful as written: 2\n",
		"- roles (need to know): 2\n",
		"| notify/api.go:20 | `(*Server).Export` | `Employee.Phone` (phone) | `(net/http.ResponseWriter).Write` | expose |  | none | deferred to where the handler is registered (see Exposures) |\n",
		"| notify/api.go:30 | `(*Server).team` | `Employee.Phone` (phone), `Employee.Sick` (health) | `(net/http.ResponseWriter).Write` | expose |  | authorization: `a closure at notify/api.go:28:9` (role manager) | **NOT COVERED**: beyond need to know: `Employee.Sick` (health) |\n",
		"\n## Exposures\n",
		"| route | handler | where | data | guard | lawful as written |\n",
		"| `GET /cards/{id}` at notify/api.go:5 | `(*example.com/hr/notify.Server).card` | notify/api.go:12 | `Employee.Phone` (phone), `Employee.Sick` (health) | middleware: `example.com/hr/auth.Require` (role manager) | **NOT COVERED**: `Employee.Sick` (health) shown to role manager, which needs only name, phone |\n",
		"| registration not followed: stored in a map | `(*example.com/hr/notify.Server).card` | notify/api.go:12 | `Employee.Phone` (phone), `Employee.Sick` (health) | none | **NOT COVERED**: no authorization check |\n",
		"| registered by an importer | `(*example.com/hr/notify.Server).Export` | notify/api.go:20 | `Employee.Phone` (phone) | none | judged where an importer registers the handler |\n",
		"\n## Roles\n",
		"| hr | all | .hrvet.yaml:5 |\n| manager | name, phone | .hrvet.yaml:4 |\n",
		"\n## Personal data passed to calls hrvet does not know\n",
		"| function | data | categories | calls | at |\n",
		"| `(*example.com/sdk.Client).Track` | `Employee.Phone` (phone), `Employee.Sick` (health) | health, phone | 2 | notify/notify.go:41, notify/notify.go:42 |\n",
		"| `example.com/sdk.Ptr` | `Employee.Phone` (phone) | phone | 4 | employee/employee.go:31, employee/employee.go:32, notify/notify.go:40, and 1 more |\n",
		"- calls of HR decisions: 5, of which resting on personal data with no review: 2\n",
		"\n## Roles\n\nThe categories",
		"\n## Decisions\n\nCalls of HR decisions",
		"| where | function | decision | rests on | review | status |\n",
		"| employee/handler.go:50 | `(*Handler).Dismiss` | `(*example.com/hr/staff.Service).Dismiss` | a person's command or no personal data | none | ok |\n",
		"| notify/jobs.go:10 | `Reviewed` | `(*example.com/hr/staff.Service).Dismiss` | `Employee.Sick` (health) | `example.com/hr/notify.Approved` at notify/jobs.go:9 | reviewed |\n",
		"| notify/jobs.go:20 | `Nightly` | `(*example.com/hr/staff.Service).Dismiss` via `example.com/hr/notify.fire` | `Employee.Sick` (health) | none | automated, no review, suppressed by the //hrvet:ignore at notify/jobs.go:19 |\n",
		"| notify/jobs.go:30 | `Bonus` | `(*example.com/hr/staff.Service).SetBonus` | `Employee.Phone` (phone) | none | **NOT COVERED**: automated, no review |\n",
		"| notify/jobs.go:40 | `fire` | `(*example.com/hr/staff.Service).Dismiss` | what its callers pass | none | deferred to the calls of `fire` |\n",
		"\n## Decisions\n\nCalls of HR decisions about an employee (dismissal, discipline, pay, a\ntransfer)",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestMarkdownNoRoles checks what the record says with no roles: and no
// exposures.
func TestMarkdownNoRoles(t *testing.T) {
	var buf bytes.Buffer
	if err := inventory.Merge("", nil).WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"- roles: none in .hrvet.yaml, so only authorization is checked\n",
		"\n## Exposures\n\nNo personal data are shown in the response of a request handler.\n",
		"\n## Roles\n\nNo `roles:` in .hrvet.yaml: only authorization is checked, not what each role\nneeds to know.\n",
		"- calls of HR decisions: 0, of which resting on personal data with no review: 0\n",
		"\n## Decisions\n\nNo HR decision about an employee is called.\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestMermaid(t *testing.T) {
	edges := []inventory.Edge{
		{Category: "health", Sink: `(*x.Client).Send`, Kind: "transfer", Guard: "basis", Status: "ok", Flows: 1},
		{Category: "phone", Sink: "log.Printf", Kind: "log", Guard: "none", Status: "unguarded", Flows: 2},
		{Category: "phone", Sink: `(*x.Client).Send`, Kind: "transfer", Guard: "consent", Status: "ok", Flows: 1},
		{Category: "religion", Sink: `say"#|`, Kind: "log", Guard: "none", Status: "unguarded", Flows: 1},
		{Category: "phone", Sink: "(net/http.ResponseWriter).Write", Kind: "expose", Guard: "none", Status: "deferred", Flows: 1},
		{Category: "phone", Sink: "(net/http.ResponseWriter).Write", Kind: "expose", Guard: "middleware", Status: "beyond-need-to-know", Flows: 1},
	}
	want := `flowchart LR
  cat_health["health"]
  cat_phone["phone"]
  cat_religion["religion"]
  sink_1["(*x.Client).Send (transfer)"]
  sink_2["(net/http.ResponseWriter).Write (expose)"]
  sink_3["log.Printf (log)"]
  sink_4["say#quot;#35;#124; (log)"]
  cat_health -->|"basis"| sink_1
  cat_phone -->|"none: unguarded"| sink_3
  cat_phone -->|"consent"| sink_1
  cat_religion -->|"none: unguarded"| sink_4
  cat_phone -->|"none: deferred"| sink_2
  cat_phone -->|"middleware: beyond need to know"| sink_2
  classDef special fill:#fff3cd,stroke:#b8860b
  class cat_health special
  classDef forbidden fill:#f8d7da,stroke:#b00020
  class cat_religion forbidden
  linkStyle 1,3,5 stroke:#d00000,stroke-width:2px
`
	if got := inventory.Mermaid(edges); got != want {
		t.Errorf("Mermaid:\n%s\nwant:\n%s", got, want)
	}
}
