package directive

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// nearest returns the candidate closest to word, for a "did you mean"
// hint, or "" when none is close enough to be a plausible typo. Case is
// ignored; ties go to the earlier candidate, so the answer is stable.
func nearest(word string, candidates []string) string {
	w := strings.ToLower(word)
	best, bestDist := "", -1
	for _, c := range candidates {
		d := distance(w, strings.ToLower(c))
		if !closeEnough(d, c) {
			continue
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// closeEnough accepts at most two edits, and never so many that most of
// the candidate was rewritten ("x" is not a typo for "log").
func closeEnough(d int, candidate string) bool {
	return d <= 2 && 2*d <= utf8.RuneCountInString(candidate)
}

// distance is the optimal string alignment distance between a and b, in
// runes: insertions, deletions, substitutions and transpositions of
// adjacent runes each cost one, so "consnet" is one edit from "consent".
// Words longer than maxWord runes are compared by length only, which keeps
// the cost bounded on hostile input; no candidate is that long.
func distance(a, b string) int {
	const maxWord = 64
	ra, rb := []rune(a), []rune(b)
	if len(ra) > maxWord || len(rb) > maxWord {
		return abs(len(ra)-len(rb)) + maxWord
	}
	// Three rows suffice: the previous two and the current one.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// sortedList joins names in sorted order, for messages that list the
// choices.
func sortedList(names []string) string {
	s := slices.Clone(names)
	slices.Sort(s)
	return strings.Join(s, ", ")
}

// orList joins names in their given order as "a, b, c or d".
func orList(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
