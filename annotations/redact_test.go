package annotations_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hrvet/hrvet/annotations"
)

func TestMask(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"123", "***"},
		{"+7 (912) 345-67-89", "+* (***) ***-**-**"},
		{"ivan.petrov@example.ru", "****.******@*******.**"},
		{"Иван Петров", "**** ******"},
		{"Ёлка-2", "****-*"},
		{"Іванна Ґонта", "****** *****"},
		{"١٢٣", "***"}, // Arabic-Indic digits are digits too
		{" - / ", " - / "},
	} {
		if got := annotations.Mask(tc.in); got != tc.want {
			t.Errorf("Mask(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMaskTail(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"+7 912 345-67-89", 2, "+* *** ***-**-89"},
		{"+7 912 345-67-89", 4, "+* *** ***-67-89"},
		{"4276 1234 5678 9012", 4, "**** **** **** 9012"},
		{"Петров", 2, "****ов"},
		{"А123ВС77", 3, "*****С77"},
		{"ab-", 1, "*b-"}, // a trailing separator is kept and not counted
		{"--", 1, "--"},
		{"abc", 3, "abc"},
		{"abc", 10, "abc"},
		{"abc", math.MaxInt, "abc"},
		{"abc", 0, "***"},
		{"abc", -1, "***"},
		{"abc", math.MinInt, "***"},
		{"", 2, ""},
		{"", 0, ""},
	} {
		if got := annotations.MaskTail(tc.in, tc.n); got != tc.want {
			t.Errorf("MaskTail(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestRedacted(t *testing.T) {
	type employee struct{ Phone string }
	for _, v := range []any{
		nil, "", "+7 912 345-67-89", 42, true,
		employee{Phone: "+7 912 345-67-89"}, &employee{Phone: "89123456789"},
		errors.New("Ivanov's passport 4509 123456"),
	} {
		if got := annotations.Redacted(v); got != "[redacted]" {
			t.Errorf("Redacted(%#v) = %q, want %q", v, got, "[redacted]")
		}
	}
}

// checkMasked checks the properties every result of Mask and MaskTail has:
// the same number of runes as the input (invalid bytes count as one
// U+FFFD each), separators kept in place, and every letter or digit either
// kept or replaced by '*'. It returns how many letters and digits were
// kept.
func checkMasked(t *testing.T, in, out string) (kept int) {
	t.Helper()
	ir, or := []rune(in), []rune(out)
	if len(ir) != len(or) {
		t.Fatalf("%q masked to %q: %d runes, want %d", in, out, len(or), len(ir))
	}
	for i, r := range ir {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case !alnum && or[i] != r:
			t.Fatalf("%q masked to %q: separator %q at rune %d became %q", in, out, r, i, or[i])
		case alnum && or[i] == r:
			kept++
		case alnum && or[i] != '*':
			t.Fatalf("%q masked to %q: %q at rune %d became %q, want '*'", in, out, r, i, or[i])
		}
	}
	if !utf8.ValidString(out) {
		t.Fatalf("%q masked to invalid UTF-8 %q", in, out)
	}
	return kept
}

func countAlnum(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

var maskSeeds = []string{
	"", "+7 (912) 345-67-89", "Иван Петров", "4276 1234 5678 9012",
	"\xff\xfe1a", "a\u0306b", "日本語 123", strings.Repeat("9", 64),
}

func FuzzMask(f *testing.F) {
	for _, s := range maskSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := annotations.Mask(s)
		if kept := checkMasked(t, s, out); kept != 0 {
			t.Fatalf("Mask(%q) = %q keeps %d letters or digits", s, out, kept)
		}
	})
}

func FuzzMaskTail(f *testing.F) {
	for i, s := range maskSeeds {
		f.Add(s, i-2)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		out := annotations.MaskTail(s, n)
		kept := checkMasked(t, s, out)
		if want := min(max(n, 0), countAlnum(s)); kept != want {
			t.Fatalf("MaskTail(%q, %d) = %q keeps %d letters or digits, want %d", s, n, out, kept, want)
		}
		// The kept ones are the last: after the first kept letter or
		// digit, none is masked.
		seenKept := false
		ir, or := []rune(s), []rune(out)
		for i, r := range ir {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			if or[i] == r {
				seenKept = true
			} else if seenKept {
				t.Fatalf("MaskTail(%q, %d) = %q masks rune %d after keeping an earlier one", s, n, out, i)
			}
		}
	})
}
