package classify

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hrvet/hrvet/annotations"
)

// TestLexiconConsistent fails when two table rows give one spelling
// different meanings, or a term is malformed or has too many spellings.
func TestLexiconConsistent(t *testing.T) {
	for _, p := range lex.terms.problems {
		t.Error(p)
	}
	for _, set := range []*wordSet{lex.personOwners, lex.ownersBefore, lex.ownersAfter, lex.personNouns, lex.notPerson} {
		for _, p := range set.problems {
			t.Error(p)
		}
	}
}

// TestLexiconDeterministic compiles the dictionary again and compares.
func TestLexiconDeterministic(t *testing.T) {
	again := compile()
	if len(again.terms.seen) != len(lex.terms.seen) {
		t.Fatalf("recompiled lexicon has %d spellings, want %d", len(again.terms.seen), len(lex.terms.seen))
	}
	for k, e := range lex.terms.seen {
		if a := again.terms.seen[k]; a == nil || !reflect.DeepEqual(*a, *e) {
			t.Errorf("spelling %q compiles differently: %+v vs %+v", k, a, e)
		}
	}
	if !reflect.DeepEqual(again.terms.stemLens, lex.terms.stemLens) {
		t.Errorf("stem lengths differ: %v vs %v", again.terms.stemLens, lex.terms.stemLens)
	}
}

// TestSpellingsAreWords checks that every spelling is made of words as
// Words produces them, so that it can match at all.
func TestSpellingsAreWords(t *testing.T) {
	keys := make([]string, 0, len(lex.terms.seen))
	for k := range lex.terms.seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e := lex.terms.seen[k]
		for _, w := range e.words {
			if got := Words(w); len(got) != 1 || got[0] != w {
				t.Errorf("spelling %q: word %q splits into %q", k, w, got)
			}
		}
		if e.stem && len(e.words[len(e.words)-1]) < 4 {
			t.Errorf("spelling %q: stem shorter than 4 bytes matches too much", k)
		}
	}
}

// TestCategoriesInEveryLanguage checks that each of the 27 categories has
// terms in English, Russian and Ukrainian.
func TestCategoriesInEveryLanguage(t *testing.T) {
	tables := []struct {
		lang   string
		groups []termGroup
	}{
		{"English", englishTerms},
		{"Russian", russianTerms},
		{"Ukrainian", ukrainianTerms},
	}
	for _, table := range tables {
		have := map[annotations.Category]bool{}
		for _, g := range table.groups {
			if !g.category.Valid() {
				t.Errorf("%s: invalid category %q", table.lang, g.category)
			}
			have[g.category] = true
		}
		for _, c := range annotations.Categories() {
			if !have[c] {
				t.Errorf("%s: no term for category %q", table.lang, c)
			}
		}
	}
}

// TestEveryTermMatches classifies every term of the tables written as an
// identifier, in Cyrillic and in its first Latin spelling: no term may be
// shadowed by a stop phrase, an exclusion or another term.
func TestEveryTermMatches(t *testing.T) {
	check := func(ident string, g termGroup) {
		t.Helper()
		if m, ok := Name(ident, true); !ok || m.Category != g.category {
			t.Errorf("Name(%q, true) = %q, %v; want %q", ident, m.Category, ok, g.category)
		}
		m, ok := Name(ident, false)
		if g.personal && ok {
			t.Errorf("Name(%q, false) = %q; an ambiguous term needs a person", ident, m.Category)
		}
		if !g.personal && (!ok || m.Category != g.category) {
			t.Errorf("Name(%q, false) = %q, %v; want %q", ident, m.Category, ok, g.category)
		}
	}
	for _, g := range englishTerms {
		for _, term := range g.terms {
			check(identOf(term), g)
		}
	}
	for lang, groups := range map[language][]termGroup{russian: russianTerms, ukrainian: ukrainianTerms} {
		for _, g := range groups {
			for _, term := range g.terms {
				check(identOf(term), g)
				var latin []string
				for _, w := range strings.Fields(term) {
					latin = append(latin, latinVariants(w, lang)[0])
				}
				check(identOf(strings.Join(latin, " ")), g)
			}
		}
	}
}

// identOf writes a dictionary term as a snake_case identifier, a stem
// completed with a plausible ending.
func identOf(term string) string {
	return strings.ReplaceAll(strings.ReplaceAll(term, "*", "a"), " ", "_")
}

func TestLatinVariants(t *testing.T) {
	tests := []struct {
		word string
		lang language
		want []string // among the variants
	}{
		{"рождения", russian, []string{"rozhdeniya", "rozhdenia", "rojdenia", "rozhdenija", "rozhdeniia"}},
		{"фамилия", russian, []string{"familiya", "familija", "familia"}},
		{"профсоюз", russian, []string{"profsoyuz", "profsojuz", "profsoiuz", "profsouz"}},
		{"гражданство", russian, []string{"grazhdanstvo", "grajdanstvo"}},
		{"национальность", russian, []string{"natsionalnost", "nacionalnost"}},
		{"воинский", russian, []string{"voinskiy", "voinskij", "voinskii", "voinsky", "voinski"}},
		{"здоровья", russian, []string{"zdorovya", "zdoroviya", "zdorovja"}},
		{"ёлка", russian, []string{"yolka", "elka", "jolka"}},
		{"щука", russian, []string{"shchuka", "schuka", "shuka"}},
		{"хобби", russian, []string{"khobbi", "hobbi", "xobbi"}},
		{"громадянство", ukrainian, []string{"hromadianstvo", "hromadyanstvo", "gromadyanstvo"}},
		{"військовий", ukrainian, []string{"viiskovyi", "viyskovyi", "viyskovyy", "vijskovyj"}},
		{"прізвище", ukrainian, []string{"prizvyshche", "prizvishche", "prizvysche"}},
		{"їжа", ukrainian, []string{"yizha", "ija"}},
		{"єдність", ukrainian, []string{"yednist", "iednist", "ednist"}},
		{"стаж*", russian, []string{"stazh*", "staj*"}},
	}
	for _, tt := range tests {
		got := latinVariants(tt.word, tt.lang)
		have := map[string]bool{}
		for _, v := range got {
			have[v] = true
		}
		for _, w := range tt.want {
			if !have[w] {
				t.Errorf("latinVariants(%q) = %q, missing %q", tt.word, got, w)
			}
		}
		if got[0] != tt.want[0] {
			t.Errorf("latinVariants(%q)[0] = %q, want the common spelling %q", tt.word, got[0], tt.want[0])
		}
		if again := latinVariants(tt.word, tt.lang); !reflect.DeepEqual(again, got) {
			t.Errorf("latinVariants(%q) is not deterministic", tt.word)
		}
	}
}
