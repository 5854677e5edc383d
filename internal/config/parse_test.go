package config

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
)

// specExample is the example of SPEC section 4.
const specExample = `version: 1
infer: true                       # name inference, default true
sources:                          # fields you cannot tag
  - {type: example.com/gen/hrpb.Employee, field: Phone, category: phone}
sinks:
  - {func: "(*example.com/crm.Client).Push", kind: transfer, purpose: crm}
consent:
  - {func: example.com/hr/consent.Has, purpose: payroll}
redact:
  - {func: example.com/hr/mask.Phone}
basis:
  - {func: example.com/hr/pfr.Report, citation: "Federal Law 27-FZ art. 11"}
authorize:
  - {func: example.com/hr/auth.Require, role: ""}   # role from the constant argument
roles:                            # need to know: the categories each role's function needs
  manager: [name, phone, email, employment]
  payroll: [name, pay, bank, govid]
  hr: [all]
decisions:
  - {func: "(*example.com/hr/staff.Service).Dismiss"}
reviews:
  - {func: example.com/hr/approval.Approved}
`

func TestParseSpecExample(t *testing.T) {
	cfg, err := Parse("dir/.hrvet.yaml", []byte(specExample))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:      "dir/.hrvet.yaml",
		Version:   1,
		Infer:     true,
		Sources:   []Source{{Type: "example.com/gen/hrpb.Employee", Field: "Phone", Category: annotations.Phone, Line: 4}},
		Sinks:     []Sink{{Func: "(*example.com/crm.Client).Push", Kind: "transfer", Purpose: "crm", Line: 6}},
		Consent:   []Consent{{Func: "example.com/hr/consent.Has", Purpose: "payroll", Line: 8}},
		Redact:    []Redact{{Func: "example.com/hr/mask.Phone", Line: 10}},
		Basis:     []Basis{{Func: "example.com/hr/pfr.Report", Citation: "Federal Law 27-FZ art. 11", Line: 12}},
		Authorize: []Authorize{{Func: "example.com/hr/auth.Require", Line: 14}},
		Roles: []Role{
			{Name: "manager", Categories: []annotations.Category{annotations.Name, annotations.Phone, annotations.Email, annotations.Employment}, Line: 16},
			{Name: "payroll", Categories: []annotations.Category{annotations.Name, annotations.Pay, annotations.Bank, annotations.GovID}, Line: 17},
			{Name: "hr", All: true, Line: 18},
		},
		Decisions: []Decision{{Func: "(*example.com/hr/staff.Service).Dismiss", Line: 20}},
		Reviews:   []Review{{Func: "example.com/hr/approval.Approved", Line: 22}},
	}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("Parse(spec example) =\n%+v\nwant\n%+v", cfg, want)
	}
}

