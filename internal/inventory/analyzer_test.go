package inventory_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/hrvet/hrvet/internal/inventory"
	"golang.org/x/tools/go/analysis/analysistest"
)

// fixture caches the records of the fixture packages: loading them from
// source, the standard library included, is the slow part of these tests.
var fixture struct {
	once    sync.Once
	records map[string]*inventory.Record
}

// records runs the Analyzer on the fixture packages, once, and returns
// their records by package path. The first test to call it fails on an
// analysis error or any diagnostic.
func records(t *testing.T) map[string]*inventory.Record {
	t.Helper()
	fixture.once.Do(func() {
		results := analysistest.Run(t, analysistest.TestData(), inventory.Analyzer, "records", "cfgrec", "gen", "exposes", "decides")
		recs := make(map[string]*inventory.Record)
		for _, r := range results {
			if r.Err != nil {
				t.Fatalf("%s: %v", r.Action.Package.PkgPath, r.Err)
			}
			if len(r.Diagnostics) > 0 {
				t.Errorf("%s: the inventory reported %d diagnostics, want none", r.Action.Package.PkgPath, len(r.Diagnostics))
			}
			rec, ok := r.Result.(*inventory.Record)
			if !ok {
				t.Fatalf("%s: result is %T, want *inventory.Record", r.Action.Package.PkgPath, r.Result)
			}
			recs[rec.Package] = rec
		}
		fixture.records = recs
	})
	if fixture.records == nil {
		t.Fatal("the fixture did not load")
	}
	return fixture.records
}

func TestRecordFields(t *testing.T) {
	rec := records(t)["records"]
	if rec == nil {
		t.Fatal("no record for package records")
	}
	var got []string
	for _, f := range rec.Fields {
		got = append(got, fmt.Sprintf("%s %s %s %s %s/%s/%s basis=%q line=%d",
			f.Package, f.Name, f.Category, f.Class, f.Marked.By, f.Marked.Source, f.Marked.Term, f.Basis, f.Pos.Line))
	}
	want := []string{
		`records Card.Number card personal tag// basis="" line=31`,
		`records Employee.Contact email personal inferred/json/email basis="" line=17`,
		`records Employee.Faith religion forbidden tag// basis="" line=23`,
		`records Employee.FullName name personal tag// basis="" line=15`,
		`records Employee.Home.Street address personal tag// basis="" line=19`,
		`records Employee.Phone phone personal inferred/name/phone basis="" line=16`,
		`records Employee.Sick health special tag// basis="Federal Law 255-FZ art. 13" line=22`,
	}
	wantSet(t, "fields", got, want)
}

func TestRecordFlows(t *testing.T) {
	rec := records(t)["records"]
	if rec == nil {
		t.Fatal("no record for package records")
	}
	var got []string
	for _, f := range rec.Flows {
		g := f.Guard.Kind
		switch g {
		case inventory.GuardConsent:
			g += " " + f.Guard.Check + " " + strings.Join(f.Guard.Purposes, ",")
		case inventory.GuardBasis:
			g += " " + f.Guard.Citation
		case inventory.GuardRedactor:
			g += " " + f.Guard.Redactor
		}
		var data []string
		for _, d := range f.Data {
			data = append(data, d.Field+"("+string(d.Category)+")")
		}
		s := fmt.Sprintf("%d %s %s %s [%s] %s %s", f.Pos.Line, f.Func, f.Sink.Name, f.Sink.Kind, strings.Join(data, " "), g, f.Status)
		if f.Suppressed != nil {
			s += fmt.Sprintf(" suppressed@%d", f.Suppressed.Line)
		}
		got = append(got, s)
	}
	want := []string{
		"66 Notify log.Printf log [Employee.Phone(phone)] redactor records.mask ok",
		"67 Notify log.Print log [Employee.Home.Street(address)] redactor records.mask ok",
		"68 Notify fmt.Fprintln log [Card.Number(card)] redactor (*records.Card).Masked ok",
		"69 Notify fmt.Fprintln log [Employee.FullName(name) Employee.Phone(phone)] redactor records.mask ok",
		"74 Notify records.send transfer [Employee.Phone(phone)] consent records.hasConsent sms ok",
		"77 Notify log.Print log [Employee.Phone(phone)] none unguarded suppressed@76",
		"78 Notify log.Print log [Employee.Contact(email)] none unguarded",
		"89 Report records.send transfer [Employee.FullName(name)] basis Federal Law 27-FZ art. 11 ok",
	}
	wantSet(t, "flows", got, want)
}

