package config

import (
	"slices"
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
	return p.categoryNamed(v, key, s)
}

// categoryNamed returns the category s names, reporting an unknown one
// with the nearest of the category IDs and of others, the other words the
// key accepts.
func (p *parser) categoryNamed(v *yaml.Node, key, s string, others ...string) annotations.Category {
	if c, ok := annotations.Lookup(s); ok {
		return c
	}
	var ids []string
	for _, c := range annotations.Categories() {
		ids = append(ids, string(c))
	}
	ids = append(ids, others...)
	if hint := didYouMean(s, ids); hint != "" {
		p.errorf(v, key, "unknown category %q%s", truncate(s, 40), hint)
	} else {
		p.errorf(v, key, "unknown category %q; want one of %s", truncate(s, 40), strings.Join(ids, ", "))
	}
	return ""
}

func (p *parser) sinks(v *yaml.Node) []Sink {
	return funcList(p, v, "sinks", "sink", []string{"func", "kind", "purpose"}, []string{"func", "kind"},
		func(s *Sink, name, key string, v *yaml.Node) {
			if name == "kind" {
				s.Kind = p.kind(v, key)
			} else {
				s.Purpose = p.purpose(v, key)
			}
		},
		func(s *Sink, fn string, line int) { s.Func, s.Line = fn, line })
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
	return funcList(p, v, "consent", "consent check", []string{"func", "purpose"}, []string{"func"},
		func(c *Consent, _, key string, v *yaml.Node) { c.Purpose = p.purpose(v, key) },
		func(c *Consent, fn string, line int) { c.Func, c.Line = fn, line })
}

func (p *parser) redact(v *yaml.Node) []Redact {
	return funcList(p, v, "redact", "redactor", []string{"func"}, []string{"func"}, nil,
		func(r *Redact, fn string, line int) { r.Func, r.Line = fn, line })
}

func (p *parser) basis(v *yaml.Node) []Basis {
	return funcList(p, v, "basis", "basis", []string{"func", "citation"}, []string{"func", "citation"},
		func(b *Basis, _, key string, v *yaml.Node) { b.Citation = p.citation(v, key) },
		func(b *Basis, fn string, line int) { b.Func, b.Line = fn, line })
}

func (p *parser) authorize(v *yaml.Node) []Authorize {
	return funcList(p, v, "authorize", "authorization check", []string{"func", "role"}, []string{"func"},
		func(a *Authorize, _, key string, v *yaml.Node) { a.Role = p.role(v, key) },
		func(a *Authorize, fn string, line int) { a.Func, a.Line = fn, line })
}

// role reads the role of an authorize: entry. Unlike a purpose it may be
// empty: "" says, as leaving it out does, that the role is the constant
// argument of each call.
func (p *parser) role(v *yaml.Node, key string) string {
	s, ok := p.str(v, key)
	if !ok || s == "" {
		return ""
	}
	if !isWord(s) {
		p.errorf(v, key, `role %q must be one word of letters, digits, '-', '_' or '.'; write "" to take the role from a constant argument at the call`, truncate(s, 40))
		return ""
	}
	return s
}

// allCategories is the word of roles: for a role that needs every category.
const allCategories = "all"

// roles reads the roles: mapping of role names to the categories each
// needs, keeping the file's order.
func (p *parser) roles(v *yaml.Node) []Role {
	if v.Kind == yaml.ScalarNode && v.ShortTag() == "!!null" {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		p.errorf(v, "roles", "want a mapping of role names to the categories each needs, like {manager: [name, phone], hr: [all]}, got %s", describe(v))
		return nil
	}
	var out []Role
	seen := make(map[string]int)
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, list := v.Content[i], v.Content[i+1]
		name, ok := p.key(k, "roles", seen)
		if !ok {
			continue
		}
		key := join("roles", name)
		if !isWord(name) {
			p.errorf(k, key, "role name %q must be one word of letters, digits, '-', '_' or '.', as in //hrvet:authorize role=<r>", truncate(name, 40))
			continue
		}
		if !p.notAlias(list, key) {
			continue
		}
		r := Role{Name: name, Line: k.Line}
		r.Categories, r.All = p.roleCategories(list, key)
		out = append(out, r)
	}
	return out
}

