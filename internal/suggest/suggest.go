// Package suggest finds the word a user probably meant, for the "did you
// mean" hints in hrvet's messages about tags, directives and the config.
package suggest

import (
	"strings"
	"unicode/utf8"
)

// Nearest returns the candidate closest to word, or "" when none is close
// enough to be a plausible typo: at most two edits, and never so many that
// most of the candidate was rewritten ("x" is not a typo for "log"). Case
// is ignored; ties go to the earlier candidate, so the answer is stable.
func Nearest(word string, candidates []string) string {
	w := strings.ToLower(word)
	best, bestDist := "", -1
	for _, c := range candidates {
		d := Distance(w, strings.ToLower(c))
		if d > 2 || 2*d > utf8.RuneCountInString(c) {
			continue
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// maxWord bounds the quadratic work on hostile input; no candidate is
// that long.
const maxWord = 64

// Distance is the optimal string alignment distance between a and b, in
// runes: insertions, deletions, substitutions and transpositions of
// adjacent runes each cost one, so "consnet" is one edit from "consent".
// Words longer than maxWord runes are compared by length only.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > maxWord || len(rb) > maxWord {
		if a == b {
			return 0
		}
		return abs(len(ra)-len(rb)) + maxWord
	}
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
