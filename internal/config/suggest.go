package config

import "strings"

// nearest returns the candidate closest to s in edit distance, if it is
// close enough to be a likely typo.
func nearest(s string, candidates []string) (string, bool) {
	s = strings.ToLower(s)
	best, bestDist := "", -1
	for _, c := range candidates {
		d := editDistance(s, c)
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	// One edit in four characters, and at least one, catches transposed
	// and dropped letters without suggesting unrelated words.
	limit := max(1, len([]rune(best))/4)
	if bestDist < 0 || bestDist > limit {
		return "", false
	}
	return best, true
}

// didYouMean returns "; did you mean "x"?" or "".
func didYouMean(s string, candidates []string) string {
	if c, ok := nearest(s, candidates); ok && c != s {
		return "; did you mean \"" + c + "\"?"
	}
	return ""
}

// editDistance is the Damerau-Levenshtein distance (optimal string
// alignment) between a and b, counting runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Inputs come from a user's file; bound the quadratic work.
	if len(ra) > 64 || len(rb) > 64 {
		if a == b {
			return 0
		}
		return max(len(ra), len(rb))
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
