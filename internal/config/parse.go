package config

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/hrvet/hrvet/internal/suggest"
	"io"
	"sort"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v4"
)

// Parse parses the contents of a config file. filename is used in error
// messages and as Config.Path. The error, if any, is an ErrorList.
func Parse(filename string, data []byte) (*Config, error) {
	return parse(filename, data, true)
}

// parse parses data; withLines is false for settings that were not read
// from a file, whose line numbers would mean nothing to the user.
func parse(file string, data []byte, withLines bool) (*Config, error) {
	p := &parser{file: file, withLines: withLines}
	root, err := loadDocument(data)
	if err != nil {
		p.errs = append(p.errs, p.syntaxError(err))
		return nil, p.errs
	}
	cfg := p.config(root)
	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Line < p.errs[j].Line })
		return nil, p.errs
	}
	cfg.Path = file
	return cfg, nil
}

// errMultipleDocuments reports a second "---" document at line.
type errMultipleDocuments struct{ line int }

func (e errMultipleDocuments) Error() string {
	return "more than one YAML document; keep a single one"
}

// loadDocument returns the top-level node of the only document in data,
// or nil for a file without content.
func loadDocument(data []byte) (root *yaml.Node, err error) {
	// The YAML library turns its internal failures into errors; this
	// guards the promise that no input makes hrvet crash.
	defer func() {
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("the YAML decoder failed: %v", r)
		}
	}()
	loader, err := yaml.NewLoader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := loader.Load(&doc); err == io.EOF {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var next yaml.Node
	if err := loader.Load(&next); err == nil {
		return nil, errMultipleDocuments{line: next.Line}
	} else if err != io.EOF {
		return nil, err
	}
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			return nil, nil
		}
		root = doc.Content[0]
	} else {
		root = &doc
	}
	if root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null" {
		return nil, nil // "---" alone
	}
	return root, nil
}

type parser struct {
	file      string
	withLines bool
	errs      ErrorList
}

func (p *parser) add(line int, key, format string, args ...any) {
	if !p.withLines {
		line = 0
	}
	p.errs = append(p.errs, &Error{File: p.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

// at returns " at line n", or "" when lines are not reported.
func (p *parser) at(line int) string {
	if !p.withLines || line <= 0 {
		return ""
	}
	return fmt.Sprintf(" at line %d", line)
}

func (p *parser) errorf(n *yaml.Node, key, format string, args ...any) {
	p.add(n.Line, key, format, args...)
}

func (p *parser) syntaxError(err error) *Error {
	line := 0
	msg := err.Error()
	var le *yaml.LoadError
	var md errMultipleDocuments
	switch {
	case errors.As(err, &md):
		line = md.line
	case errors.As(err, &le):
		line = le.Mark.Line
		msg = "invalid YAML: " + le.Message
		if le.ContextMsg != "" {
			msg += " (" + le.ContextMsg + ")"
		}
	default:
		msg = "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")
	}
	if !p.withLines {
		line = 0
	}
	return &Error{File: p.file, Line: line, Msg: oneLine(msg)}
}

// topKeys are the keys of the file, in the order the SPEC lists them.
// safe, which SPEC does not have, comes last.
var topKeys = []string{"version", "infer", "sources", "sinks", "consent", "redact", "basis", "authorize", "roles", "decisions", "reviews", "safe"}

func (p *parser) config(root *yaml.Node) *Config {
	cfg := &Config{Infer: true}
	if root == nil {
		p.add(1, "version", `missing; the file must start with "version: 1"`)
		return cfg
	}
	if !p.notAlias(root, "") {
		return cfg
	}
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "", "want a mapping of the keys %s, got %s", strings.Join(topKeys, ", "), describe(root))
		return cfg
	}
	haveVersion := false
	suggested := p.mapping(root, "", topKeys, func(name string, v *yaml.Node) {
		switch name {
		case "version":
			haveVersion = true
			cfg.Version = p.version(v)
		case "infer":
			cfg.Infer = p.boolean(v, name)
		case "sources":
			cfg.Sources = p.sources(v)
		case "sinks":
			cfg.Sinks = p.sinks(v)
		case "consent":
			cfg.Consent = p.consent(v)
		case "redact":
			cfg.Redact = p.redact(v)
		case "basis":
			cfg.Basis = p.basis(v)
		case "authorize":
			cfg.Authorize = p.authorize(v)
		case "roles":
			cfg.Roles = p.roles(v)
		case "decisions":
			cfg.Decisions = p.decisions(v)
		case "reviews":
			cfg.Reviews = p.reviews(v)
		case "safe":
			cfg.Safe = p.safe(v)
		}
	})
	p.safeNotSink(cfg)
	p.reviewNotDecision(cfg)
	if !haveVersion && !suggested["version"] {
		p.errorf(root, "version", `missing; add "version: 1" at the top of the file`)
	}
	return cfg
}

