package flow

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
)

func TestParseFormat(t *testing.T) {
	for _, tt := range []struct {
		format string
		want   map[int][]rune
	}{
		{"", map[int][]rune{}},
		{"plain", map[int][]rune{}},
		{"%s and %d", map[int][]rune{0: {'s'}, 1: {'d'}}},
		{"100%% of %v", map[int][]rune{0: {'v'}}},
		{"%T %p", map[int][]rune{0: {'T'}, 1: {'p'}}},
		{"%[2]s %[1]T", map[int][]rune{1: {'s'}, 0: {'T'}}},
		{"%[1]s %[1]T", map[int][]rune{0: {'s', 'T'}}},
		{"%*d", map[int][]rune{0: {'*'}, 1: {'d'}}},
		{"%-8.*f|%+#x", map[int][]rune{0: {'*'}, 1: {'f'}, 2: {'x'}}},
		{"%[3]*.[2]*[1]f", map[int][]rune{2: {'*'}, 1: {'*'}, 0: {'f'}}},
		{"%", map[int][]rune{}},
		{"%[", map[int][]rune{}},
		{"%[x]d", map[int][]rune{0: {'d'}}},
		{"%é", map[int][]rune{0: {'é'}}},
	} {
		got := parseFormat(tt.format)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseFormat(%q) = %v, want %v", tt.format, got, tt.want)
		}
	}
}

func FuzzParseFormat(f *testing.F) {
	for _, s := range []string{"%s", "%[2]*.[1]*d", "%%%", "%[99999999999]s", "%[0]v"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range parseFormat(s) {
			if i < 0 || i >= 1<<10 {
				t.Fatalf("parseFormat(%q) uses operand %d", s, i)
			}
		}
	})
}

func TestPaths(t *testing.T) {
	if got := joinPath("A", "B.C"); got != "A.B.C" {
		t.Errorf("joinPath = %q", got)
	}
	if got := joinPath("A.B.C", "D.E.F"); got != "A.B.C.D.E" {
		t.Errorf("joinPath past the depth bound = %q, want the first %d fields", got, maxPathDepth)
	}
	for _, tt := range []struct {
		p, prefix, rest string
		ok              bool
	}{
		{"Contact.Phone", "", "Contact.Phone", true},
		{"Contact.Phone", "Contact", "Phone", true},
		{"Contact.Phone", "Contact.Phone", "", true},
		{"ContactPhone", "Contact", "", false},
		{"Contact", "Contact.Phone", "", false},
	} {
		rest, ok := underPath(tt.p, tt.prefix)
		if rest != tt.rest || ok != tt.ok {
			t.Errorf("underPath(%q, %q) = %q, %v; want %q, %v", tt.p, tt.prefix, rest, ok, tt.rest, tt.ok)
		}
	}
}

func TestLabelSets(t *testing.T) {
	a := labelSet{{src: 1}, {src: 3, at: "X"}}
	b := labelSet{{src: 2}, {src: 3, at: "X"}}
	got := union(a, b)
	want := labelSet{{src: 1}, {src: 2}, {src: 3, at: "X"}}
	if !slices.Equal(got, want) {
		t.Errorf("union = %v, want %v", got, want)
	}
	if &union(got, a)[0] != &got[0] {
		t.Error("union with a subset allocated a new set")
	}
	if !subset(a, got) || subset(got, a) {
		t.Error("subset is wrong")
	}

	var big labelSet
	for i := range 3 * maxLabels {
		big = union(big, labelSet{{src: int32(3*maxLabels - i)}})
	}
	if len(big) != maxLabels || big[0].src != 1 {
		t.Errorf("union past the bound kept %d labels from src %d; want the %d smallest", len(big), big[0].src, maxLabels)
	}

	// Past the bound, the data found in the function stay and what the
	// parameters may carry goes, whichever way the labels were added: a
	// parameter's sources are numbered first.
	var mixed, reversed labelSet
	var adds []label
	for i := range maxLabels {
		adds = append(adds, label{src: 0, param: true, sel: fmt.Sprintf("F%02d", i)})
	}
	for i := range 4 {
		adds = append(adds, label{src: int32(5 + i), at: fmt.Sprintf("P%d", i)})
	}
	for i := range adds {
		mixed = mixed.add(adds[i])
		reversed = reversed.add(adds[len(adds)-1-i])
	}
	if !slices.Equal(mixed, reversed) {
		t.Errorf("union past the bound depends on the order of the adds: %v, %v", mixed, reversed)
	}
	if len(mixed) != maxLabels || mixed[0].param || mixed[3].param || !mixed[4].param {
		t.Errorf("union past the bound = %v; want the 4 origins, then the parameter's labels", mixed)
	}

	r := rebase(labelSet{{src: 2, at: "Phone"}, {src: 1}}, "Contact")
	if want := (labelSet{{src: 1, at: "Contact"}, {src: 2, at: "Contact.Phone"}}); !slices.Equal(r, want) {
		t.Errorf("rebase = %v, want %v", r, want)
	}
}

