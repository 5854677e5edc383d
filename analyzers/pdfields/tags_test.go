package pdfields

import (
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
)

func TestParseTag(t *testing.T) {
	tests := []struct {
		tag     string
		cat     annotations.Category
		state   pdTag
		problem string // substring of the message; "" for none
	}{
		{``, "", tagAbsent, ""},
		{`json:"phone"`, "", tagAbsent, ""},
		{`pd:"phone"`, annotations.Phone, tagValid, ""},
		{`json:"x" pd:"govid" db:"y"`, annotations.GovID, tagValid, ""},
		{`pd:"-"`, "", tagNone, ""},
		{`pd:""`, "", tagInvalid, "empty pd tag"},
		{`pd:phone`, "", tagInvalid, "malformed pd tag"},
		{`json:"a" pd: "phone"`, "", tagInvalid, "malformed pd tag"},
		{`pd:"phone,omitempty"`, "", tagInvalid, "no options"},
		{`pd:"phone email"`, "", tagInvalid, "no options"},
		{`pd:"Phone"`, "", tagInvalid, `did you mean "phone"`},
		{`pd:"helth"`, "", tagInvalid, `did you mean "health"`},
		{`pd:"passport"`, "", tagInvalid, `did you mean "govid"`},
		{`pd:"zzzzzzzz"`, "", tagInvalid, "use one of the IDs"},
		{`xpd:"phone"`, "", tagAbsent, ""},
	}
	for _, tt := range tests {
		cat, state, p := parseTag(tt.tag)
		if cat != tt.cat || state != tt.state {
			t.Errorf("parseTag(%q) = %q, %v; want %q, %v", tt.tag, cat, state, tt.cat, tt.state)
		}
		switch {
		case tt.problem == "" && p != nil:
			t.Errorf("parseTag(%q): unexpected problem %q", tt.tag, p.msg)
		case tt.problem != "" && (p == nil || !strings.Contains(p.msg, tt.problem)):
			t.Errorf("parseTag(%q): problem %v, want one containing %q", tt.tag, p, tt.problem)
		}
	}
}

func FuzzParseTag(f *testing.F) {
	for _, s := range []string{`pd:"phone"`, `pd:"-"`, `pd:""`, `pd:phone`, `json:"a,omitempty" pd:"helth"`, `pd:"\x00"`, "pd:\"телефон\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tag string) {
		cat, state, p := parseTag(tag)
		cat2, state2, p2 := parseTag(tag)
		if cat != cat2 || state != state2 || (p == nil) != (p2 == nil) || p != nil && p.msg != p2.msg {
			t.Fatalf("parseTag(%q) is not deterministic", tag)
		}
		switch state {
		case tagValid:
			if !cat.Valid() || p != nil {
				t.Fatalf("parseTag(%q) = valid %q with problem %v", tag, cat, p)
			}
		case tagInvalid:
			if p == nil || p.msg == "" || strings.Contains(p.msg, "\n") {
				t.Fatalf("parseTag(%q): invalid without a one-line message: %v", tag, p)
			}
			if p.suggestion != "" && !p.suggestion.Valid() {
				t.Fatalf("parseTag(%q) suggests invalid category %q", tag, p.suggestion)
			}
		default:
			if cat != "" || p != nil {
				t.Fatalf("parseTag(%q) = %q, %v, %v", tag, cat, state, p)
			}
		}
	})
}