// mapping calls visit for each key of the mapping n that is one of keys,
// reporting unknown, duplicate and malformed keys. prefix is the key path
// of n ("" at the top, "sinks[0]" for an entry). It returns the keys it
// suggested for misspelt ones, so that they are not also reported missing.
func (p *parser) mapping(n *yaml.Node, prefix string, keys []string, visit func(name string, v *yaml.Node)) (suggested map[string]bool) {
	suggested = make(map[string]bool)
	seen := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name, ok := p.key(k, prefix, seen)
		if !ok {
			continue
		}
		key := join(prefix, name)
		if !contains(keys, name) {
			if s := suggest.Nearest(name, keys); s != "" {
				p.errorf(k, key, "unknown key; did you mean %q?", s)
				suggested[s] = true
			} else {
				p.errorf(k, key, "unknown key; want one of %s", strings.Join(keys, ", "))
			}
			continue
		}
		if !p.notAlias(v, key) {
			continue
		}
		visit(name, v)
	}
	return suggested
}

// key returns the name of the mapping key k, reporting one that is not a
// plain string or that seen, the keys met before in its mapping, already
// holds; it records the key's line in seen.
func (p *parser) key(k *yaml.Node, prefix string, seen map[string]int) (string, bool) {
	if k.Kind != yaml.ScalarNode || k.ShortTag() != "!!str" {
		if k.ShortTag() == "!!merge" {
			p.errorf(k, join(prefix, "<<"), "merge keys are not supported; write the keys out")
		} else {
			p.errorf(k, prefix, "keys must be plain strings, got %s", describe(k))
		}
		return "", false
	}
	if first, dup := seen[k.Value]; dup {
		p.errorf(k, join(prefix, k.Value), "duplicate key; it first appears%s", p.at(first))
		return "", false
	}
	seen[k.Value] = k.Line
	return k.Value, true
}

func (p *parser) notAlias(n *yaml.Node, key string) bool {
	if n.Kind == yaml.AliasNode {
		p.errorf(n, key, "YAML aliases (*%s) are not supported; write the value out", truncate(n.Value, 40))
		return false
	}
	return true
}

func (p *parser) version(v *yaml.Node) int {
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" {
		p.errorf(v, "version", "want the integer 1, got %s", describe(v))
		return 0
	}
	if n, err := strconv.ParseInt(v.Value, 0, 64); err != nil || n != 1 {
		p.errorf(v, "version", "unsupported version %s; this hrvet reads version 1", truncate(v.Value, 40))
		return 0
	}
	return 1
}

func (p *parser) boolean(v *yaml.Node, key string) bool {
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" {
		p.errorf(v, key, "want true or false, got %s", describe(v))
		return true
	}
	return strings.EqualFold(v.Value, "true")
}

// str returns the string value of v, reporting any other kind of value.
func (p *parser) str(v *yaml.Node, key string) (string, bool) {
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!str" {
		hint := ""
		if v.Kind == yaml.ScalarNode && v.ShortTag() != "!!null" {
			hint = "; quote it if you mean the text"
		}
		p.errorf(v, key, "want a string, got %s%s", describe(v), hint)
		return "", false
	}
	return v.Value, true
}

// list calls entry for each element of the sequence v. A null value is an
// empty list.
func (p *parser) list(v *yaml.Node, key string, entry func(i int, e *yaml.Node)) {
	if v.Kind == yaml.ScalarNode && v.ShortTag() == "!!null" {
		return
	}
	if v.Kind != yaml.SequenceNode {
		p.errorf(v, key, "want a list, got %s", describe(v))
		return
	}
	for i, e := range v.Content {
		if p.notAlias(e, index(key, i)) {
			entry(i, e)
		}
	}
}

// entry checks that e is a mapping holding the required keys and visits
// its keys. It reports whether every required key was present.
func (p *parser) entry(e *yaml.Node, key, what string, keys, required []string, visit func(name string, v *yaml.Node)) bool {
	if e.Kind != yaml.MappingNode {
		p.errorf(e, key, "want a mapping like {%s}, got %s", strings.Join(keys, ": ..., ")+": ...", describe(e))
		return false
	}
	present := make(map[string]bool)
	suggested := p.mapping(e, key, keys, func(name string, v *yaml.Node) {
		present[name] = true
		visit(name, v)
	})
	ok := true
	for _, r := range required {
		switch {
		case present[r]:
		case suggested[r]:
			ok = false // already reported as a misspelling
		default:
			p.errorf(e, join(key, r), "missing; each %s needs %s", what, andList(required))
			ok = false
		}
	}
	return ok
}

// describe names the kind of a node for messages: "a list", "the number 3".
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		v := oneLine(truncate(n.Value, 40))
		switch n.ShortTag() {
		case "!!null":
			return "no value"
		case "!!str":
			return fmt.Sprintf("the string %q", v)
		case "!!int", "!!float":
			return "the number " + v
		case "!!bool":
			return "the boolean " + v
		case "!!binary":
			return "binary data"
		case "!!timestamp":
			return "the timestamp " + v
		default:
			return fmt.Sprintf("a value tagged %s", oneLine(truncate(n.ShortTag(), 40)))
		}
	}
	return "an unexpected node"
}

func join(prefix, name string) string {
	name = keyName(name)
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

func index(key string, i int) string { return fmt.Sprintf("%s[%d]", key, i) }

// keyName returns a user's key as it should appear in a key path: as is
// when it is a plain word, quoted otherwise, so a message stays one line.
func keyName(s string) string {
	if s == "" {
		return `""`
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return fmt.Sprintf("%q", truncate(s, 40))
		}
	}
	return truncate(s, 40)
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "..."
	}
	return s
}

// oneLine replaces line breaks so that every message is a single line.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// andList formats ["a", "b", "c"] as "a, b and c".
func andList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
