package classify

import (
	"strings"

	"github.com/hrvet/hrvet/annotations"
)

// Match says why a name was recognised as personal data.
type Match struct {
	Category annotations.Category
	// Term is the dictionary term that matched, as the words of the name
	// spell it, lower case and space-separated: "snils", "telefon",
	// "phone number", "rozhdeniya".
	Term string
	// Source is where the name came from: "name" for the Go field name, or
	// the tag key: "json", "db", "gorm", "bson", "xml".
	Source string
	// Name is the name that matched: the field name, or the tag's column
	// or key name.
	Name string
}

// compiled holds the dictionary and word lists, built once at package
// initialisation.
type compiled struct {
	terms         *lexicon // terms, stop phrases and exclusions
	personOwners  *wordSet
	ownersBefore  *wordSet
	headModifiers *wordSet
	ownersAfter   *wordSet
	settingsAfter *wordSet
	// PersonLike's words
	personNounsEnglish *wordSet
	personNouns        *wordSet // Russian and Ukrainian, any position
	recordWords        *wordSet
	notPerson          *wordSet
	collectionWords    *wordSet
	holderKinds        *wordSet
	profileQualifiers  *wordSet
	// Evidence's words
	thingNouns     *wordSet
	requestWords   *wordSet
	paramsWords    *wordSet
	sendVerbs      *wordSet
	orgFieldWords  *wordSet
	bareQualifiers *wordSet
	weakNames      *wordSet
}

var lex = compile()

func compile() *compiled {
	lx := newLexicon()
	// Exclusions and stop phrases first: where a spelling collides with a
	// term, the lexicon reports the conflict (a test checks there is none).
	lx.addPhrases(exclusionsEnglish, 0, kindExclude)
	lx.addPhrases(stopPhrasesEnglish, 0, kindStop)
	for _, lang := range []language{russian, ukrainian} {
		lx.addPhrases(exclusions[lang], lang, kindExclude)
		lx.addPhrases(stopPhrases[lang], lang, kindStop)
	}
	lx.addGroups(englishTerms, 0)
	lx.markHeads(headNouns)
	lx.addGroups(russianTerms, russian)
	lx.addGroups(ukrainianTerms, ukrainian)
	lx.finish()
	return &compiled{
		terms:         lx,
		personOwners:  newWordSet(personOwnersEnglish, personOwners),
		ownersBefore:  newWordSet(ownersBefore, nil),
		headModifiers: newWordSet(headModifiers, nil),
		ownersAfter:   newWordSet(ownersAfterEnglish, ownersAfter),
		settingsAfter: newWordSet(settingsAfter, nil),

		personNounsEnglish: newWordSet(personNounsEnglish, nil),
		personNouns:        newWordSet(nil, personNouns),
		recordWords:        newWordSet(recordWords, nil),
		notPerson:          newWordSet(notPersonEnglish, nil),
		collectionWords:    newWordSet(collectionWords, nil),
		holderKinds:        newWordSet(holderKinds, nil),
		profileQualifiers:  newWordSet(profileQualifiers, nil),

		thingNouns:     newWordSet(thingNounsEnglish, thingNouns),
		requestWords:   newWordSet(requestWords, nil),
		paramsWords:    newWordSet(paramsWords, nil),
		sendVerbs:      newWordSet(sendVerbs, nil),
		orgFieldWords:  newWordSet(orgFieldWords, nil),
		bareQualifiers: newWordSet(bareQualifiers, nil),
		weakNames:      newWordSet(weakNames, nil),
	}
}

// Name classifies one identifier: a field name, SQL column or form key.
// Ambiguous terms (name, phone, address, birthday, ...) count only when
// personLike is true or a person word is part of the identifier
// (CustomerPhone); unambiguous terms (passport, snils, religion,
// diagnosis, ...) always count. A name that says hashed, masked,
// encrypted, redacted, tokenised or last4 is not personal data. The
// Match's Source is "name" and its Name is ident.
func Name(ident string, personLike bool) (Match, bool) {
	var textBuf [128]byte
	var endBuf [16]int
	ws := splitWords(ident, textBuf[:0], endBuf[:0])
	r := scan(ws, contextOf(personLike))
	if r.excluded || r.entry == nil {
		return Match{}, false
	}
	return r.match("name", ident, ws), true
}

// scanResult is the outcome of scanning the words of one name.
type scanResult struct {
	excluded bool   // an exclusion word: no personal data, whatever else matched
	entry    *entry // the winning term, nil if none
	at, n    int    // its position and length in words
}

func (r scanResult) match(source, name string, ws wordList) Match {
	var term string
	if r.n == 1 {
		term = string(ws.word(r.at))
	} else {
		parts := make([]string, r.n)
		for k := range parts {
			parts[k] = string(ws.word(r.at + k))
		}
		term = strings.Join(parts, " ")
	}
	return Match{Category: r.entry.category, Term: term, Source: source, Name: name}
}

// scan walks the words left to right, taking at each position the longest
// dictionary phrase that starts there. Stop phrases are skipped whole; an
// exclusion ends the scan. Of the terms that count, the one of the most
// restricted class wins (a forbidden category outranks a special one,
// which outranks a personal one), the leftmost among equals.
func scan(ws wordList, ctx Context) scanResult {
	var best scanResult
	for i := 0; i < ws.len(); {
		e, n := lex.terms.longest(ws, i)
		if e == nil {
			i++
			continue
		}
		switch e.kind {
		case kindExclude:
			return scanResult{excluded: true}
		case kindTerm:
			if counts(ws, i, n, e, ctx) &&
				(best.entry == nil || e.category.Class() > best.entry.category.Class()) {
				best = scanResult{entry: e, at: i, n: n}
			}
		}
		i += n
	}
	return best
}

// counts reports whether the term e matched at words [i, i+n) names
// personal data in its context.
func counts(ws wordList, i, n int, e *entry, ctx Context) bool {
	for k := i + n; k < ws.len(); k++ {
		if lex.settingsAfter.has(ws.word(k)) {
			return false
		}
	}
	if !e.ambiguous {
		return true
	}
	if p := previousWord(ws, i); p >= 0 {
		w := ws.word(p)
		if lex.ownersBefore.has(w) {
			return false
		}
		if e.head && !lex.headModifiers.has(w) && !lex.personOwners.has(w) {
			return false
		}
	}
	for k := i + n; k < ws.len(); k++ {
		if lex.ownersAfter.has(ws.word(k)) {
			return false
		}
	}
	switch ctx {
	case Person:
		return true
	case Requester:
		if e.category == annotations.Email || e.category == annotations.Phone {
			return true
		}
	}
	for k := 0; k < ws.len(); k++ {
		if (k < i || k >= i+n) && lex.personOwners.has(ws.word(k)) {
			return true
		}
	}
	return false
}

// previousWord returns the index of the last word before i that is not a
// number ("Office2Phone" is owned by "office"), or -1.
func previousWord(ws wordList, i int) int {
	for k := i - 1; k >= 0; k-- {
		if w := ws.word(k); len(w) > 0 && (w[0] < '0' || w[0] > '9') {
			return k
		}
	}
	return -1
}
