package flow

import (
	"cmp"
	"slices"
	"strings"
)

// Bounds that keep the work per function small whatever the code looks
// like. When one is reached the engine stops adding, it never loops.
const (
	maxLabels      = 24 // labels per value
	maxMemEntries  = 24 // field paths per memory root
	maxPathDepth   = 5  // fields in a path; deeper selections keep the prefix
	maxRounds      = 8  // fixpoint rounds per function
	maxUnitInstrs  = 20000
	maxRootChase   = 24
	maxSummaryRows = 48
	maxVia         = 12 // wrappers a flow names; past that the middle is "..."
)

// A path names a position within a value by the fields selected from it,
// joined by dots ("Contact.Phone"). Indexing, map lookups and pointer
// indirections do not appear in paths: a slice of employees and one
// employee have the same paths. "" is the whole value.

func joinPath(a, b string) string {
	switch {
	case a == "":
		return truncPath(b)
	case b == "":
		return a
	}
	return truncPath(a + "." + b)
}

func truncPath(p string) string {
	n := 0
	for i := range len(p) {
		if p[i] == '.' {
			n++
			if n == maxPathDepth {
				return p[:i]
			}
		}
	}
	return p
}

// underPath reports whether p lies within prefix (prefix "" holds every
// path), and returns the rest of p below prefix.
func underPath(p, prefix string) (string, bool) {
	switch {
	case prefix == "":
		return p, true
	case p == prefix:
		return "", true
	case strings.HasPrefix(p, prefix) && p[len(prefix)] == '.':
		return p[len(prefix)+1:], true
	}
	return "", false
}

func splitPath(p string) []string {
	if p == "" {
		return nil
	}
	return strings.Split(p, ".")
}

func firstField(p string) (first, rest string) {
	first, rest, _ = strings.Cut(p, ".")
	return first, rest
}

// A label is one thing a value carries: the data of a source, selected
// down sel, sitting at position at within the value. For a struct value
// built from a parameter's field, at is the struct field holding it and
// sel the parameter's field.
type label struct {
	src int32 // index into unit.sources
	// param is set on the labels of a parameter's source (and only on
	// them, so that it follows from src): what the callers may pass, as
	// opposed to personal data found in the function. See compareLabels.
	param bool
	at    string // where in the value the data sit; "" the whole value
	sel   string // which part of the source's data; "" all of it
}

// compareLabels orders labels for a labelSet, which keeps the first
// maxLabels of them: the personal data found in the unit (an origin)
// before what a parameter may carry, then by source, then the shorter
// position and selection before the longer ones below them. A value
// built from more parameter fields than the bound (a handler's request
// copied field by field into a 30-field record) keeps the data that are
// known to be personal rather than the fields that come from the
// parameters, whose sources are numbered first.
func compareLabels(a, b label) int {
	if a.param != b.param {
		if b.param {
			return -1
		}
		return 1
	}
	return cmp.Or(cmp.Compare(a.src, b.src), cmp.Compare(a.at, b.at), cmp.Compare(a.sel, b.sel))
}

// A labelSet is a sorted set of labels, never longer than maxLabels. Sets
// are values: operations return new slices and never modify their inputs.
type labelSet []label

// union returns s ∪ t, keeping the smallest maxLabels labels so that the
// result depends only on the two sets.
func union(s, t labelSet) labelSet {
	switch {
	case len(t) == 0:
		return s
	case len(s) == 0:
		return t
	case subset(t, s):
		return s
	case subset(s, t):
		return t
	}
	limit := maxLabels
	if len(s)+len(t) > maxLabels {
		limit = len(s) + len(t) // merged whole, then widened
	}
	out := make(labelSet, 0, min(len(s)+len(t), limit))
	i, j := 0, 0
	for (i < len(s) || j < len(t)) && len(out) < limit {
		switch {
		case j == len(t):
			out = append(out, s[i])
			i++
		case i == len(s):
			out = append(out, t[j])
			j++
		default:
			switch c := compareLabels(s[i], t[j]); {
			case c < 0:
				out = append(out, s[i])
				i++
			case c > 0:
				out = append(out, t[j])
				j++
			default:
				out = append(out, s[i])
				i++
				j++
			}
		}
	}
	if len(out) > maxLabels {
		return widen(out)
	}
	return out
}

// widen brings a sorted set past maxLabels back under it. It keeps which
// data a value carries before where in the value they sit: of the labels
// of one source and selection at several positions (a message whose
// headers, sender and copies all took a parameter's header data), only
// the one at the shortest position stays. Moving them to a common
// position instead would put the data under fields they are not in. Only
// what is still too many is dropped, the largest labels first, so that
// the result depends only on the set. (Merging positions makes a run of
// adds depend on when it first passed the bound; the engine visits
// instructions in a fixed order, so its results do not vary.)
func widen(s labelSet) labelSet {
	bySel := slices.Clone(s)
	slices.SortFunc(bySel, func(a, b label) int {
		return cmp.Or(cmp.Compare(a.src, b.src), cmp.Compare(a.sel, b.sel), cmp.Compare(len(a.at), len(b.at)), cmp.Compare(a.at, b.at))
	})
	out := slices.CompactFunc(bySel, func(a, b label) bool { return a.src == b.src && a.sel == b.sel })
	if len(out) > maxLabels {
		slices.SortFunc(out, compareKept)
		out = out[:maxLabels:maxLabels]
	}
	slices.SortFunc(out, compareLabels)
	return out
}

// compareKept orders the labels of a set still past maxLabels once its
// positions are merged, the ones to keep first: the data found in the
// unit before what a parameter may carry (see compareLabels), then the
// data of the whole value before data deeper inside it, then by source.
// A label at a shorter position covers more of the value: a record
// found by a key keeps its own origin when the key brought the data of
// many earlier sources into a field (User.Owner taken from a string
// that carries all a controller holds), which would otherwise crowd it
// out, the sources being numbered as the function goes.
func compareKept(a, b label) int {
	if a.param != b.param {
		if b.param {
			return -1
		}
		return 1
	}
	return cmp.Or(cmp.Compare(pathDepth(a.at), pathDepth(b.at)), compareLabels(a, b))
}

// pathDepth is the number of fields in a path.
func pathDepth(p string) int {
	if p == "" {
		return 0
	}
	return strings.Count(p, ".") + 1
}

// subset reports whether every label of s is in t, both sorted.
func subset(s, t labelSet) bool {
	if len(s) > len(t) {
		return false
	}
	j := 0
	for _, l := range s {
		for j < len(t) && compareLabels(t[j], l) < 0 {
			j++
		}
		if j == len(t) || t[j] != l {
			return false
		}
		j++
	}
	return true
}

func (s labelSet) add(l label) labelSet { return union(s, labelSet{l}) }

func equalSets(s, t labelSet) bool { return slices.Equal(s, t) }

// rebase moves every label of s under the field path at.
func rebase(s labelSet, at string) labelSet {
	if at == "" || len(s) == 0 {
		return s
	}
	out := make(labelSet, len(s))
	for i, l := range s {
		l.at = joinPath(at, l.at)
		out[i] = l
	}
	return normalize(out)
}

// normalize sorts labels, drops duplicates and keeps the smallest
// maxLabels, turning a slice built in any order into a labelSet.
func normalize(s labelSet) labelSet {
	slices.SortFunc(s, compareLabels)
	s = slices.Compact(s)
	if len(s) > maxLabels {
		s = widen(s)
	}
	return s
}
