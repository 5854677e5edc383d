package classify

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hrvet/hrvet/annotations"
)

// A termGroup is one block of a dictionary table: terms of one category
// that are equally ambiguous. A term is lower case, its words separated by
// single spaces, and its last word may end in '*' to match any word that
// starts with it (a stem, for inflected Russian and Ukrainian words).
type termGroup struct {
	category annotations.Category
	personal bool // ambiguous: counts only where the owner is a person
	terms    []string
}

// Ambiguity of a term group: personal terms (name, phone, address) count
// only in a person-like struct or next to a person word, while always terms
// (passport, snils, religion) count anywhere.
const (
	always   = false
	personal = true
)

// kind is what a lexicon entry does when it matches.
type kind uint8

const (
	kindTerm    kind = iota + 1 // personal data of a category
	kindStop                    // a phrase that names no personal data ("user name")
	kindExclude                 // hashed, masked, encrypted: the name holds no personal data
)

// An entry is one spelling of a dictionary term, stop phrase or exclusion.
type entry struct {
	words     []string
	stem      bool // the last word is a prefix
	kind      kind
	category  annotations.Category
	ambiguous bool
	head      bool // an English head noun (see headNouns)
}

func (e *entry) key() string {
	k := strings.Join(e.words, " ")
	if e.stem {
		k += "*"
	}
	return k
}

// lexicon is the compiled dictionary: every spelling of every phrase,
// indexed for the longest-match scan.
type lexicon struct {
	byFirst  map[string][]*entry // by exact first word, most words first
	stems    map[string]*entry   // single-word stems, by stem
	stemLens []int               // distinct stem lengths in bytes, longest first
	stemHead map[string]bool     // the first stemHeadLen bytes of every stem
	seen     map[string]*entry   // by key, to find duplicates
	problems []string            // conflicts and malformed terms, checked by a test
}

func newLexicon() *lexicon {
	return &lexicon{
		byFirst:  make(map[string][]*entry),
		stems:    make(map[string]*entry),
		stemHead: make(map[string]bool),
		seen:     make(map[string]*entry),
	}
}

// addGroups registers the term groups of one language. Cyrillic groups
// also register every Latin transliteration of every term.
func (lx *lexicon) addGroups(groups []termGroup, lang language) {
	for _, g := range groups {
		for _, t := range g.terms {
			lx.addPhrase(t, lang, entry{kind: kindTerm, category: g.category, ambiguous: g.personal})
		}
	}
}

// addPhrases registers stop phrases or exclusions.
func (lx *lexicon) addPhrases(phrases []string, lang language, k kind) {
	for _, p := range phrases {
		lx.addPhrase(p, lang, entry{kind: k})
	}
}

// addPhrase registers phrase and its spellings: for a Cyrillic phrase the
// form with ё written as е and the Latin transliterations, and for every
// multi-word spelling the words glued together ("phonenumber").
func (lx *lexicon) addPhrase(phrase string, lang language, proto entry) {
	words := strings.Fields(phrase)
	if len(words) == 0 {
		lx.problems = append(lx.problems, fmt.Sprintf("empty phrase %q", phrase))
		return
	}
	stem := false
	for i, w := range words {
		if strings.Contains(strings.TrimSuffix(w, "*"), "*") || (strings.HasSuffix(w, "*") && i != len(words)-1) {
			lx.problems = append(lx.problems, fmt.Sprintf("%q: '*' only ends the last word", phrase))
			return
		}
	}
	if last := words[len(words)-1]; strings.HasSuffix(last, "*") {
		stem = true
		words[len(words)-1] = strings.TrimSuffix(last, "*")
	}
	spellings := [][]string{words}
	if lang != 0 {
		if yo := strings.ReplaceAll(strings.Join(words, " "), "ё", "е"); yo != strings.Join(words, " ") {
			spellings = append(spellings, strings.Fields(yo))
		}
		latin, ok := phraseVariants(words, lang)
		if !ok {
			lx.problems = append(lx.problems, fmt.Sprintf("%q: more than %d spellings", phrase, maxVariants))
		}
		spellings = append(spellings, latin...)
	}
	for _, s := range spellings {
		e := proto
		e.words, e.stem = s, stem
		lx.add(&e)
		if len(s) > 1 && !strings.ContainsAny(strings.Join(s, ""), "0123456789") {
			// Glued: "phonenumber". Not with digits, which Words always
			// splits off ("last4" is "last 4").
			g := proto
			g.words, g.stem = []string{strings.Join(s, "")}, stem
			lx.add(&g)
		}
	}
}

