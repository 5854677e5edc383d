package directive

import (
	"slices"
	"strings"
)

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