func TestRecordIgnores(t *testing.T) {
	rec := records(t)["records"]
	if rec == nil {
		t.Fatal("no record for package records")
	}
	if len(rec.Ignores) != 1 {
		t.Fatalf("ignores = %+v, want one", rec.Ignores)
	}
	ig := rec.Ignores[0]
	if filepath.Base(ig.Pos.File) != "records.go" || ig.Pos.Line != 76 ||
		strings.Join(ig.Analyzers, ",") != "logleak" ||
		ig.Reason != "the gateway team needs the number to trace a failed SMS" {
		t.Errorf("ignore = %+v", ig)
	}
}

// TestRecordConfiguredFieldOfAnotherPackage checks that a field marked in
// .hrvet.yaml for a type of another package is recorded where it is read,
// under its own package, with the config entry as its mark.
func TestRecordConfiguredFieldOfAnotherPackage(t *testing.T) {
	recs := records(t)
	rec := recs["cfgrec"]
	if rec == nil {
		t.Fatal("no record for package cfgrec")
	}
	if len(rec.Fields) != 1 {
		t.Fatalf("fields = %+v, want Entry.Msisdn only", rec.Fields)
	}
	f := rec.Fields[0]
	if f.Name != "Entry.Msisdn" || f.Package != "gen" || f.Category != "phone" || f.Marked.By != "config" ||
		f.Marked.Config == nil || filepath.Base(f.Marked.Config.File) != ".hrvet.yaml" || f.Marked.Config.Line != 3 {
		t.Errorf("field = %+v (config %+v)", f, f.Marked.Config)
	}
	if gen := recs["gen"]; gen == nil || len(gen.Fields) != 0 {
		t.Errorf("gen, analyzed without the config, records %+v; want no fields", gen)
	}
}

func wantSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n%s\nwant:\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestRecordExposures checks the record of expose flows (package
// exposes): their guard and status as the access analyzer judges them,
// each way requests reach the handler as an exposure, and roles:.
func TestRecordExposures(t *testing.T) {
	rec := records(t)["exposes"]
	if rec == nil {
		t.Fatal("no record for package exposes")
	}
	var got []string
	for _, f := range rec.Flows {
		s := fmt.Sprintf("%d %s [%s] %s %s %s %s", f.Pos.Line, f.Func, dataString(f.Data), f.Guard.Kind, f.Guard.Check, f.Guard.Role, f.Status)
		if len(f.Excess) > 0 {
			s += " excess [" + dataString(f.Excess) + "]"
		}
		if f.Suppressed != nil {
			s += fmt.Sprintf(" suppressed@%d", f.Suppressed.Line)
		}
		got = append(got, s)
	}
	want := []string{
		"70 (*Server).mounted [Employee.Name (name)] none   deferred",
		"79 (*Server).team [Employee.Name (name), Employee.Phone (phone)] authorization exposes.Manager manager ok",
		"88 (*Server).teamFile [Employee.Name (name), Employee.Passport (govid)] authorization exposes.Manager manager beyond-need-to-know excess [Employee.Passport (govid)]",
		"95 (*Server).hrFile [Employee.Diagnosis (health), Employee.Name (name), Employee.Passport (govid), Employee.Phone (phone)] none   unguarded",
		"104 (*Server).medical [Employee.Diagnosis (health)] authorization exposes.HasRole auditor beyond-need-to-know excess [Employee.Diagnosis (health)]",
		"111 (*Server).audit [Employee.Phone (phone)] none   unguarded suppressed@110",
		"117 (*Server).Export [Employee.Name (name)] none   deferred",
		"127 (*Server).mapped [Employee.Phone (phone)] none   unguarded",
	}
	wantSet(t, "expose flows", got, want)

	got = nil
	for _, e := range rec.Exposures {
		rt := e.Route.Registered + " " + strings.TrimSpace(e.Route.Method+" "+e.Route.Path)
		if e.Route.Pos != nil {
			rt += fmt.Sprintf("@%d", e.Route.Pos.Line)
		}
		if e.Route.Open {
			rt += " open"
		}
		if e.Route.Why != "" {
			rt += " (" + e.Route.Why + ")"
		}
		s := fmt.Sprintf("%d %s | %s | %s %s %s | %s", e.Pos.Line, e.Handler, rt, e.Guard.Kind, e.Guard.Check, e.Guard.Role, e.Status)
		if len(e.Excess) > 0 {
			s += fmt.Sprintf(" excess [%s] needs %v", dataString(e.Excess), e.Needs)
		}
		if e.Suppressed != nil {
			s += fmt.Sprintf(" suppressed@%d", e.Suppressed.Line)
		}
		got = append(got, s)
	}
	want = []string{
		"70 (*exposes.Server).mounted | route GET /mounted/{id}@65 open | none   | deferred",
		"79 (*exposes.Server).team | route GET /team/{id}@54 | authorization exposes.Manager manager | ok",
		"88 (*exposes.Server).teamFile | route GET /team/{id}/file@55 | authorization exposes.Manager manager | beyond-need-to-know excess [Employee.Passport (govid)] needs [name phone email employment]",
		"95 (*exposes.Server).hrFile | route GET /hr/{id}@56 | middleware exposes.Require hr | ok",
		"95 (*exposes.Server).hrFile | route GET /public/{id}@57 | none   | unguarded",
		"104 (*exposes.Server).medical | route GET /medical/{id}@58 | authorization exposes.HasRole auditor | beyond-need-to-know excess [Employee.Diagnosis (health)] needs []",
		"111 (*exposes.Server).audit | route GET /audit/{id}@59 | none   | unguarded suppressed@110",
		"117 (*exposes.Server).Export | importer  | none   | deferred",
		"127 (*exposes.Server).mapped | unfollowed  (stored in a map) | none   | unguarded",
	}
	wantSet(t, "exposures", got, want)

	got = nil
	for _, r := range rec.Roles {
		got = append(got, fmt.Sprintf("%s %v all=%v %s:%d", r.Name, r.Categories, r.All, filepath.Base(r.Config.File), r.Config.Line))
	}
	wantSet(t, "roles", got, []string{"hr [] all=true .hrvet.yaml:4", "manager [name phone email employment] all=false .hrvet.yaml:3"})
	if len(records(t)["records"].Roles) != 0 {
		t.Errorf("package records, with no roles: in its configuration, records roles %+v", records(t)["records"].Roles)
	}
}

// TestRecordDecisions checks the record of HR decisions (package
// decides): what each call rests on, its review, its status, and that
// the engine's decision flows are not flows to sinks.
func TestRecordDecisions(t *testing.T) {
	rec := records(t)["decides"]
	if rec == nil {
		t.Fatal("no record for package decides")
	}
	var got []string
	for _, d := range rec.Decisions {
		s := fmt.Sprintf("%d %s %s", d.Pos.Line, d.Func, d.Decision)
		if len(d.Via) > 0 {
			s += " via " + strings.Join(d.Via, ", ")
		}
		s += " [" + dataString(d.Data) + "]"
		if d.Review != nil {
			s += fmt.Sprintf(" review %s@%d", d.Review.Check, d.Review.Pos.Line)
		}
		s += " " + d.Status
		if d.Suppressed != nil {
			s += fmt.Sprintf(" suppressed@%d", d.Suppressed.Line)
		}
		got = append(got, s)
	}
	want := []string{
		"42 Automated (*decides.Service).Dismiss [Employee.Absences (employment)] automated",
		"51 Reviewed (*decides.Service).Dismiss [Employee.Absences (employment)] review decides.Approved@50 reviewed",
		// A person's command: the ID and the reason come from the request.
		"67 (*Handler).Command (*decides.Service).Dismiss [] ok",
		"77 Bonuses (*decides.Service).SetBonus [Employee.KPI (employment), Employee.Salary (pay)] automated",
		// On its parameter's data: judged at the call in Wrapped.
		"83 handleSickLeave (*decides.Service).Dismiss [] deferred",
		"90 Wrapped (*decides.Service).Dismiss via decides.handleSickLeave [Employee.SickDays (health)] automated",
		"99 Suppressed (*decides.Service).Dismiss [Employee.Absences (employment)] automated suppressed@98",
	}
	wantSet(t, "decisions", got, want)
	for _, f := range rec.Flows {
		t.Errorf("flow %s to %s (%s): want none, decisions are no sinks", f.Pos, f.Sink.Name, f.Sink.Kind)
	}
}

// TestDecisionsGolden checks the whole record of package decides, as
// Markdown and JSON, against testdata/decides.md and decides.json.
func TestDecisionsGolden(t *testing.T) {
	rec := records(t)["decides"]
	if rec == nil {
		t.Fatal("no record for package decides")
	}
	inv := inventory.Merge(analysistest.TestData(), []*inventory.Record{rec})
	var md, js strings.Builder
	if err := inv.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if err := inv.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden(t, "decides.md", md.String())
	golden(t, "decides.json", js.String())
}
