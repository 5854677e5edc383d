package inventory_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/analyzers/decision"
	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/driver"
	"github.com/hrvet/hrvet/internal/inventory"
	"golang.org/x/tools/go/analysis"
)

// demoInventory decodes the JSON run on the demo.
func demoInventory(t *testing.T) *inventory.Inventory {
	t.Helper()
	r := demoJSON(t)
	wantSuccess(t, r)
	var inv inventory.Inventory
	dec := json.NewDecoder(strings.NewReader(r.stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&inv); err != nil {
		t.Fatalf("decoding the JSON inventory: %v", err)
	}
	return &inv
}

// TestDemoJSONRoundTrip checks that the JSON holds the whole inventory:
// decoded and encoded again it gives the same bytes, and rendered as
// Markdown it gives what the Markdown run printed, which also compares
// two separate runs.
func TestDemoJSONRoundTrip(t *testing.T) {
	inv := demoInventory(t)
	var again bytes.Buffer
	if err := inv.WriteJSON(&again); err != nil {
		t.Fatal(err)
	}
	if again.String() != demoJSON(t).stdout {
		t.Errorf("JSON re-encoded differs from the original:\n%s", diff(demoJSON(t).stdout, again.String()))
	}
	md := demoMarkdown(t)
	wantSuccess(t, md)
	var rendered bytes.Buffer
	if err := inv.WriteMarkdown(&rendered); err != nil {
		t.Fatal(err)
	}
	if rendered.String() != md.stdout {
		t.Errorf("Markdown rendered from the JSON differs from the Markdown run:\n%s", diff(md.stdout, rendered.String()))
	}
}

// TestDemoJSONShape checks the JSON document's keys as a consumer sees
// them, and that no list is null.
func TestDemoJSONShape(t *testing.T) {
	r := demoJSON(t)
	wantSuccess(t, r)
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	wantKeys(t, "document", doc, "packages", "fields", "flows", "exposures", "roles", "decisions", "special", "ignores", "diagram", "unknown")
	lists := []string{"packages", "fields", "flows", "exposures", "decisions", "special", "ignores", "diagram", "unknown"}
	if demoHasRoles(t) {
		lists = append(lists, "roles")
	} else if list, ok := doc["roles"].([]any); !ok || len(list) != 0 {
		t.Errorf("roles = %v, want an empty list: the demo's .hrvet.yaml has no roles:", doc["roles"])
	}
	for _, key := range lists {
		list, ok := doc[key].([]any)
		if !ok || len(list) == 0 {
			t.Errorf("%s = %v, want a non-empty list", key, doc[key])
		}
	}
	each := func(key string, check func(map[string]any)) {
		list, _ := doc[key].([]any)
		for _, item := range list {
			m, ok := item.(map[string]any)
			if !ok {
				t.Fatalf("%s: item %v is not an object", key, item)
			}
			check(m)
		}
	}
	posn := regexp.MustCompile(`^[^:]+\.(go|yaml):\d+(:\d+)?$`)
	wantPos := func(what string, v any) {
		s, _ := v.(string)
		if !posn.MatchString(s) || filepath.IsAbs(s) {
			t.Errorf("%s position %v, want a relative file:line:col", what, v)
		}
	}
	each("fields", func(m map[string]any) {
		wantKeys(t, "field", m, "name", "package", "category", "class", "marked", "basis", "pos")
		wantPos("field", m["pos"])
		mark, _ := m["marked"].(map[string]any)
		switch mark["by"] {
		case "tag":
			wantKeys(t, "tag mark", mark, "by")
		case "config":
			wantKeys(t, "config mark", mark, "by", "config")
			wantPos("config", mark["config"])
		case "inferred":
			wantKeys(t, "inferred mark", mark, "by", "source", "term")
		default:
			t.Errorf("field %v: marked by %v", m["name"], mark["by"])
		}
	})
	each("flows", func(m map[string]any) {
		wantPos("flow", m["pos"])
		for _, key := range []string{"pos", "package", "func", "data", "sink", "guard", "status"} {
			if _, ok := m[key]; !ok {
				t.Errorf("flow %v has no %q", m["pos"], key)
			}
		}
		sink, _ := m["sink"].(map[string]any)
		guard, _ := m["guard"].(map[string]any)
		if sink["name"] == "" || !slices.Contains([]any{"transfer", "commercial", "log", "store", "expose"}, sink["kind"]) {
			t.Errorf("flow %v: sink %v", m["pos"], sink)
		}
		if !slices.Contains([]any{"consent", "basis", "redactor", "authorization", "middleware", "none"}, guard["kind"]) {
			t.Errorf("flow %v: guard %v", m["pos"], guard)
		}
	})
	each("exposures", func(m map[string]any) {
		wantPos("exposure", m["pos"])
		for _, key := range []string{"pos", "package", "func", "handler", "route", "data", "sink", "guard", "status"} {
			if _, ok := m[key]; !ok {
				t.Errorf("exposure %v has no %q", m["pos"], key)
			}
		}
		route, _ := m["route"].(map[string]any)
		switch route["registered"] {
		case "route", "call":
			wantPos("route", route["pos"])
		case "importer", "none":
			wantKeys(t, "route", route, "registered")
		case "unfollowed":
			wantKeys(t, "route", route, "registered", "why")
		default:
			t.Errorf("exposure %v: route %v", m["pos"], route)
		}
		guard, _ := m["guard"].(map[string]any)
		if !slices.Contains([]any{"authorization", "middleware", "none"}, guard["kind"]) {
			t.Errorf("exposure %v: guard %v", m["pos"], guard)
		}
		if !slices.Contains([]any{"ok", "unguarded", "beyond-need-to-know", "deferred"}, m["status"]) {
			t.Errorf("exposure %v: status %v", m["pos"], m["status"])
		}
	})
	each("decisions", func(m map[string]any) {
		wantPos("decision", m["pos"])
		for _, key := range []string{"pos", "package", "func", "decision", "data", "status"} {
			if _, ok := m[key]; !ok {
				t.Errorf("decision %v has no %q", m["pos"], key)
			}
		}
		if !slices.Contains([]any{"automated", "reviewed", "ok", "deferred"}, m["status"]) {
			t.Errorf("decision %v: status %v", m["pos"], m["status"])
		}
		if review, ok := m["review"].(map[string]any); ok {
			wantKeys(t, "review", review, "check", "pos")
			wantPos("review", review["pos"])
		} else if _, ok := m["review"]; ok || m["status"] == "reviewed" {
			t.Errorf("decision %v: status %v, review %v", m["pos"], m["status"], m["review"])
		}
	})
	each("roles", func(m map[string]any) {
		wantKeys(t, "role", m, "role", "categories", "all", "config")
		wantPos("role", m["config"])
	})
	each("ignores", func(m map[string]any) {
		wantKeys(t, "ignore", m, "pos", "package", "analyzers", "reason")
	})
	each("diagram", func(m map[string]any) {
		wantKeys(t, "edge", m, "category", "sink", "kind", "guard", "status", "flows")
	})
	each("unknown", func(m map[string]any) {
		wantKeys(t, "unknown call", m, "callee", "data", "categories", "calls", "at")
		at, _ := m["at"].([]any)
		if len(at) == 0 {
			t.Errorf("unknown call %v: no call site", m["callee"])
		}
		for _, p := range at {
			wantPos("unknown call", p)
		}
	})
}

func wantKeys(t *testing.T, what string, m map[string]any, keys ...string) {
	t.Helper()
	var got []string
	for k := range m {
		got = append(got, k)
	}
	slices.Sort(got)
	keys = slices.Sorted(slices.Values(keys))
	if !slices.Equal(got, keys) {
		t.Errorf("%s keys = %v, want %v", what, got, keys)
	}
}

// demoHasRoles reports whether the demo's .hrvet.yaml has a roles:
// section.
func demoHasRoles(t *testing.T) bool {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(demoDir, ".hrvet.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return regexp.MustCompile(`(?m)^roles:`).Match(data)
}

// TestDemoDeterministic runs the inventory a second time and wants the
// same bytes.
func TestDemoDeterministic(t *testing.T) {
	first := demoMarkdown(t)
	wantSuccess(t, first)
	second := hrvetInventory(t, "-C", demoDir)
	wantSuccess(t, second)
	if first.stdout != second.stdout {
		t.Errorf("two runs differ:\n%s", diff(first.stdout, second.stdout))
	}
}

// TestDemoEveryTaggedAndConfiguredField reads the demo's sources and
// .hrvet.yaml itself and wants each field they mark in the inventory,
// marked that way.
func TestDemoEveryTaggedAndConfiguredField(t *testing.T) {
	inv := demoInventory(t)
	byName := make(map[string]inventory.Field)
	for _, f := range inv.Fields {
		byName[f.Name] = f
	}
	for name, cat := range taggedFields(t) {
		f, ok := byName[name]
		switch {
		case !ok:
			t.Errorf("tagged field %s (%s) is not in the inventory", name, cat)
		case f.Category != cat || f.Marked.By != "tag":
			t.Errorf("%s: %s marked by %s, want %s by tag", name, f.Category, f.Marked.By, cat)
		}
	}
	for name, src := range configuredFields(t) {
		f, ok := byName[name]
		switch {
		case !ok:
			t.Errorf("configured field %s is not in the inventory", name)
		case f.Category != src.category || f.Marked.By != "config" || f.Marked.Config == nil ||
			f.Marked.Config.File != ".hrvet.yaml" || f.Marked.Config.Line != src.line:
			t.Errorf("%s: %+v, want %s by config at .hrvet.yaml:%d", name, f, src.category, src.line)
		}
	}
	// The fields the demo's README says hrvet finds by name.
	for _, name := range []string{
		"Employee.SNILS", "Employee.INN",
		"Sotrudnik.TabNomer", "Sotrudnik.FIO", "Sotrudnik.Telefon", "Sotrudnik.SNILS", "Sotrudnik.DataRozhdeniya", "Sotrudnik.Dolzhnost",
		"Candidate.FullName", "Candidate.Phone", "Candidate.Email", "Candidate.Religion",
	} {
		if f, ok := byName[name]; !ok || f.Marked.By != "inferred" || f.Marked.Term == "" {
			t.Errorf("%s: %+v, want a field inferred from its name", name, f)
		}
	}
	// Not personal data: pd:"-", and Department, which is not person-like.
	for _, name := range []string{"Employee.ID", "Employee.PassportScanKey", "Department.Phone", "Department.Address"} {
		if _, ok := byName[name]; ok {
			t.Errorf("%s is in the inventory; it is not personal data", name)
		}
	}
}

// taggedFields returns the demo's struct fields with a valid pd tag, by
// "Type.Field", with their category.
func taggedFields(t *testing.T) map[string]annotations.Category {
	t.Helper()
	out := make(map[string]annotations.Category)
	fset := token.NewFileSet()
	err := filepath.WalkDir(demoDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			spec, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := spec.Type.(*ast.StructType)
			if !ok {
				return true
			}
			for _, field := range st.Fields.List {
				if field.Tag == nil || len(field.Names) == 0 {
					continue
				}
				tag, _ := strconv.Unquote(field.Tag.Value)
				id, ok := reflect.StructTag(tag).Lookup("pd")
				cat, valid := annotations.Lookup(id)
				if !ok || !valid {
					continue
				}
				for _, name := range field.Names {
					out[spec.Name.Name+"."+name.Name] = cat
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 20 {
		t.Fatalf("found only %d tagged fields in the demo; the walk is broken", len(out))
	}
	return out
}

type configured struct {
	category annotations.Category
	line     int
}

// configuredFields returns the sources of the demo's .hrvet.yaml by
// "Type.Field".
func configuredFields(t *testing.T) map[string]configured {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(demoDir, ".hrvet.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	source := regexp.MustCompile(`\{type: [\w./]+\.(\w+), field: (\w+), category: (\w+)\}`)
	out := make(map[string]configured)
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		if m := source.FindStringSubmatch(sc.Text()); m != nil {
			out[m[1]+"."+m[2]] = configured{annotations.Category(m[3]), line}
		}
	}
	if len(out) == 0 {
		t.Fatal("no sources in the demo's .hrvet.yaml")
	}
	return out
}

// TestDemoFlowsMatchFindings ties the inventory to what the consent,
// logleak and access analyzers report on the demo
// (testdata/hrapp/findings.txt): each reported flow is in the inventory
// and not covered, and each flow that is not covered is either reported
// or suppressed by an //hrvet:ignore. An expose flow deferred to where
// its handler is registered is neither.
func TestDemoFlowsMatchFindings(t *testing.T) {
	inv := demoInventory(t)
	data, err := os.ReadFile(filepath.Join(demoDir, "findings.txt"))
	if err != nil {
		t.Fatal(err)
	}
	finding := regexp.MustCompile(`^([\w/.]+:\d+):\d+: (consent|logleak|access): (.*)$`)
	reported := make(map[string]bool) // file:line
	for line := range strings.SplitSeq(string(data), "\n") {
		m := finding.FindStringSubmatch(line)
		if m == nil || strings.Contains(m[3], "is not checked") {
			continue // not a finding about a flow
		}
		reported[m[1]] = true
	}
	if len(reported) < 10 {
		t.Fatalf("found only %d consent, logleak and access findings in findings.txt", len(reported))
	}
	flagged := make(map[string]bool)
	for _, f := range inv.Flows {
		if !inventory.NotCovered(f.Status) {
			continue
		}
		where := f.Pos.FileLine()
		flagged[where] = true
		if !reported[where] && f.Suppressed == nil {
			t.Errorf("%s: flow %s to %s is %s, but no finding stands there and no ignore suppresses it", where, f.Data, f.Sink.Name, f.Status)
		}
	}
	for where := range reported {
		if !flagged[where] {
			t.Errorf("%s: reported by hrvet, but the inventory has no flow there that is not ok", where)
		}
	}
}

// TestDemoDecisionsMatchFindings ties the inventory's decisions to what
// the decision analyzer reports on the demo: a decision is automated and
// not suppressed exactly where a finding stands, and each flow of the
// engine at a decision is in Decisions, not in Flows.
func TestDemoDecisionsMatchFindings(t *testing.T) {
	inv := demoInventory(t)
	var stdout, stderr bytes.Buffer
	code := driver.Main([]string{"-C", demoDir}, &stdout, &stderr, []*analysis.Analyzer{decision.Analyzer})
	if code != 0 && code != 3 {
		t.Fatalf("hrvet with the decision analyzer: exit code %d; stderr:\n%s", code, stderr.String())
	}
	finding := regexp.MustCompile(`^([\w/.]+:\d+):\d+: decision: .*, an HR decision`)
	reported := make(map[string]bool) // file:line
	for line := range strings.SplitSeq(stdout.String(), "\n") {
		if m := finding.FindStringSubmatch(line); m != nil {
			reported[m[1]] = true
		}
	}
	automated := make(map[string]bool)
	for _, d := range inv.Decisions {
		if d.Status == inventory.StatusAutomated && d.Suppressed == nil {
			automated[d.Pos.FileLine()] = true
		}
		if (d.Status == inventory.StatusAutomated) != (len(d.Data) > 0 && d.Review == nil) {
			t.Errorf("%s: decision %s resting on [%s] with review %v is %s", d.Pos, d.Decision, dataString(d.Data), d.Review, d.Status)
		}
	}
	for where := range automated {
		if !reported[where] {
			t.Errorf("%s: an automated decision in the inventory, but the decision analyzer reports nothing there", where)
		}
	}
	for where := range reported {
		if !automated[where] {
			t.Errorf("%s: reported by the decision analyzer, but the inventory has no automated decision there", where)
		}
	}
	for _, f := range inv.Flows {
		if f.Sink.Kind == "decision" {
			t.Errorf("%s: a decision in the flows to sinks", f.Pos)
		}
	}
}

// TestDemoExposuresMatchFlows checks that each expose flow of the demo
// is in Exposures, once for each way to its handler, and that the flow is
// not covered exactly when one of its exposures is not.
func TestDemoExposuresMatchFlows(t *testing.T) {
	inv := demoInventory(t)
	key := func(pos inventory.Position, data []inventory.Datum) string {
		return pos.String() + " " + dataString(data)
	}
	ways := make(map[string][]inventory.Exposure)
	for _, e := range inv.Exposures {
		ways[key(e.Pos, e.Data)] = append(ways[key(e.Pos, e.Data)], e)
	}
	exposed := 0
	for _, f := range inv.Flows {
		if f.Sink.Kind != "expose" {
			continue
		}
		exposed++
		k := key(f.Pos, f.Data)
		es := ways[k]
		delete(ways, k)
		if len(es) == 0 {
			t.Errorf("%s: expose flow with no exposure", k)
			continue
		}
		if got := slices.ContainsFunc(es, func(e inventory.Exposure) bool { return inventory.NotCovered(e.Status) }); got != inventory.NotCovered(f.Status) {
			t.Errorf("%s: flow %s, exposures %+v", k, f.Status, es)
		}
	}
	if exposed == 0 {
		t.Error("no expose flow in the demo")
	}
	for k := range ways {
		t.Errorf("%s: exposure with no expose flow", k)
	}
}

// TestDemoLawfulTransfers checks the guards the demo's README promises:
// the pension-fund (SFR) report under its basis, the salary payment under
// the basis on its statement, the consent-checked SMS and phone-book
// listing, and the masked log lines.
func TestDemoLawfulTransfers(t *testing.T) {
	inv := demoInventory(t)
	find := func(sinkVia, guardKind string) []inventory.Flow {
		var out []inventory.Flow
		for _, f := range inv.Flows {
			names := append([]string{f.Sink.Name}, f.Sink.Via...)
			if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, sinkVia) }) && f.Guard.Kind == guardKind && f.Status == "ok" {
				out = append(out, f)
			}
		}
		return out
	}
	sfr := find("SFRClient).Submit", inventory.GuardBasis)
	if len(sfr) != 1 || sfr[0].Guard.Citation != "Federal Law 27-FZ art. 11" || sfr[0].Sink.Kind != "transfer" ||
		!slices.ContainsFunc(sfr[0].Data, func(d inventory.Datum) bool { return d.Category == annotations.GovID }) {
		t.Errorf("SFR report flows = %+v, want one transfer of the SNILS under Federal Law 27-FZ art. 11", sfr)
	}
	if pay := find("BankClient).Pay", inventory.GuardBasis); len(pay) != 1 || !strings.HasPrefix(pay[0].Guard.Citation, "Labour Code art. 136") {
		t.Errorf("salary payment flows = %+v, want one under Labour Code art. 136", pay)
	}
	if sms := find("clients.SMS).Send", inventory.GuardConsent); len(sms) == 0 || sms[0].Guard.Check == "" {
		t.Errorf("consent-checked SMS flows = %+v, want some naming the check", sms)
	}
	if book := find("DirectoryClient).Upsert", inventory.GuardConsent); len(book) != 1 || !slices.Equal(book[0].Guard.Purposes, []string{"directory"}) {
		t.Errorf("phone-book flows = %+v, want one under a consent for purpose directory", book)
	}
	var redactors []string
	for _, f := range inv.Flows {
		if f.Guard.Kind == inventory.GuardRedactor {
			redactors = append(redactors, f.Guard.Redactor)
		}
	}
	slices.Sort(redactors)
	want := []string{
		"(*example.com/hrapp/hrpb.DirectoryEntry).MaskedMsisdn",
		"example.com/hrapp/payroll.maskAccount",
		"github.com/hrvet/hrvet/annotations.MaskTail",
	}
	if !slices.Equal(redactors, want) {
		t.Errorf("redactor-guarded flows through %v, want %v", redactors, want)
	}
}

// TestDemoSpecialAndIgnores checks the special and forbidden section and
// the ignore.
func TestDemoSpecialAndIgnores(t *testing.T) {
	inv := demoInventory(t)
	var got []string
	for _, f := range inv.Special {
		got = append(got, f.Name+" "+f.Class+" "+f.Basis)
	}
	want := []string{
		"Profile.SickLeaveReason special Federal Law 255-FZ art. 13 (sick-leave benefit)",
		"Candidate.Partiynost forbidden ",
		"Candidate.Religion forbidden ",
		"Candidate.TradeUnion special ",
		"Employee.SickLeaveReason special Federal Law 255-FZ art. 13 (sick-leave benefit)",
		"Employee.UnionMember special Labour Code art. 377 (union dues withheld on the employee's written application)",
	}
	wantSet(t, "special", got, want)

	if len(inv.Ignores) != 1 {
		t.Fatalf("ignores = %+v, want the access audit line's", inv.Ignores)
	}
	ig := inv.Ignores[0]
	if ig.Pos.FileLine() != "api/employees.go:22" || !slices.Equal(ig.Analyzers, []string{"logleak"}) || !strings.HasPrefix(ig.Reason, "the access audit log is required") {
		t.Errorf("ignore = %+v", ig)
	}
}

// TestDemoUnknownCalls checks the section "Personal data passed to calls
// hrvet does not know" on the demo: the e-signature SDK (another module,
// third_party/esign) is listed, its calls sorted by how much personal
// data each takes; its address normaliser, declared safe in .hrvet.yaml,
// is not; nor is any function a flow reaches (a sink is a flow, not an
// unknown call), nor a function of the demo's own module or of the
// standard library.
func TestDemoUnknownCalls(t *testing.T) {
	inv := demoInventory(t)
	var got []string
	for _, u := range inv.Unknown {
		var at []string
		for _, p := range u.At {
			at = append(at, p.FileLine())
		}
		got = append(got, fmt.Sprintf("%s %s %d %s", u.Callee, dataString(u.Data), u.Calls, strings.Join(at, " ")))
	}
	want := []string{
		"(*example.com/esign.Client).CreateEnvelope Employee.Email (email), Employee.FullName (name), Employee.Phone (phone) 1 api/contracts.go:22",
		"(*example.com/esign.Client).Remind Employee.Phone (phone) 1 api/contracts.go:39",
	}
	if !slices.Equal(got, want) {
		t.Errorf("unknown calls:\n%s\nwant, in this order:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	sinks := make(map[string]bool)
	for _, f := range inv.Flows {
		sinks[f.Sink.Name] = true
		for _, v := range f.Sink.Via {
			sinks[v] = true
		}
	}
	for _, u := range inv.Unknown {
		switch {
		case u.Callee == "example.com/esign.NormalizeEmail":
			t.Errorf("%s is declared safe in .hrvet.yaml, but listed", u.Callee)
		case sinks[u.Callee]:
			t.Errorf("%s is reached by a flow, but listed as unknown", u.Callee)
		case strings.Contains(u.Callee, "example.com/hrapp/") || !strings.Contains(strings.SplitN(strings.TrimLeft(u.Callee, "(*"), "/", 2)[0], "."):
			t.Errorf("%s is of the demo's module or the standard library, but listed", u.Callee)
		}
	}
	md := demoMarkdown(t)
	wantSuccess(t, md)
	for _, want := range []string{
		"\n## Personal data passed to calls hrvet does not know\n",
		"as a sink (`sinks: [{func: ..., kind: transfer}]`)",
		"or as safe (`safe: [{func: ...}]`)",
		"| `(*example.com/esign.Client).CreateEnvelope` | `Employee.Email` (email), `Employee.FullName` (name), `Employee.Phone` (phone) | email, name, phone | 1 | api/contracts.go:22 |\n",
	} {
		if !strings.Contains(md.stdout, want) {
			t.Errorf("the demo's Markdown lacks %q", want)
		}
	}
}

// dataString lists data as the inventory's tests compare them.
func dataString(data []inventory.Datum) string {
	var parts []string
	for _, d := range data {
		parts = append(parts, d.Field+" ("+string(d.Category)+")")
	}
	return strings.Join(parts, ", ")
}