// phraseVariants returns the Latin spellings of a Cyrillic phrase: every
// combination of its words' variants, in order. It reports false when the
// combinations exceed maxVariants and were cut.
func phraseVariants(words []string, lang language) ([][]string, bool) {
	out := [][]string{nil}
	for _, w := range words {
		vs := latinVariants(w, lang)
		next := make([][]string, 0, len(out)*len(vs))
		for _, prefix := range out {
			for _, v := range vs {
				next = append(next, append(append([]string(nil), prefix...), v))
			}
		}
		out = next
		if len(out) > maxVariants {
			return out[:maxVariants], false
		}
	}
	return out, true
}

func (lx *lexicon) add(e *entry) {
	k := e.key()
	if old, ok := lx.seen[k]; ok {
		if old.kind != e.kind || old.category != e.category || old.ambiguous != e.ambiguous {
			lx.problems = append(lx.problems, fmt.Sprintf("%q: %s conflicts with %s", k, describe(e), describe(old)))
		}
		return
	}
	lx.seen[k] = e
	if e.stem && len(e.words) == 1 {
		if len(e.words[0]) < stemHeadLen {
			lx.problems = append(lx.problems, fmt.Sprintf("%q: a stem needs at least %d bytes", k, stemHeadLen))
			return
		}
		lx.stems[e.words[0]] = e
		lx.stemHead[e.words[0][:stemHeadLen]] = true
		return
	}
	lx.byFirst[e.words[0]] = append(lx.byFirst[e.words[0]], e)
}

func describe(e *entry) string {
	switch e.kind {
	case kindStop:
		return "stop phrase"
	case kindExclude:
		return "exclusion"
	}
	if e.ambiguous {
		return string(e.category) + " (person only)"
	}
	return string(e.category)
}

// markHeads flags the one-word ambiguous terms spelled as the given head
// nouns; it runs after the English terms are added.
func (lx *lexicon) markHeads(nouns []string) {
	for _, h := range nouns {
		e := lx.seen[h]
		if e == nil || e.kind != kindTerm || !e.ambiguous {
			lx.problems = append(lx.problems, fmt.Sprintf("head noun %q is not an ambiguous term", h))
			continue
		}
		e.head = true
	}
}

// finish sorts the indexes; it runs once, after the last add.
func (lx *lexicon) finish() {
	for _, list := range lx.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	}
	lens := map[int]bool{}
	for s := range lx.stems {
		lens[len(s)] = true
	}
	for n := range lens {
		lx.stemLens = append(lx.stemLens, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lx.stemLens)))
}

// longest returns the entry matching the most words of ws from word i on,
// and how many words it matched. Exact spellings beat plurals, which beat
// stems.
func (lx *lexicon) longest(ws wordList, i int) (*entry, int) {
	w := ws.word(i)
	for _, e := range lx.byFirst[string(w)] {
		if n := len(e.words); i+n <= ws.len() && restMatches(ws, i, e) {
			return e, n
		}
	}
	if base, ok := singular(w); ok {
		for _, e := range lx.byFirst[string(base)] {
			if len(e.words) == 1 && !e.stem {
				return e, 1
			}
		}
		if base2, ok := singularES(w); ok {
			for _, e := range lx.byFirst[string(base2)] {
				if len(e.words) == 1 && !e.stem {
					return e, 1
				}
			}
		}
	}
	if len(w) >= stemHeadLen && lx.stemHead[string(w[:stemHeadLen])] {
		for _, n := range lx.stemLens {
			if n <= len(w) {
				if e, ok := lx.stems[string(w[:n])]; ok {
					return e, 1
				}
			}
		}
	}
	return nil, 0
}

