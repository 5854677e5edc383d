package classify

import "strings"

// language selects the transliteration table for a Cyrillic term.
type language uint8

const (
	russian language = iota + 1
	ukrainian
)

// maxVariants bounds the Latin spellings generated for one word. No word
// of the dictionary reaches it (a test checks), so nothing is silently cut.
const maxVariants = 256

// latinVariants returns the Latin spellings of a lower-case Cyrillic word
// under the transliteration schemes people actually type in identifiers:
// the passport and GOST schemes, the "j" schemes, ASCII shortcuts ("x" for
// х, "c" for ц) and the usual simplifications (ия -> ia, ою -> ou, a
// dropped й at the end of an adjective). The first variant is the usual
// spelling: the popular one for Russian ("familiya", "voinskiy"), the
// official 2010 national one for Ukrainian ("hromadianstvo", "viiskovyi").
// The order is deterministic. Runes that are not Cyrillic (a stem's '*',
// digits) are kept as they are.
func latinVariants(word string, lang language) []string {
	runes := []rune(word)
	variants := []string{""}
	for i := range runes {
		opts := letterOptions(runes, i, lang)
		next := make([]string, 0, len(variants)*len(opts))
		for _, v := range variants {
			for _, o := range opts {
				next = append(next, v+o)
			}
		}
		variants = dedupe(next)
		if len(variants) > maxVariants {
			variants = variants[:maxVariants]
		}
	}
	return variants
}

func dedupe(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// letterOptions lists the spellings of runes[i], most common first.
func letterOptions(runes []rune, i int, lang language) []string {
	r := runes[i]
	var prev, next rune
	if i > 0 {
		prev = runes[i-1]
	}
	if i+1 < len(runes) {
		next = runes[i+1]
	}
	atEnd := i+1 == len(runes) || next == '*'
	iotated := prev == 0 || isCyrillicVowel(prev) || prev == 'ь' || prev == 'ъ'

	switch r {
	case 'г':
		if lang == ukrainian {
			return []string{"h", "g"}
		}
		return []string{"g"}
	case 'е':
		if lang == russian && iotated {
			return []string{"e", "ye", "je"}
		}
		return []string{"e"}
	case 'ё':
		return []string{"yo", "e", "jo", "io"}
	case 'є':
		if i == 0 {
			return []string{"ye", "ie", "je", "e"}
		}
		return []string{"ie", "ye", "je", "e"}
	case 'ж':
		return []string{"zh", "j", "z"}
	case 'и':
		if lang == ukrainian {
			return []string{"y", "i"}
		}
		if next == 'й' && i+2 == len(runes) {
			return []string{"i", "y"} // "voinskiy", "voinsky"
		}
		return []string{"i"}
	case 'й':
		opts := []string{"y", "i", "j"}
		if lang == ukrainian && i > 0 {
			opts = []string{"i", "y", "j"}
		}
		if atEnd && (prev == 'и' || prev == 'ы' || prev == 'і') {
			opts = append(opts, "")
		}
		return opts
	case 'і':
		return []string{"i"}
	case 'ї':
		if i == 0 {
			return []string{"yi", "i", "ji"}
		}
		return []string{"i", "yi", "ji"}
	case 'х':
		return []string{"kh", "h", "x"}
	case 'ц':
		return []string{"ts", "c", "tz"}
	case 'щ':
		return []string{"shch", "sch", "sh"}
	case 'ъ':
		return []string{""}
	case 'ь':
		if next == 'е' || next == 'ё' || next == 'ю' || next == 'я' || next == 'и' || next == 'є' {
			return []string{"", "i"} // "zdorovye", "zdorovie"
		}
		return []string{""}
	case 'ы':
		return []string{"y", "i"}
	case 'ю':
		opts := iotatedOptions("u", i, lang)
		if isCyrillicVowel(prev) {
			opts = append(opts, "u") // "profsouz"
		}
		return opts
	case 'я':
		opts := iotatedOptions("a", i, lang)
		if prev == 'и' || prev == 'і' {
			opts = append(opts, "a") // "familia"
		}
		return opts
	}
	if s, ok := plainLetters[r]; ok {
		return []string{s}
	}
	return []string{string(r)}
}

// plainLetters are the Cyrillic letters every scheme spells the same way.
var plainLetters = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'ґ': "g", 'д': "d", 'з': "z", 'к': "k",
	'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s",
	'т': "t", 'у': "u", 'ф': "f", 'ч': "ch", 'ш': "sh", 'э': "e",
}

// iotatedOptions spells я or ю: "ya"/"yu" first in Russian and at the start
// of a Ukrainian word, "ia"/"iu" first inside a Ukrainian word.
func iotatedOptions(vowel string, i int, lang language) []string {
	if lang == ukrainian && i > 0 {
		return []string{"i" + vowel, "y" + vowel, "j" + vowel}
	}
	return []string{"y" + vowel, "i" + vowel, "j" + vowel}
}

func isCyrillicVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяіїє", r)
}
