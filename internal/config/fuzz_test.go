package config

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/internal/sinks"
)

// FuzzParse checks that no input makes Parse panic, that it is
// deterministic, and that what it accepts or rejects is well formed. The
// seed corpus is in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("f.yaml", data)
		cfg2, err2 := Parse("f.yaml", data)
		if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
			t.Fatalf("Parse is not deterministic: %v / %v", err, err2)
		}
		if !reflect.DeepEqual(cfg, cfg2) {
			t.Fatalf("Parse is not deterministic: %+v / %+v", cfg, cfg2)
		}
		if err != nil {
			if cfg != nil {
				t.Fatal("Parse returned a config with an error")
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v (%T) is not a non-empty ErrorList", err, err)
			}
			prev := 0
			for _, e := range list {
				if e.File != "f.yaml" || e.Line < 0 || e.Msg == "" {
					t.Fatalf("malformed error %+v", e)
				}
				if strings.ContainsAny(e.Error(), "\r\n") {
					t.Fatalf("error spans lines: %q", e.Error())
				}
				if e.Line < prev {
					t.Fatalf("errors out of order: line %d after %d", e.Line, prev)
				}
				prev = e.Line
			}
			return
		}
		if cfg.Version != 1 || cfg.Path != "f.yaml" {
			t.Fatalf("accepted config %+v", cfg)
		}
		for _, s := range cfg.Sources {
			if _, _, err := parseTypeName(s.Type); err != nil || checkIdent(s.Field, "field") != nil || !s.Category.Valid() {
				t.Fatalf("accepted bad source %+v", s)
			}
		}
		funcs := []string{}
		for _, s := range cfg.Sinks {
			if _, ok := sinks.ParseKind(s.Kind); !ok {
				t.Fatalf("accepted bad kind %+v", s)
			}
			funcs = append(funcs, s.Func)
		}
		for _, c := range cfg.Consent {
			funcs = append(funcs, c.Func)
		}
		for _, r := range cfg.Redact {
			funcs = append(funcs, r.Func)
		}
		for _, b := range cfg.Basis {
			if strings.TrimSpace(b.Citation) == "" {
				t.Fatalf("accepted empty citation %+v", b)
			}
			funcs = append(funcs, b.Func)
		}
		for _, a := range cfg.Authorize {
			if a.Role != "" && !isWord(a.Role) {
				t.Fatalf("accepted bad role %+v", a)
			}
			funcs = append(funcs, a.Func)
		}
		for _, d := range cfg.Decisions {
			funcs = append(funcs, d.Func)
		}
		for _, r := range cfg.Reviews {
			funcs = append(funcs, r.Func)
		}
		names := make(map[string]bool)
		for _, r := range cfg.Roles {
			if !isWord(r.Name) || names[r.Name] {
				t.Fatalf("accepted bad or repeated role name %+v", r)
			}
			names[r.Name] = true
			if r.All == (len(r.Categories) > 0) {
				t.Fatalf("accepted role %+v: want all or categories, not both or neither", r)
			}
			for i, c := range r.Categories {
				if !c.Valid() || slices.Contains(r.Categories[:i], c) {
					t.Fatalf("accepted bad or repeated category in %+v", r)
				}
			}
		}
		for _, fn := range funcs {
			name, err := ParseFuncName(fn)
			if err != nil || name.String() != fn {
				t.Fatalf("accepted function %q is not canonical: %v", fn, err)
			}
		}
	})
}

// FuzzParseFuncName checks that ParseFuncName never panics and that every
// name it accepts survives a round trip through String.
func FuzzParseFuncName(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		name, err := ParseFuncName(s)
		if err != nil {
			if strings.ContainsAny(err.Error(), "\r\n") {
				// The message quotes s with %q, so it is one line.
				t.Fatalf("error spans lines: %q", err)
			}
			return
		}
		again, err := ParseFuncName(name.String())
		if err != nil {
			t.Fatalf("ParseFuncName(%q) = %+v, but its String %q does not parse: %v", s, name, name.String(), err)
		}
		if again != name {
			t.Fatalf("round trip of %q: %+v != %+v", s, again, name)
		}
		if strings.ContainsFunc(name.String(), func(r rune) bool { return r == ' ' || r == '[' }) {
			t.Fatalf("canonical name %q has spaces or type arguments", name)
		}
	})
}
