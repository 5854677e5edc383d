package config

import "github.com/hrvet/hrvet/internal/suggest"

// didYouMean returns "; did you mean "x"?" or "".
func didYouMean(s string, candidates []string) string {
	if c := suggest.Nearest(s, candidates); c != "" && c != s {
		return "; did you mean \"" + c + "\"?"
	}
	return ""
}