// roleCategories reads the categories of one role: a list of category IDs,
// or all, alone, in a list or not.
func (p *parser) roleCategories(v *yaml.Node, key string) ([]annotations.Category, bool) {
	const like = "like [name, phone, email], or [all]"
	switch {
	case v.Kind == yaml.ScalarNode && v.ShortTag() == "!!str" && v.Value == allCategories:
		return nil, true
	case v.Kind == yaml.ScalarNode && v.ShortTag() == "!!null",
		v.Kind == yaml.SequenceNode && len(v.Content) == 0:
		p.errorf(v, key, "empty; list the categories the role needs, %s", like)
		return nil, false
	case v.Kind != yaml.SequenceNode:
		p.errorf(v, key, "want a list of the categories the role needs, %s; got %s", like, describe(v))
		return nil, false
	}
	var cats []annotations.Category
	all := false
	for i, e := range v.Content {
		k := index(key, i)
		if !p.notAlias(e, k) {
			continue
		}
		s, ok := p.str(e, k)
		if !ok {
			continue
		}
		if s == allCategories {
			all = true
			continue
		}
		c := p.categoryNamed(e, k, s, allCategories)
		if c == "" {
			continue
		}
		if slices.Contains(cats, c) {
			p.errorf(e, k, "%s is listed twice; keep one", c)
			continue
		}
		cats = append(cats, c)
	}
	if all && len(cats) > 0 {
		p.errorf(v, key, "all already names every category; write [all] alone, or list the categories without it")
		return nil, false
	}
	return cats, all
}

func (p *parser) decisions(v *yaml.Node) []Decision {
	return funcList(p, v, "decisions", "decision", []string{"func"}, []string{"func"}, nil,
		func(d *Decision, fn string, line int) { d.Func, d.Line = fn, line })
}

func (p *parser) reviews(v *yaml.Node) []Review {
	return funcList(p, v, "reviews", "review", []string{"func"}, []string{"func"}, nil,
		func(r *Review, fn string, line int) { r.Func, r.Line = fn, line })
}

func (p *parser) safe(v *yaml.Node) []Safe {
	return funcList(p, v, "safe", "safe call", []string{"func"}, []string{"func"}, nil,
		func(s *Safe, fn string, line int) { s.Func, s.Line = fn, line })
}

// funcList reads a section that lists functions, such as sinks: or
// consent:. Each entry is a mapping of keys, of which required must be
// present; what names an entry in messages. Each entry starts as the zero
// T: other reads a key but func into it (it is never called when func is
// the only key), and done gives it its function's canonical name ("" when
// missing or bad; see funcName) and its line.
func funcList[T any](p *parser, v *yaml.Node, section, what string, keys, required []string, other func(t *T, name, key string, v *yaml.Node), done func(t *T, fn string, line int)) []T {
	var out []T
	funcs := make(map[string]int)
	p.list(v, section, func(i int, e *yaml.Node) {
		key := index(section, i)
		var t T
		fn := ""
		p.entry(e, key, what, keys, required, func(name string, v *yaml.Node) {
			k := join(key, name)
			if name == "func" {
				fn = p.funcName(v, k, funcs)
			} else {
				other(&t, name, k, v)
			}
		})
		done(&t, fn, e.Line)
		out = append(out, t)
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

// reviewNotDecision reports a function listed both as a decision and as a
// review: each of its calls would approve itself, so the decision analyzer
// could never report one, which is surely not what the entry meant.
func (p *parser) reviewNotDecision(cfg *Config) {
	for i, r := range cfg.Reviews {
		if r.Func == "" {
			continue
		}
		for _, d := range cfg.Decisions {
			if d.Func == r.Func {
				p.add(r.Line, join(index("reviews", i), "func"), "%s is listed as a decision%s; a decision cannot approve itself, remove one of the two", r.Func, p.at(d.Line))
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
	if !isWord(s) {
		p.errorf(v, key, "purpose %q must be one word of letters, digits, '-', '_' or '.'", truncate(s, 40))
		return ""
	}
	return s
}

// isWord reports whether s is one word of letters, digits, '-', '_' and
// '.', as a purpose or a role is, here and in the directives.
func isWord(s string) bool {
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return s != ""
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