func TestParseValid(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		check func(t *testing.T, c *Config)
	}{
		{
			name: "minimal",
			src:  "version: 1\n",
			check: func(t *testing.T, c *Config) {
				if !c.Infer || c.Version != 1 || len(c.Sources)+len(c.Sinks)+len(c.Consent)+len(c.Redact)+len(c.Basis) != 0 {
					t.Errorf("got %+v, want defaults", c)
				}
			},
		},
		{
			name: "infer off, block style, empty lists",
			src: `version: 1
infer: false
sources:
sinks: []
consent: ~
redact:
  - func: example.com/m.Mask
`,
			check: func(t *testing.T, c *Config) {
				if c.Infer {
					t.Error("Infer = true, want false")
				}
				if len(c.Redact) != 1 || c.Redact[0].Func != "example.com/m.Mask" || c.Redact[0].Line != 7 {
					t.Errorf("Redact = %+v", c.Redact)
				}
			},
		},
		{
			name: "canonical function names",
			src: `version: 1
sinks:
  - {func: "(*example.com/p.List[T]).Push", kind: store}
  - {func: "(example.com/p.Map[K, V]).Put", kind: log}
  - {func: "(io.Writer).Write", kind: transfer}
consent:
  - {func: "(error).Error"}
`,
			check: func(t *testing.T, c *Config) {
				var got []string
				for _, s := range c.Sinks {
					got = append(got, s.Func)
				}
				want := []string{"(*example.com/p.List).Push", "(example.com/p.Map).Put", "(io.Writer).Write"}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("sink funcs = %q, want %q", got, want)
				}
				if c.Consent[0].Func != "(error).Error" || c.Consent[0].Purpose != "" {
					t.Errorf("Consent = %+v", c.Consent)
				}
			},
		},
		{
			name: "every kind, purposes and citations",
			src: `version: 1
sinks:
  - {func: example.com/a.T, kind: transfer}
  - {func: example.com/a.C, kind: commercial, purpose: commercial}
  - {func: example.com/a.L, kind: log}
  - {func: example.com/a.S, kind: store, purpose: hr.archive-2}
basis:
  - func: example.com/a.T
    citation: >
      Federal Law 27-FZ art. 11
`,
			check: func(t *testing.T, c *Config) {
				var kinds []string
				for _, s := range c.Sinks {
					kinds = append(kinds, s.Kind)
				}
				if !reflect.DeepEqual(kinds, []string{"transfer", "commercial", "log", "store"}) {
					t.Errorf("kinds = %q", kinds)
				}
				if c.Sinks[3].Purpose != "hr.archive-2" {
					t.Errorf("purpose = %q", c.Sinks[3].Purpose)
				}
				if c.Basis[0].Citation != "Federal Law 27-FZ art. 11" {
					t.Errorf("folded citation = %q, want it trimmed", c.Basis[0].Citation)
				}
			},
		},
		{
			name: "same function in different sections",
			src: `version: 1
sinks: [{func: example.com/a.F, kind: transfer}]
basis: [{func: example.com/a.F, citation: x}]
`,
			check: func(t *testing.T, c *Config) {
				if len(c.Sinks) != 1 || len(c.Basis) != 1 {
					t.Errorf("got %+v", c)
				}
			},
		},
		{
			name: "safe calls",
			src: `version: 1
safe:
  - {func: "(*example.com/sdk.Client).Validate"}
  - func: example.com/sdk.String
consent: [{func: "(*example.com/sdk.Client).Validate"}]
`,
			check: func(t *testing.T, c *Config) {
				want := []Safe{{Func: "(*example.com/sdk.Client).Validate", Line: 3}, {Func: "example.com/sdk.String", Line: 4}}
				if !reflect.DeepEqual(c.Safe, want) {
					t.Errorf("Safe = %+v, want %+v", c.Safe, want)
				}
			},
		},
		{
			name: "authorization checks and roles",
			src: `version: 1
authorize:
  - func: "(*example.com/auth.Guard).Require"
    role: hr
  - {func: example.com/auth.Can}
  - {func: example.com/auth.Middleware, role: ""}
consent: [{func: example.com/auth.Can}]
roles:
  кадровик: all
  payroll.clerk-2:
    - name
    - pay
  manager: [employment]
`,
			check: func(t *testing.T, c *Config) {
				wantAuth := []Authorize{
					{Func: "(*example.com/auth.Guard).Require", Role: "hr", Line: 3},
					{Func: "example.com/auth.Can", Line: 5},
					{Func: "example.com/auth.Middleware", Line: 6},
				}
				if !reflect.DeepEqual(c.Authorize, wantAuth) {
					t.Errorf("Authorize = %+v, want %+v", c.Authorize, wantAuth)
				}
				wantRoles := []Role{
					{Name: "кадровик", All: true, Line: 9},
					{Name: "payroll.clerk-2", Categories: []annotations.Category{annotations.Name, annotations.Pay}, Line: 10},
					{Name: "manager", Categories: []annotations.Category{annotations.Employment}, Line: 13},
				}
				if !reflect.DeepEqual(c.Roles, wantRoles) {
					t.Errorf("Roles = %+v, want %+v", c.Roles, wantRoles)
				}
			},
		},
		{
			name: "empty roles and authorize",
			src:  "version: 1\nauthorize:\nroles: ~\n",
			check: func(t *testing.T, c *Config) {
				if c.Authorize != nil || c.Roles != nil {
					t.Errorf("Authorize = %+v, Roles = %+v; want none", c.Authorize, c.Roles)
				}
			},
		},
		{
			name: "decisions and reviews",
			src: `version: 1
decisions:
  - {func: "(*example.com/hr/staff.Service).Dismiss"}
  - func: example.com/hr/pay.CutBonus
reviews:
  - {func: "(*example.com/hr/approval.Board[T]).Approve"}
sinks: [{func: example.com/hr/pay.CutBonus, kind: store}]
`,
			check: func(t *testing.T, c *Config) {
				wantDecisions := []Decision{
					{Func: "(*example.com/hr/staff.Service).Dismiss", Line: 3},
					{Func: "example.com/hr/pay.CutBonus", Line: 4},
				}
				if !reflect.DeepEqual(c.Decisions, wantDecisions) {
					t.Errorf("Decisions = %+v, want %+v", c.Decisions, wantDecisions)
				}
				wantReviews := []Review{{Func: "(*example.com/hr/approval.Board).Approve", Line: 6}}
				if !reflect.DeepEqual(c.Reviews, wantReviews) {
					t.Errorf("Reviews = %+v, want %+v", c.Reviews, wantReviews)
				}
			},
		},
		{
			name: "empty decisions and reviews",
			src:  "version: 1\ndecisions:\nreviews: []\n",
			check: func(t *testing.T, c *Config) {
				if len(c.Decisions)+len(c.Reviews) != 0 {
					t.Errorf("Decisions = %+v, Reviews = %+v; want none", c.Decisions, c.Reviews)
				}
			},
		},
		{
			name: "anchors without aliases are harmless; explicit tags count",
			src:  "version: !!int 0x1\nsources: &s []\n",
			check: func(t *testing.T, c *Config) {
				if c.Version != 1 {
					t.Errorf("Version = %d", c.Version)
				}
			},
		},
		{
			name: "document markers",
			src:  "---\nversion: 1\n...\n",
			check: func(t *testing.T, c *Config) {
				if c.Version != 1 {
					t.Errorf("Version = %d", c.Version)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse("x.yaml", []byte(tt.src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if cfg.Path != "x.yaml" {
				t.Errorf("Path = %q", cfg.Path)
			}
			tt.check(t, cfg)
		})
	}
}

// TestParseErrors checks the first problem of each file: its line, key and
// message.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
		key  string
		msg  string // substring of Error.Msg
	}{
		{"empty file", "", 1, "version", `missing; the file must start with "version: 1"`},
		{"comments only", "# nothing\n", 1, "version", "missing"},
		{"document marker only", "---\n", 1, "version", "missing"},
		{"no version", "infer: true\n", 1, "version", `missing; add "version: 1"`},
		{"version 2", "version: 2\n", 1, "version", "unsupported version 2; this hrvet reads version 1"},
		{"version string", "version: \"1\"\n", 1, "version", `want the integer 1, got the string "1"`},
		{"version float", "version: 1.0\n", 1, "version", "want the integer 1, got the number 1.0"},
		{"version null", "version:\n", 1, "version", "want the integer 1, got no value"},
		{"version list", "version: [1]\n", 1, "version", "got a list"},
		{"misspelt key", "version: 1\nsink: []\n", 2, "sink", `unknown key; did you mean "sinks"?`},
		{"misspelt version", "verison: 1\n", 1, "verison", `did you mean "version"?`},
		{"unknown key", "version: 1\ncolour: red\n", 2, "colour", "unknown key; want one of version, infer, sources, sinks, consent, redact, basis, authorize, roles, decisions, reviews, safe"},
		{"misspelt roles", "version: 1\nrole:\n  hr: [all]\n", 2, "role", `unknown key; did you mean "roles"?`},
		{"misspelt authorize", "version: 1\nauthorise: []\n", 2, "authorise", `unknown key; did you mean "authorize"?`},
		{"duplicate key", "version: 1\nversion: 1\n", 2, "version", "duplicate key; it first appears at line 1"},
		{"infer yes", "version: 1\ninfer: yes\n", 2, "infer", `want true or false, got the string "yes"`},
		{"infer number", "version: 1\ninfer: 1\n", 2, "infer", "want true or false, got the number 1"},
		{"sources string", "version: 1\nsources: none\n", 2, "sources", `want a list, got the string "none"`},
		{"sources mapping", "version: 1\nsources: {type: a.B}\n", 2, "sources", "want a list, got a mapping"},
		{"source not a mapping", "version: 1\nsources:\n  - a.B\n", 3, "sources[0]", "want a mapping like {type: ..., field: ..., category: ...}"},
		{"source null", "version: 1\nsources:\n  -\n", 3, "sources[0]", "got no value"},
		{"source missing field", "version: 1\nsources:\n  - {type: a.B, category: phone}\n", 3, "sources[0].field", "missing; each source needs type, field and category"},
		{"misspelt field not also missing", "version: 1\nsources:\n  - {type: a.B, feild: X, category: phone}\n", 3, "sources[0].feild", `unknown key; did you mean "field"?`},
		{"misspelt category", "version: 1\nsources:\n  - {type: a.B, field: X, category: phnoe}\n", 3, "sources[0].category", `unknown category "phnoe"; did you mean "phone"?`},
		{"capitalised category", "version: 1\nsources:\n  - {type: a.B, field: X, category: Phone}\n", 3, "sources[0].category", `did you mean "phone"?`},
		{"unknown category", "version: 1\nsources:\n  - {type: a.B, field: X, category: shoesize}\n", 3, "sources[0].category", `unknown category "shoesize"; want one of address, association, bank,`},
		{"category number", "version: 1\nsources:\n  - {type: a.B, field: X, category: 5}\n", 3, "sources[0].category", "want a string, got the number 5; quote it if you mean the text"},
		{"type without package", "version: 1\nsources:\n  - {type: Employee, field: X, category: phone}\n", 3, "sources[0].type", `bad type name "Employee": want <package path>.<type name>`},
		{"pointer type", "version: 1\nsources:\n  - {type: \"*a.B\", field: X, category: phone}\n", 3, "sources[0].type", "without '*'"},
		{"generic type", "version: 1\nsources:\n  - {type: \"a.B[T]\", field: X, category: phone}\n", 3, "sources[0].type", "without type arguments"},
		{"bad field", "version: 1\nsources:\n  - {type: a.B, field: \"Pho ne\", category: phone}\n", 3, "sources[0].field", `field name "Pho ne" is not a Go identifier`},
		{"duplicate source", "version: 1\nsources:\n  - {type: a.B, field: X, category: phone}\n  - {type: a.B, field: X, category: email}\n", 4, "sources[1].field", "a.B.X is already listed at line 3"},
		{"sink kind", "version: 1\nsinks:\n  - {func: a.F, kind: transfr}\n", 3, "sinks[0].kind", `unknown sink kind "transfr"; want one of transfer, commercial, log, store`},
		{"sink missing kind", "version: 1\nsinks:\n  - {func: a.F}\n", 3, "sinks[0].kind", "missing; each sink needs func and kind"},
		{"sink misspelt key", "version: 1\nsinks:\n  - {func: a.F, knd: log}\n", 3, "sinks[0].knd", `did you mean "kind"?`},
		{"func with space", "version: 1\nsinks:\n  - {func: net/http Post, kind: log}\n", 3, "sinks[0].func", `bad function name "net/http Post": contains a space`},
		{"method without parentheses", "version: 1\nsinks:\n  - {func: net/http.Client.Do, kind: log}\n", 3, "sinks[0].func", `write it as "(net/http.Client).Do" or "(*net/http.Client).Do"`},
		{"star without parentheses", "version: 1\nsinks:\n  - {func: \"*net/http.Client.Do\", kind: log}\n", 3, "sinks[0].func", "a pointer receiver goes in parentheses"},
		{"unbalanced parentheses", "version: 1\nsinks:\n  - {func: \"(*net/http.Client.Do\", kind: log}\n", 3, "sinks[0].func", "unbalanced parentheses"},
		{"wildcard", "version: 1\nsinks:\n  - {func: \"log.*\", kind: log}\n", 3, "sinks[0].func", "wildcards are not accepted"},
		{"func not a string", "version: 1\nsinks:\n  - {func: [a.F], kind: log}\n", 3, "sinks[0].func", "want a string, got a list"},
		{"purpose with space", "version: 1\nsinks:\n  - {func: a.F, kind: log, purpose: pay roll}\n", 3, "sinks[0].purpose", `purpose "pay roll" must be one word`},
		{"empty purpose", "version: 1\nconsent:\n  - {func: a.F, purpose: \"\"}\n", 3, "consent[0].purpose", "empty; remove the key or name the purpose"},
		{"duplicate sink after canonicalisation", "version: 1\nsinks:\n  - {func: \"(*a.L[T]).M\", kind: log}\n  - {func: \"(*a.L).M\", kind: store}\n", 4, "sinks[1].func", "(*a.L).M is already listed at line 3"},
		{"consent missing func", "version: 1\nconsent:\n  - {purpose: payroll}\n", 3, "consent[0].func", "missing; each consent check needs func"},
		{"redact extra key", "version: 1\nredact:\n  - {func: a.F, purpose: x}\n", 3, "redact[0].purpose", "unknown key; want one of func"},
		{"safe extra key", "version: 1\nsafe:\n  - {func: a.F, kind: log}\n", 3, "safe[0].kind", "unknown key; want one of func"},
		{"safe missing func", "version: 1\nsafe:\n  - {}\n", 3, "safe[0].func", "missing; each safe call needs func"},
		{"safe bad func", "version: 1\nsafe:\n  - {func: \"log.*\"}\n", 3, "safe[0].func", "wildcards are not accepted"},
		{"duplicate safe", "version: 1\nsafe:\n  - {func: a.F}\n  - {func: a.F}\n", 4, "safe[1].func", "a.F is already listed at line 3"},
		{"safe and sink", "version: 1\nsinks:\n  - {func: a.F, kind: transfer}\nsafe:\n  - {func: a.F}\n", 5, "safe[0].func", "a.F is listed as a sink at line 3; a sink is not safe"},
		{"duplicate redactor", "version: 1\nredact:\n  - {func: a.F}\n  - {func: a.F}\n", 4, "redact[1].func", "a.F is already listed at line 3"},
		{"basis missing citation", "version: 1\nbasis:\n  - {func: a.F}\n", 3, "basis[0].citation", "missing; each basis needs func and citation"},
		{"basis empty citation", "version: 1\nbasis:\n  - {func: a.F, citation: \"  \"}\n", 3, "basis[0].citation", "empty; cite the law"},
		{"basis two-line citation", "version: 1\nbasis:\n  - {func: a.F, citation: \"a\\nb\"}\n", 3, "basis[0].citation", "one line"},
		{"authorize missing func", "version: 1\nauthorize:\n  - {role: hr}\n", 3, "authorize[0].func", "missing; each authorization check needs func"},
		{"authorize extra key", "version: 1\nauthorize:\n  - {func: a.F, purpose: hr}\n", 3, "authorize[0].purpose", "unknown key; want one of func, role"},
		{"authorize role not one word", "version: 1\nauthorize:\n  - {func: a.F, role: hr manager}\n", 3, "authorize[0].role", `role "hr manager" must be one word of letters, digits, '-', '_' or '.'; write "" to take the role from a constant argument at the call`},
		{"authorize role number", "version: 1\nauthorize:\n  - {func: a.F, role: 5}\n", 3, "authorize[0].role", "want a string, got the number 5; quote it if you mean the text"},
		{"authorize bad func", "version: 1\nauthorize:\n  - {func: auth.Guard.Require}\n", 3, "authorize[0].func", `write it as "(auth.Guard).Require" or "(*auth.Guard).Require"`},
		{"duplicate authorize", "version: 1\nauthorize:\n  - {func: a.F, role: hr}\n  - {func: a.F, role: manager}\n", 4, "authorize[1].func", "a.F is already listed at line 3"},
		{"misspelt decisions", "version: 1\ndecision:\n  - {func: a.F}\n", 2, "decision", `unknown key; did you mean "decisions"?`},
		{"misspelt reviews", "version: 1\nreview: []\n", 2, "review", `unknown key; did you mean "reviews"?`},
		{"decisions mapping", "version: 1\ndecisions: {func: a.F}\n", 2, "decisions", "want a list, got a mapping"},
		{"decision not a mapping", "version: 1\ndecisions:\n  - a.F\n", 3, "decisions[0]", "want a mapping like {func: ...}, got the string \"a.F\""},
		{"decision extra key", "version: 1\ndecisions:\n  - {func: a.F, reason: dismissal}\n", 3, "decisions[0].reason", "unknown key; want one of func"},
		{"decision misspelt func", "version: 1\ndecisions:\n  - {fucn: a.F}\n", 3, "decisions[0].fucn", `unknown key; did you mean "func"?`},
		{"decision missing func", "version: 1\ndecisions:\n  - {}\n", 3, "decisions[0].func", "missing; each decision needs func"},
		{"decision func number", "version: 1\ndecisions:\n  - {func: 5}\n", 3, "decisions[0].func", "want a string, got the number 5"},
		{"decision bad func", "version: 1\ndecisions:\n  - {func: staff.Service.Dismiss}\n", 3, "decisions[0].func", `write it as "(staff.Service).Dismiss" or "(*staff.Service).Dismiss"`},
		{"duplicate decision", "version: 1\ndecisions:\n  - {func: a.F}\n  - {func: a.F}\n", 4, "decisions[1].func", "a.F is already listed at line 3"},
		{"review extra key", "version: 1\nreviews:\n  - {func: a.F, role: hr}\n", 3, "reviews[0].role", "unknown key; want one of func"},
		{"review missing func", "version: 1\nreviews:\n  - {}\n", 3, "reviews[0].func", "missing; each review needs func"},
		{"review wildcard", "version: 1\nreviews:\n  - {func: \"a.*\"}\n", 3, "reviews[0].func", "wildcards are not accepted"},
		{"review string", "version: 1\nreviews: a.F\n", 2, "reviews", `want a list, got the string "a.F"`},
		{"duplicate review", "version: 1\nreviews:\n  - {func: a.F}\n  - {func: \"a.F\"}\n", 4, "reviews[1].func", "a.F is already listed at line 3"},
		{"review and decision", "version: 1\ndecisions:\n  - {func: \"(*a.S).Dismiss\"}\nreviews:\n  - {func: \"(*a.S).Dismiss\"}\n", 5, "reviews[0].func", "(*a.S).Dismiss is listed as a decision at line 3; a decision cannot approve itself, remove one of the two"},
		{"roles list", "version: 1\nroles: [hr]\n", 2, "roles", "want a mapping of role names to the categories each needs, like {manager: [name, phone], hr: [all]}, got a list"},
		{"role empty list", "version: 1\nroles:\n  hr: []\n", 3, "roles.hr", "empty; list the categories the role needs, like [name, phone, email], or [all]"},
		{"role without value", "version: 1\nroles:\n  hr:\n  manager: [name]\n", 3, "roles.hr", "empty; list the categories the role needs"},
		{"role scalar", "version: 1\nroles:\n  manager: name\n", 3, "roles.manager", `want a list of the categories the role needs, like [name, phone, email], or [all]; got the string "name"`},
		{"role mapping", "version: 1\nroles:\n  manager: {name: true}\n", 3, "roles.manager", "want a list of the categories the role needs, like [name, phone, email], or [all]; got a mapping"},
		{"misspelt category in a role", "version: 1\nroles:\n  manager:\n    - name\n    - phnoe\n", 5, "roles.manager[1]", `unknown category "phnoe"; did you mean "phone"?`},
		{"misspelt all", "version: 1\nroles:\n  hr: [al]\n", 3, "roles.hr[0]", `unknown category "al"; did you mean "all"?`},
		{"unknown category in a role", "version: 1\nroles:\n  hr: [shoesize]\n", 3, "roles.hr[0]", `unknown category "shoesize"; want one of address, association, bank,`},
		{"category number in a role", "version: 1\nroles:\n  hr: [5]\n", 3, "roles.hr[0]", "want a string, got the number 5"},
		{"all mixed with categories", "version: 1\nroles:\n  hr: [name, all]\n", 3, "roles.hr", "all already names every category; write [all] alone, or list the categories without it"},
		{"category twice in a role", "version: 1\nroles:\n  hr: [name, pay, name]\n", 3, "roles.hr[2]", "name is listed twice; keep one"},
		{"role name not one word", "version: 1\nroles:\n  pay roll: [pay]\n", 3, `roles."pay roll"`, `role name "pay roll" must be one word of letters, digits, '-', '_' or '.', as in //hrvet:authorize role=<r>`},
		{"duplicate role", "version: 1\nroles:\n  hr: [all]\n  hr: [name]\n", 4, "roles.hr", "duplicate key; it first appears at line 3"},
		{"role name number", "version: 1\nroles:\n  1: [name]\n", 3, "roles", "keys must be plain strings, got the number 1"},
		{"role alias", "version: 1\nroles:\n  hr: &a [all]\n  boss: *a\n", 4, "roles.boss", "YAML aliases (*a) are not supported"},
		{"alias", "version: 1\nsources: &s []\nsinks: *s\n", 3, "sinks", "YAML aliases (*s) are not supported"},
		{"merge key", "version: 1\n<<: {infer: true}\n", 2, "\"<<\"", "merge keys are not supported"},
		{"two documents", "version: 1\n---\nversion: 1\n", 2, "", "more than one YAML document"},
		{"syntax error", "version: 1\nsinks: [\n", 3, "", "invalid YAML"},
		{"tab indentation", "version: 1\nsinks:\n\t- {func: a.F, kind: log}\n", 3, "", "invalid YAML"},
		{"top-level list", "- version: 1\n", 1, "", "want a mapping of the keys version, infer"},
		{"top-level scalar", "hello\n", 1, "", `got the string "hello"`},
		{"non-string key", "version: 1\n1: x\n", 2, "", "keys must be plain strings, got the number 1"},
		{"key with a line break", "version: 1\n\"a\\nb\": 1\n", 2, `"a\nb"`, "unknown key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse("cfg/.hrvet.yaml", []byte(tt.src))
			if err == nil {
				t.Fatalf("Parse succeeded with %+v, want an error", cfg)
			}
			if cfg != nil {
				t.Errorf("Parse returned a config with its error")
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T) is not a *config.Error", err, err)
			}
			if e.File != "cfg/.hrvet.yaml" || e.Line != tt.line || e.Key != tt.key {
				t.Errorf("got %s:%d key %q, want %s:%d key %q (%v)", e.File, e.Line, e.Key, "cfg/.hrvet.yaml", tt.line, tt.key, e)
			}
			if !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("message %q does not contain %q", e.Msg, tt.msg)
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "cfg/.hrvet.yaml:") {
					t.Errorf("error line %q does not start with the file name", line)
				}
			}
		})
	}
}

