package driver

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/directive"
	"github.com/hrvet/hrvet/internal/suite"
)

// TestReferenceCoversTheCode keeps docs/reference.md, the user's
// reference, in step with the code: every category, directive verb, sink
// kind, analyzer and command-line flag the code defines must have its
// entry in its section of the page (a table row, a list item or a
// heading, as the page writes them). The names come from the code, so a
// name added without an entry fails here. The keys of .hrvet.yaml are
// checked in package config, which holds their list.
func TestReferenceCoversTheCode(t *testing.T) {
	data, err := os.ReadFile("../../docs/reference.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	q := regexp.QuoteMeta

	categories := referenceSection(t, doc, "Categories")
	for _, c := range annotations.Categories() {
		wantEntry(t, categories, "Categories", "^\\| `"+q(string(c))+"` \\|", "a table row for category "+string(c))
	}

	directives := referenceSection(t, doc, "Directives")
	for _, v := range directive.Verbs {
		wantEntry(t, directives, "Directives", "^\\| `"+q(directive.Prefix+string(v))+"[ `]", "a table row for "+directive.Prefix+string(v))
	}
	for _, k := range directive.SinkKinds {
		wantEntry(t, directives, "Directives", "^- `"+q(k)+"`:", "a list item for the sink kind "+k)
	}

	analyzers := referenceSection(t, doc, "Analyzers")
	isSwitch := make(map[string]bool)
	for _, a := range suite.Analyzers() {
		isSwitch[a.Name] = true
		wantEntry(t, analyzers, "Analyzers", "^### "+q(a.Name)+"$", "a heading for analyzer "+a.Name)
	}

	// The analyzers' switches have one entry for all, -NAME and
	// -NAME=false; every other flag, an analyzer's own -NAME.FLAG
	// included, has its own.
	var opts options
	fs, _, err := newFlagSet(&opts, suite.Analyzers())
	if err != nil {
		t.Fatal(err)
	}
	inventory, _, _ := newInventoryFlagSet()
	commands := referenceSection(t, doc, "Command line")
	for _, set := range []*flag.FlagSet{fs, inventory} {
		set.VisitAll(func(f *flag.Flag) {
			if !isSwitch[f.Name] {
				wantEntry(t, commands, "Command line", "^\\| `-"+q(f.Name)+"[ `=]", "a table row for "+set.Name()+"'s flag -"+f.Name)
			}
		})
	}
}

// referenceSection returns the text of the "## title" section of doc, up
// to the next section of the same level.
func referenceSection(t *testing.T, doc, title string) string {
	t.Helper()
	_, body, ok := strings.Cut(doc, "\n## "+title+"\n")
	if !ok {
		t.Fatalf("docs/reference.md has no section %q", "## "+title)
	}
	body, _, _ = strings.Cut(body, "\n## ")
	return body
}

// wantEntry reports an error unless a line of section matches pattern.
func wantEntry(t *testing.T, section, title, pattern, what string) {
	t.Helper()
	if !regexp.MustCompile("(?m)" + pattern).MatchString(section) {
		t.Errorf("docs/reference.md: section %s lacks %s", title, what)
	}
}
