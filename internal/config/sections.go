package config

import (
	"strings"
	"unicode"

	yaml "go.yaml.in/yaml/v4"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/sinks"
)

func (p *parser) sources(v *yaml.Node) []Source {
	var out []Source
	seen := make(map[string]int) // "type.field" -> line
	keys := []string{"type", "field", "category"}
	p.list(v, "sources", func(i int, e *yaml.Node) {
		key := index("sources", i)
		var s Source
		var fieldNode *yaml.Node
		ok := p.entry(e, key, "source", keys, keys, func(name string, v *yaml.Node) {
			k := join(key, name)
			switch name {
			case "type":
				if t, ok := p.str(v, k); ok {
					if _, _, err := parseTypeName(t); err != nil {
						p.errorf(v, k, "bad type name %q: %v", t, err)
					} else {
						s.Type = t
					}
				}
			case "field":
				fieldNode = v
				if f, ok := p.str(v, k); ok {
					if err := checkIdent(f, "field name"); err != nil {
						p.errorf(v, k, "%v", err)
					} else {
						s.Field = f
					}
				}
			case "category":
				s.Category = p.category(v, k)
			}
		})
		s.Line = e.Line
		if ok && s.Type != "" && s.Field != "" {
			id := s.Type + "." + s.Field
			if first, dup := seen[id]; dup {
				p.errorf(fieldNode, join(key, "field"), "%s is already listed%s", id, p.at(first))
			} else {
				seen[id] = e.Line
			}
		}
		out = append(out, s)
	})
	return out
}

func (p *parser) category(v *yaml.Node, key string) annotations.Category {
	s, ok := p.str(v, key)
	if !ok {
		return ""
	}
	if c, ok := annotations.Lookup(s); ok {
		return c
	}
	var ids []string
	for _, c := range annotations.Categories() {
		ids = append(ids, string(c))
	}
	if hint := didYouMean(s, ids); hint != "" {
		p.errorf(v, key, "unknown category %q%s", truncate(s, 40), hint)
	} else {
		p.errorf(v, key, "unknown category %q; want one of %s", truncate(s, 40), strings.Join(ids, ", "))
	}
	return ""
}

func (p *parser) sinks(v *yaml.Node) []Sink {
	var out []Sink
	funcs := make(map[string]int)
	p.list(v, "sinks", func(i int, e *yaml.Node) {
		key := index("sinks", i)
		var s Sink
		p.entry(e, key, "sink", []string{"func", "kind", "purpose"}, []string{"func", "kind"}, func(name string, v *yaml.Node) {
			k := join(key, name)
			switch name {
			case "func":
				s.Func = p.funcName(v, k, funcs)
			case "kind":
				s.Kind = p.kind(v, k)
			case "purpose":
				s.Purpose = p.purpose(v, k)
			}
		})
		s.Line = e.Line
		out = append(out, s)
	})
	return out
}

func (p *parser) kind(v *yaml.Node, key string) string {
	s, ok := p.str(v, key)
	if !ok {
		return ""
	}
	if k, ok := sinks.ParseKind(s); ok {
		return string(k)
	}
	var names []string
	for _, k := range sinks.Kinds() {
		names = append(names, string(k))
	}
	p.errorf(v, key, "unknown sink kind %q; want one of %s", truncate(s, 40), strings.Join(names, ", "))
	return ""
}

func (p *parser) consent(v *yaml.Node) []Consent {
	var out []Consent
	funcs := make(map[string]int)
	p.list(v, "consent", func(i int, e *yaml.Node) {
		key := index("consent", i)
		var c Consent
		p.entry(e, key, "consent check", []string{"func", "purpose"}, []string{"func"}, func(name string, v *yaml.Node) {
			k := join(key, name)
			switch name {
			case "func":
				c.Func = p.funcName(v, k, funcs)
			case "purpose":
				c.Purpose = p.purpose(v, k)
			}
		})
		c.Line = e.Line
		out = append(out, c)
	})
	return out
}

func (p *parser) redact(v *yaml.Node) []Redact {
	var out []Redact
	funcs := make(map[string]int)
	p.list(v, "redact", func(i int, e *yaml.Node) {
		key := index("redact", i)
		var r Redact
		p.entry(e, key, "redactor", []string{"func"}, []string{"func"}, func(name string, v *yaml.Node) {
			r.Func = p.funcName(v, join(key, name), funcs)
		})
		r.Line = e.Line
		out = append(out, r)
	})
	return out
}

func (p *parser) basis(v *yaml.Node) []Basis {
	var out []Basis
	funcs := make(map[string]int)
	p.list(v, "basis", func(i int, e *yaml.Node) {
		key := index("basis", i)
		var b Basis
		p.entry(e, key, "basis", []string{"func", "citation"}, []string{"func", "citation"}, func(name string, v *yaml.Node) {
			k := join(key, name)
			switch name {
			case "func":
				b.Func = p.funcName(v, k, funcs)
			case "citation":
				b.Citation = p.citation(v, k)
			}
		})
		b.Line = e.Line
		out = append(out, b)
	})
	return out
}

func (p *parser) safe(v *yaml.Node) []Safe {
	var out []Safe
	funcs := make(map[string]int)
	p.list(v, "safe", func(i int, e *yaml.Node) {
		key := index("safe", i)
		var s Safe
		p.entry(e, key, "safe call", []string{"func"}, []string{"func"}, func(name string, v *yaml.Node) {
			s.Func = p.funcName(v, join(key, name), funcs)
		})
		s.Line = e.Line
		out = append(out, s)
	})
	return out
}

// safeNotSink reports a function listed both as a sink and as safe: a
// sink is where data leave the program, safe says they never do.
func (p *parser) safeNotSink(cfg *Config) {
	for i, s := range cfg.Safe {
		if s.Func == "" {
			continue
		}
		for _, k := range cfg.Sinks {
			if k.Func == s.Func {
				p.add(s.Line, join(index("safe", i), "func"), "%s is listed as a sink%s; a sink is not safe, remove one of the two", s.Func, p.at(k.Line))
				break
			}
		}
	}
}

// funcName parses a function name and returns its canonical form,
// reporting a function already listed in the same section (seen).
func (p *parser) funcName(v *yaml.Node, key string, seen map[string]int) string {
	s, ok := p.str(v, key)
	if !ok {
		return ""
	}
	f, err := ParseFuncName(s)
	if err != nil {
		p.errorf(v, key, "%v", err)
		return ""
	}
	name := f.String()
	if first, dup := seen[name]; dup {
		p.errorf(v, key, "%s is already listed%s", name, p.at(first))
	} else {
		seen[name] = v.Line
	}
	return name
}

func (p *parser) purpose(v *yaml.Node, key string) string {
	s, ok := p.str(v, key)
	if !ok {
		return ""
	}
	if s == "" {
		p.errorf(v, key, "empty; remove the key or name the purpose")
		return ""
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.') {
			p.errorf(v, key, "purpose %q must be one word of letters, digits, '-', '_' or '.'", truncate(s, 40))
			return ""
		}
	}
	return s
}

func (p *parser) citation(v *yaml.Node, key string) string {
	s, ok := p.str(v, key)
	if !ok {
		return ""
	}
	s = strings.TrimSpace(s)
	if s == "" {
		p.errorf(v, key, `empty; cite the law, as in "Federal Law 27-FZ art. 11"`)
		return ""
	}
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		p.errorf(v, key, "the citation must be one line of text")
		return ""
	}
	return s
}
