package annotations_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
)

// specCategories is SPEC section 1, written out independently of the
// catalogue in category.go: the constant, its ID, its class, and whether
// it is identifying.
var specCategories = []struct {
	c           annotations.Category
	id          string
	class       annotations.Class
	identifying bool
}{
	{annotations.Name, "name", annotations.Personal, true},
	{annotations.Birth, "birth", annotations.Personal, false},
	{annotations.Phone, "phone", annotations.Personal, true},
	{annotations.Email, "email", annotations.Personal, true},
	{annotations.Address, "address", annotations.Personal, true},
	{annotations.GovID, "govid", annotations.Personal, true},
	{annotations.Vehicle, "vehicle", annotations.Personal, true},
	{annotations.Card, "card", annotations.Personal, true},
	{annotations.Bank, "bank", annotations.Personal, true},
	{annotations.Pay, "pay", annotations.Personal, false},
	{annotations.Employment, "employment", annotations.Personal, false},
	{annotations.Education, "education", annotations.Personal, false},
	{annotations.Location, "location", annotations.Personal, true},
	{annotations.Citizenship, "citizenship", annotations.Personal, false},
	{annotations.Military, "military", annotations.Personal, false},
	{annotations.Fitness, "fitness", annotations.Personal, false},

	{annotations.Health, "health", annotations.Special, false},
	{annotations.Biometric, "biometric", annotations.Special, true},
	{annotations.Criminal, "criminal", annotations.Special, false},
	{annotations.PrivateLife, "privatelife", annotations.Special, false},
	{annotations.Union, "union", annotations.Special, false},
	{annotations.Association, "association", annotations.Special, false},

	{annotations.Religion, "religion", annotations.Forbidden, false},
	{annotations.Politics, "politics", annotations.Forbidden, false},
	{annotations.Beliefs, "beliefs", annotations.Forbidden, false},
	{annotations.Race, "race", annotations.Forbidden, false},
	{annotations.SexLife, "sexlife", annotations.Forbidden, false},
}

func TestSpecCategories(t *testing.T) {
	for _, want := range specCategories {
		t.Run(want.id, func(t *testing.T) {
			if string(want.c) != want.id || want.c.String() != want.id {
				t.Errorf("constant has ID %q (String %q), want %q", string(want.c), want.c.String(), want.id)
			}
			got, ok := annotations.Lookup(want.id)
			if !ok || got != want.c {
				t.Fatalf("Lookup(%q) = %q, %v; want %q, true", want.id, got, ok, want.c)
			}
			if !got.Valid() {
				t.Errorf("Valid() = false")
			}
			if c := got.Class(); c != want.class {
				t.Errorf("Class() = %v, want %v", c, want.class)
			}
			if id := got.Identifying(); id != want.identifying {
				t.Errorf("Identifying() = %v, want %v", id, want.identifying)
			}
			if r := got.Rule(); !strings.Contains(r, "Labour Code art.") && !strings.Contains(r, "Convention 108 art.") {
				t.Errorf("Rule() = %q, want a citation of the Labour Code or Convention 108", r)
			}
			if d := got.Describe(); strings.TrimSpace(d) == "" {
				t.Errorf("Describe() is empty")
			}
		})
	}
}

func TestIdentifyingSet(t *testing.T) {
	// SPEC section 1, "Identifying categories".
	want := []annotations.Category{"address", "bank", "biometric", "card", "email", "govid", "location", "name", "phone", "vehicle"}
	var got []annotations.Category
	for _, c := range annotations.Categories() {
		if c.Identifying() {
			got = append(got, c)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("identifying categories = %v, want %v", got, want)
	}
}

func TestCategoriesSortedAndComplete(t *testing.T) {
	var want []annotations.Category
	for _, s := range specCategories {
		want = append(want, s.c)
	}
	slices.Sort(want)
	got := annotations.Categories()
	if !slices.Equal(got, want) {
		t.Fatalf("Categories() = %v, want %v", got, want)
	}
	// The result is the caller's to keep: changing it changes nothing.
	got[0] = "changed"
	if again := annotations.Categories(); !slices.Equal(again, want) {
		t.Errorf("Categories() after modifying an earlier result = %v", again)
	}
}

func TestByClass(t *testing.T) {
	var union []annotations.Category
	for _, class := range []annotations.Class{annotations.Personal, annotations.Special, annotations.Forbidden} {
		got := annotations.ByClass(class)
		if len(got) == 0 {
			t.Errorf("ByClass(%v) is empty", class)
		}
		if !slices.IsSorted(got) {
			t.Errorf("ByClass(%v) = %v, not sorted", class, got)
		}
		for _, c := range got {
			if c.Class() != class {
				t.Errorf("ByClass(%v) holds %q of class %v", class, c, c.Class())
			}
		}
		union = append(union, got...)
	}
	slices.Sort(union)
	if all := annotations.Categories(); !slices.Equal(union, all) {
		t.Errorf("the classes together hold %v, want %v", union, all)
	}
	if got := annotations.ByClass(0); len(got) != 0 {
		t.Errorf("ByClass(0) = %v, want none", got)
	}
}

func TestLookupRejects(t *testing.T) {
	for _, id := range []string{
		"", "-", "Phone", "PHONE", "GovID", "SexLife", " phone", "phone ",
		"phone,omitempty", "telephone", "passport", "private_life", "телефон",
		"unknown",
	} {
		c, ok := annotations.Lookup(id)
		if ok {
			t.Errorf("Lookup(%q) = %q, true; want false", id, c)
		}
		if c.Valid() || c.Class() != 0 || c.Identifying() || c.Rule() != "" || c.Describe() != "" {
			t.Errorf("Lookup(%q) returned %q with properties: valid %v, class %v, identifying %v, rule %q, describe %q",
				id, c, c.Valid(), c.Class(), c.Identifying(), c.Rule(), c.Describe())
		}
	}
}

func TestClassString(t *testing.T) {
	for class, want := range map[annotations.Class]string{
		annotations.Personal:      "personal",
		annotations.Special:       "special",
		annotations.Forbidden:     "forbidden",
		0:                         "invalid",
		annotations.Forbidden + 1: "invalid",
	} {
		if got := class.String(); got != want {
			t.Errorf("Class(%d).String() = %q, want %q", int(class), got, want)
		}
	}
	// The classes are ordered from least to most restricted; the
	// classifier relies on that to let the strictest category win.
	if !(annotations.Personal < annotations.Special && annotations.Special < annotations.Forbidden) {
		t.Errorf("classes out of order: personal %d, special %d, forbidden %d",
			annotations.Personal, annotations.Special, annotations.Forbidden)
	}
}
