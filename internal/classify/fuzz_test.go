package classify

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func FuzzWords(f *testing.F) {
	for _, s := range []string{"HTTPServerURL", "card_last4", "ДатаРождения", "sem'ya", "IPv4Address", "\xff\u01c5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := Words(s)
		if again := Words(s); !reflect.DeepEqual(words, again) {
			t.Fatalf("Words(%q) not deterministic: %q then %q", s, words, again)
		}
		for _, w := range words {
			if w == "" {
				t.Fatalf("Words(%q) has an empty word: %q", s, words)
			}
			if !utf8.ValidString(w) {
				t.Fatalf("Words(%q) has invalid UTF-8 %q", s, w)
			}
			if strings.ToLower(w) != w {
				t.Fatalf("Words(%q) has %q, not lower case", s, w)
			}
			for _, r := range w {
				if c := classOf(r); c == classSep || c == classApostrophe {
					t.Fatalf("Words(%q) has %q containing separator %q", s, w, r)
				}
				if unicode.IsDigit(r) != unicode.IsDigit([]rune(w)[0]) {
					t.Fatalf("Words(%q) has %q mixing digits and letters", s, w)
				}
			}
		}
	})
}

func FuzzField(f *testing.F) {
	f.Add("PhoneNumber", `json:"phone_number,omitempty"`, true)
	f.Add("Data", `gorm:"type:text;column:snils"`, false)
	f.Add("ДатаРождения", `xml:"urn:x dob,attr" bson:"-"`, true)
	for _, c := range labelled {
		f.Add(c.name, c.tag, c.person)
	}
	f.Fuzz(func(t *testing.T, name, tag string, person bool) {
		m, ok := Field(name, tag, person)
		if m2, ok2 := Field(name, tag, person); m2 != m || ok2 != ok {
			t.Fatalf("Field(%q, %q, %v) not deterministic: %+v %v then %+v %v", name, tag, person, m, ok, m2, ok2)
		}
		if !ok {
			if m != (Match{}) {
				t.Fatalf("Field(%q, %q, %v) = %+v without a match", name, tag, person, m)
			}
			return
		}
		if !m.Category.Valid() {
			t.Fatalf("Field(%q, %q, %v): invalid category %q", name, tag, person, m.Category)
		}
		switch m.Source {
		case "name":
			if m.Name != name {
				t.Fatalf("Field(%q, %q, %v): Name %q is not the field name", name, tag, person, m.Name)
			}
			if n, nok := Name(name, person); !nok || n != m {
				t.Fatalf("Field(%q, %q, %v) = %+v, but Name gives %+v, %v", name, tag, person, m, n, nok)
			}
		case "json", "db", "gorm", "bson", "xml":
		default:
			t.Fatalf("Field(%q, %q, %v): unknown source %q", name, tag, person, m.Source)
		}
		// The term is a run of the name's words.
		if !strings.Contains(" "+strings.Join(Words(m.Name), " ")+" ", " "+m.Term+" ") {
			t.Fatalf("Field(%q, %q, %v): term %q is not in the words of %q", name, tag, person, m.Term, m.Name)
		}
		// A person-like struct only adds matches.
		if !person {
			if _, pok := Field(name, tag, true); !pok {
				t.Fatalf("Field(%q, %q) matches outside a person-like struct only", name, tag)
			}
		}
		// Saying the value is hashed removes the match.
		if _, hok := Field(name+"Hash", tag, person); hok {
			t.Fatalf("Field(%q, %q, %v) still matches", name+"Hash", tag, person)
		}
	})
}
