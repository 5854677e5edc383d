package inventory

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/annotations"
)

func (inv *Inventory) markdownDiagram(b *bytes.Buffer) {
	b.WriteString("\n## Diagram\n\n")
	if len(inv.Diagram) == 0 {
		b.WriteString("No flows to draw.\n")
		return
	}
	b.WriteString("Categories of personal data and the sinks they reach, each arrow labelled\n" +
		"with its guard; red arrows are not covered.\n\n")
	b.WriteString("```mermaid\n")
	b.WriteString(Mermaid(inv.Diagram))
	b.WriteString("```\n")
}

// Mermaid draws edges as a Mermaid flowchart, left to right: a node per
// category (cat_<id>) and per sink (sink_<n>, numbered in the order of
// the sinks' names), an arrow per edge labelled with its guard kind and,
// when the flows are not ok, their status; the arrows of flows that are
// not covered (see NotCovered) are red.
// The same edges always give the same text.
func Mermaid(edges []Edge) string {
	var b strings.Builder
	b.WriteString("flowchart LR\n")

	var cats []annotations.Category
	type sinkNode struct{ name, kind string }
	var sinkList []sinkNode
	for _, e := range edges {
		cats = append(cats, e.Category)
		sinkList = append(sinkList, sinkNode{e.Sink, e.Kind})
	}
	slices.Sort(cats)
	cats = slices.Compact(cats)
	slices.SortFunc(sinkList, func(a, b sinkNode) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return strings.Compare(a.kind, b.kind)
	})
	sinkList = slices.Compact(sinkList)
	sinkID := make(map[sinkNode]string, len(sinkList))

	for _, c := range cats {
		fmt.Fprintf(&b, "  %s[%s]\n", categoryID(c), mermaidLabel(string(c)))
	}
	for i, s := range sinkList {
		id := "sink_" + strconv.Itoa(i+1)
		sinkID[s] = id
		fmt.Fprintf(&b, "  %s[%s]\n", id, mermaidLabel(s.name+" ("+s.kind+")"))
	}

	var red []string
	for i, e := range edges {
		label := e.Guard
		if e.Status != StatusOK {
			label += ": " + strings.ReplaceAll(e.Status, "-", " ")
		}
		if NotCovered(e.Status) {
			red = append(red, strconv.Itoa(i))
		}
		fmt.Fprintf(&b, "  %s -->|%s| %s\n", categoryID(e.Category), mermaidLabel(label), sinkID[sinkNode{e.Sink, e.Kind}])
	}

	var special, forbidden []string
	for _, c := range cats {
		switch c.Class() {
		case annotations.Special:
			special = append(special, categoryID(c))
		case annotations.Forbidden:
			forbidden = append(forbidden, categoryID(c))
		}
	}
	if len(special) > 0 {
		fmt.Fprintf(&b, "  classDef special fill:#fff3cd,stroke:#b8860b\n  class %s special\n", strings.Join(special, ","))
	}
	if len(forbidden) > 0 {
		fmt.Fprintf(&b, "  classDef forbidden fill:#f8d7da,stroke:#b00020\n  class %s forbidden\n", strings.Join(forbidden, ","))
	}
	if len(red) > 0 {
		fmt.Fprintf(&b, "  linkStyle %s stroke:#d00000,stroke-width:2px\n", strings.Join(red, ","))
	}
	return b.String()
}

// categoryID is a category's node ID. Category IDs are lower-case
// letters; anything else is spelled out so that the ID stays valid.
func categoryID(c annotations.Category) string {
	var b strings.Builder
	b.WriteString("cat_")
	for _, r := range string(c) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "_%x", r)
		}
	}
	return b.String()
}

// mermaidLabel quotes s as a Mermaid label. Mermaid has no backslash
// escapes: a quote is written as the entity #quot;, and # itself as #35;.
func mermaidLabel(s string) string {
	s = strings.NewReplacer("#", "#35;", `"`, "#quot;", "|", "#124;", "<", "#60;", ">", "#62;").Replace(s)
	return `"` + s + `"`
}
