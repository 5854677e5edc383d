package config

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestFromMap(t *testing.T) {
	cfg, err := FromMap(nil)
	if err != nil || !reflect.DeepEqual(cfg, Default()) {
		t.Errorf("FromMap(nil) = %+v, %v; want the defaults", cfg, err)
	}

	// golangci-lint decodes its YAML or JSON configuration into maps,
	// slices and float64 or int numbers.
	settings := map[string]any{
		"version":   float64(1),
		"infer":     false,
		"sources":   []any{map[string]any{"type": "example.com/gen/hrpb.Employee", "field": "Phone", "category": "phone"}},
		"sinks":     []any{map[string]any{"func": "(*example.com/crm.Client).Push", "kind": "transfer", "purpose": "crm"}},
		"consent":   []any{map[string]any{"func": "example.com/hr/consent.Has", "purpose": "payroll"}},
		"redact":    []any{map[string]any{"func": "example.com/hr/mask.Phone"}},
		"basis":     []any{map[string]any{"func": "example.com/hr/pfr.Report", "citation": "Federal Law 27-FZ art. 11"}},
		"safe":      []any{map[string]any{"func": "example.com/sdk.String"}},
		"authorize": []any{map[string]any{"func": "example.com/hr/auth.Require", "role": ""}},
		"roles": map[string]any{
			"manager": []any{"name", "phone", "email", "employment"},
			"payroll": []any{"name", "pay", "bank", "govid"},
			"hr":      []any{"all"},
		},
		"decisions": []any{map[string]any{"func": "(*example.com/hr/staff.Service).Dismiss"}},
		"reviews":   []any{map[string]any{"func": "example.com/hr/approval.Approved"}},
	}
	cfg, err = FromMap(settings)
	if err != nil {
		t.Fatal(err)
	}
	fromFile, err := Parse("f", []byte(specExample))
	if err != nil {
		t.Fatal(err)
	}
	want := *fromFile
	want.Path, want.Infer = "", false
	want.Sources = []Source{{Type: "example.com/gen/hrpb.Employee", Field: "Phone", Category: "phone"}}
	want.Sinks = []Sink{{Func: "(*example.com/crm.Client).Push", Kind: "transfer", Purpose: "crm"}}
	want.Consent = []Consent{{Func: "example.com/hr/consent.Has", Purpose: "payroll"}}
	want.Redact = []Redact{{Func: "example.com/hr/mask.Phone"}}
	want.Basis = []Basis{{Func: "example.com/hr/pfr.Report", Citation: "Federal Law 27-FZ art. 11"}}
	want.Safe = []Safe{{Func: "example.com/sdk.String"}}
	want.Authorize = []Authorize{{Func: "example.com/hr/auth.Require"}}
	want.Decisions = []Decision{{Func: "(*example.com/hr/staff.Service).Dismiss"}}
	want.Reviews = []Review{{Func: "example.com/hr/approval.Approved"}}
	// A map has no order: the roles come sorted by name.
	want.Roles = []Role{
		{Name: "hr", All: true},
		{Name: "manager", Categories: fromFile.Roles[0].Categories},
		{Name: "payroll", Categories: fromFile.Roles[1].Categories},
	}
	if !reflect.DeepEqual(cfg, &want) {
		t.Errorf("FromMap =\n%+v\nwant\n%+v", cfg, &want)
	}
}

func TestFromMapErrors(t *testing.T) {
	tests := []struct {
		name     string
		settings map[string]any
		key, msg string
	}{
		{"bad kind", map[string]any{"version": 1, "sinks": []any{map[string]any{"func": "a.F", "kind": "transfr"}}},
			"sinks[0].kind", `unknown sink kind "transfr"`},
		{"no version", map[string]any{"infer": true}, "version", "missing"},
		{"unknown key", map[string]any{"version": 1, "sink": []any{}}, "sink", `did you mean "sinks"?`},
		{"wrong type", map[string]any{"version": 1, "sources": "x"}, "sources", "want a list"},
		{"duplicate", map[string]any{"version": 1, "redact": []any{map[string]any{"func": "a.F"}, map[string]any{"func": "a.F"}}},
			"redact[1].func", "a.F is already listed"},
		{"role with a misspelt category", map[string]any{"version": 1, "roles": map[string]any{"hr": []any{"nmae"}}},
			"roles.hr[0]", `unknown category "nmae"; did you mean "name"?`},
		{"duplicate authorize", map[string]any{"version": 1, "authorize": []any{map[string]any{"func": "a.F"}, map[string]any{"func": "a.F", "role": "hr"}}},
			"authorize[1].func", "a.F is already listed"},
		{"decision extra key", map[string]any{"version": 1, "decisions": []any{map[string]any{"func": "a.F", "why": "kpi"}}},
			"decisions[0].why", "unknown key; want one of func"},
		{"review not a list", map[string]any{"version": 1, "reviews": map[string]any{"func": "a.F"}}, "reviews", "want a list, got a mapping"},
		{"review bad func", map[string]any{"version": 1, "reviews": []any{map[string]any{"func": 3}}}, "reviews[0].func", "want a string, got the number 3"},
		{"review and decision", map[string]any{"version": 1, "decisions": []any{map[string]any{"func": "a.F"}}, "reviews": []any{map[string]any{"func": "a.F"}}},
			"reviews[0].func", "a.F is listed as a decision; a decision cannot approve itself"},
		{"unencodable value", map[string]any{"version": 1, "infer": func() {}}, "", "cannot read the settings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := FromMap(tt.settings)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("FromMap = %+v, %v; want a *config.Error", cfg, err)
			}
			if e.File != "golangci-lint settings" || e.Line != 0 || e.Key != tt.key {
				t.Errorf("error %q: file %q line %d key %q, want key %q and no line", e, e.File, e.Line, e.Key, tt.key)
			}
			if !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("message %q does not contain %q", e.Msg, tt.msg)
			}
			if strings.Contains(e.Msg, "line ") {
				t.Errorf("message %q mentions a line", e.Msg)
			}
		})
	}
}
