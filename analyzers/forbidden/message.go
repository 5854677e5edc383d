package forbidden

import (
	"fmt"

	"github.com/hrvet/hrvet/annotations"
)

// subject is what a finding is about, and how the message phrases the way
// out for it.
type subject struct {
	what   string // "Candidate.Religion", "SQL column religion of table candidates"
	remove string // "remove the field"
	where  string // where a //hrvet:basis goes: "on the field or its type"
}

// message says what is wrong with holding data of category cat in s, under
// which rule, and what to do. A forbidden category has no way out but
// removal; a special one may rest on a legal basis.
func message(s subject, cat annotations.Category) string {
	if cat.Class() == annotations.Forbidden {
		return fmt.Sprintf("%s (%s) is a forbidden category: an employer may never collect it (%s); %s",
			s.what, cat, cat.Rule(), s.remove)
	}
	health := ""
	if cat == annotations.Health {
		health = ": an employer may keep only the conclusion on fitness for the job"
	}
	return fmt.Sprintf("%s (%s) is a special category with no legal basis (%s)%s; %s, or cite the law that allows it with //hrvet:basis <citation> %s",
		s.what, cat, cat.Rule(), health, s.remove, s.where)
}

// reportable reports whether data of category cat need a finding: always
// for a forbidden category, for a special one without a basis.
func reportable(cat annotations.Category, basis string) bool {
	switch cat.Class() {
	case annotations.Forbidden:
		return true
	case annotations.Special:
		return basis == ""
	}
	return false
}