// startsTerm reports whether a dictionary term starts with the word w.
func (lx *lexicon) startsTerm(w []byte) bool {
	for _, e := range lx.byFirst[string(w)] {
		if e.kind == kindTerm {
			return true
		}
	}
	if base, ok := singular(w); ok {
		for _, e := range lx.byFirst[string(base)] {
			if e.kind == kindTerm {
				return true
			}
		}
	}
	if len(w) >= stemHeadLen && lx.stemHead[string(w[:stemHeadLen])] {
		for _, n := range lx.stemLens {
			if n <= len(w) {
				if e, ok := lx.stems[string(w[:n])]; ok && e.kind == kindTerm {
					return true
				}
			}
		}
	}
	return false
}

// restMatches reports whether the words of e after the first match ws from
// i+1 on; the first word is already known to match.
func restMatches(ws wordList, i int, e *entry) bool {
	last := len(e.words) - 1
	if last == 0 {
		return !e.stem // a one-word stem lives in lx.stems
	}
	for k := 1; k <= last; k++ {
		have, want := ws.word(i+k), e.words[k]
		switch {
		case string(have) == want:
		case k == last && e.stem && len(have) >= len(want) && string(have[:len(want)]) == want:
		case k == last && !e.stem && isPluralOf(have, want):
		default:
			return false
		}
	}
	return true
}

// singular strips an English plural "s" from an ASCII word.
func singular(w []byte) ([]byte, bool) {
	if len(w) < 4 || w[len(w)-1] != 's' || !isASCII(w) {
		return nil, false
	}
	return w[:len(w)-1], true
}

// singularES strips an English plural "es" ("addresses").
func singularES(w []byte) ([]byte, bool) {
	if len(w) < 5 || w[len(w)-2] != 'e' || w[len(w)-1] != 's' {
		return nil, false
	}
	return w[:len(w)-2], true
}

func isPluralOf(have []byte, want string) bool {
	if b, ok := singular(have); ok && string(b) == want {
		return true
	}
	if b, ok := singularES(have); ok && isASCII(have) && string(b) == want {
		return true
	}
	return false
}

func isASCII(w []byte) bool {
	for _, b := range w {
		if b >= 0x80 {
			return false
		}
	}
	return true
}

// stemHeadLen is the shortest stem, in bytes. The first stemHeadLen bytes
// of a word tell in one lookup whether any stem can match it.
const stemHeadLen = 4

// wordSet is a set of single words: exact spellings (English plurals
// included) and stems of at least stemHeadLen bytes.
type wordSet struct {
	exact    map[string]bool
	stems    map[string]bool
	stemLens []int
	stemHead map[string]bool
	problems []string // malformed words, checked by a test
}

// newWordSet builds a set from English words and from Cyrillic words of
// the given language with their Latin transliterations. A trailing '*'
// marks a stem.
func newWordSet(english []string, cyrillic map[language][]string) *wordSet {
	s := &wordSet{exact: map[string]bool{}, stems: map[string]bool{}, stemHead: map[string]bool{}}
	add := func(w string) {
		stem, ok := strings.CutSuffix(w, "*")
		switch {
		case !ok:
			s.exact[w] = true
		case len(stem) < stemHeadLen:
			s.problems = append(s.problems, fmt.Sprintf("%q: a stem needs at least %d bytes", w, stemHeadLen))
		default:
			s.stems[stem] = true
			s.stemHead[stem[:stemHeadLen]] = true
		}
	}
	for _, w := range english {
		add(w)
	}
	for _, lang := range []language{russian, ukrainian} {
		for _, w := range cyrillic[lang] {
			add(w)
			add(strings.ReplaceAll(w, "ё", "е"))
			for _, v := range latinVariants(w, lang) {
				add(v)
			}
		}
	}
	lens := map[int]bool{}
	for st := range s.stems {
		lens[len(st)] = true
	}
	for n := range lens {
		s.stemLens = append(s.stemLens, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(s.stemLens)))
	return s
}

func (s *wordSet) has(w []byte) bool {
	if s.exact[string(w)] {
		return true
	}
	if b, ok := singular(w); ok && s.exact[string(b)] {
		return true
	}
	if b, ok := singularES(w); ok && isASCII(w) && s.exact[string(b)] {
		return true
	}
	if len(w) < stemHeadLen || !s.stemHead[string(w[:stemHeadLen])] {
		return false
	}
	for _, n := range s.stemLens {
		if n <= len(w) && s.stems[string(w[:n])] {
			return true
		}
	}
	return false
}