// TestUnionKeepsDataBeforePositions checks that a set past maxLabels
// drops the repeated positions of data it has before other data: a mail
// whose headers, sender and copies all took the header data of a
// message kept those and lost its recipient and subject.
func TestUnionKeepsDataBeforePositions(t *testing.T) {
	var s labelSet
	for _, at := range []string{"Bcc", "Cc", "Headers", "Sender"} {
		for i := range 6 {
			s = s.add(label{src: 0, at: at, sel: "Headers." + string(rune('a'+i))})
		}
	}
	if len(s) != maxLabels {
		t.Fatalf("setup: %d labels, want %d", len(s), maxLabels)
	}
	late := labelSet{{src: 0, at: "To", sel: "To"}, {src: 0, at: "Subject", sel: "Subject"}}
	got := union(s, late)
	for _, l := range late {
		if !slices.Contains(got, l) {
			t.Errorf("union lost %+v: %v", l, got)
		}
	}
	if len(got) > maxLabels {
		t.Errorf("union has %d labels, more than %d", len(got), maxLabels)
	}
	// Each selection is kept once, at its shortest position.
	for i := range 6 {
		sel := "Headers." + string(rune('a'+i))
		if !slices.Contains(got, label{src: 0, at: "Cc", sel: sel}) {
			t.Errorf("union lost the data %s: %v", sel, got)
		}
	}
	if !slices.IsSortedFunc(got, compareLabels) {
		t.Errorf("union is not sorted: %v", got)
	}
	if again := union(late, s); !slices.Equal(again, got) {
		t.Errorf("union depends on its order: %v, then %v", got, again)
	}
	if n := normalize(slices.Concat(s, late)); !slices.Equal(n, got) {
		t.Errorf("normalize = %v, want %v", n, got)
	}
}

// TestUnionKeepsWholeValue checks that a set past maxLabels, once its
// positions are merged, drops the data deep inside the value before the
// data of the whole value, whatever their sources: a record found by a
// key that brought many earlier sources into one of its fields keeps
// its own origin, the latest source.
func TestUnionKeepsWholeValue(t *testing.T) {
	var key labelSet
	for i := range maxLabels + 2 {
		key = key.add(label{src: int32(1 + i), at: "Data.Msg"})
	}
	found := label{src: 100}
	rec := union(labelSet{found, {src: 0, param: true}}, rebase(key, "Owner"))
	if len(rec) != maxLabels {
		t.Fatalf("union has %d labels, want %d", len(rec), maxLabels)
	}
	if !slices.Contains(rec, found) {
		t.Errorf("union lost the record's own origin: %v", rec)
	}
	if slices.ContainsFunc(rec, func(l label) bool { return l.param }) {
		t.Errorf("union kept a parameter's label before the data found: %v", rec)
	}
	if !slices.IsSortedFunc(rec, compareLabels) {
		t.Errorf("union is not sorted: %v", rec)
	}
	if again := union(rebase(key, "Owner"), labelSet{{src: 0, param: true}, found}); !slices.Equal(again, rec) {
		t.Errorf("union depends on its order: %v, then %v", rec, again)
	}
}