func TestParseReportsEveryProblemInOrder(t *testing.T) {
	src := `version: 1
sinks:
  - {func: a.F, kind: transfr}
colour: red
sources:
  - {type: a.B, field: X, category: phnoe}
`
	_, err := Parse("f.yaml", []byte(src))
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v is not an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Key)
	}
	want := []string{"sinks[0].kind", "colour", "sources[0].category"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keys = %q, want %q", got, want)
	}
	if n := strings.Count(err.Error(), "\n"); n != len(want)-1 {
		t.Errorf("Error() has %d line breaks, want one line per problem:\n%s", n, err)
	}
}

func TestDuplicatesNameTheFirst(t *testing.T) {
	src := `version: 1
sources:
  - {type: a.B, field: X, category: phone}
  - {type: a.B, field: Y, category: phone}
  - {type: a.B, field: X, category: email}
  - {type: a.B, field: X, category: pay}
redact:
  - {func: a.F}
  - {func: a.G}
  - {func: a.F}
  - {func: a.F}
`
	_, err := Parse("f.yaml", []byte(src))
	want := []string{
		"f.yaml:5: sources[2].field: a.B.X is already listed at line 3",
		"f.yaml:6: sources[3].field: a.B.X is already listed at line 3",
		"f.yaml:10: redact[2].func: a.F is already listed at line 8",
		"f.yaml:11: redact[3].func: a.F is already listed at line 8",
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("Parse error =\n%v\nwant\n%s", err, strings.Join(want, "\n"))
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  Error
		want string
	}{
		{Error{File: "p/.hrvet.yaml", Line: 7, Key: "sinks[0].kind", Msg: "bad"}, "p/.hrvet.yaml:7: sinks[0].kind: bad"},
		{Error{File: "p/.hrvet.yaml", Line: 3, Msg: "invalid YAML: x"}, "p/.hrvet.yaml:3: invalid YAML: x"},
		{Error{File: "golangci-lint settings", Key: "version", Msg: "missing"}, "golangci-lint settings: version: missing"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestDefault(t *testing.T) {
	a, b := Default(), Default()
	if a == b {
		t.Error("Default returns a shared value")
	}
	if !a.Infer || a.Version != 1 || a.Path != "" {
		t.Errorf("Default() = %+v", a)
	}
}
