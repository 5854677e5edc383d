package pdfields

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/annotations"
	"github.com/hrvet/hrvet/internal/classify"
	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
)

// pdTag is the outcome of reading a field's pd tag.
type pdTag int

const (
	tagAbsent  pdTag = iota // no pd key: inference decides
	tagNone                 // pd:"-": not personal data, inference off
	tagValid                // pd:"<category>"
	tagInvalid              // reported; the field is left unmarked
)

// readTag reads the pd key of a field's tag and reports problems with it.
// It also returns the unquoted tag, for inference from json, db, ... keys.
func readTag(pass *analysis.Pass, field *ast.Field) (annotations.Category, pdTag, string) {
	if field.Tag == nil {
		return "", tagAbsent, ""
	}
	raw, err := strconv.Unquote(field.Tag.Value)
	if err != nil {
		return "", tagAbsent, "" // the compiler reports it
	}
	c, state := readPD(pass, field, raw)
	return c, state, raw
}

func readPD(pass *analysis.Pass, field *ast.Field, raw string) (annotations.Category, pdTag) {
	value, ok := reflect.StructTag(raw).Lookup("pd")
	if !ok {
		if mentionsPDKey(raw) {
			report.Report(pass, analysis.Diagnostic{
				Pos:     field.Tag.Pos(),
				End:     field.Tag.End(),
				Message: `malformed pd tag: write pd:"<category>" (quoted, no spaces around the colon) or pd:"-"`,
			})
			return "", tagInvalid
		}
		return "", tagAbsent
	}
	switch {
	case value == "-":
		return "", tagNone
	case value == "":
		report.Report(pass, analysis.Diagnostic{
			Pos:     field.Tag.Pos(),
			End:     field.Tag.End(),
			Message: `empty pd tag: name a category, e.g. pd:"phone", or write pd:"-" for data that is not personal`,
		})
		return "", tagInvalid
	case strings.ContainsAny(value, ", "):
		report.Report(pass, analysis.Diagnostic{
			Pos:     field.Tag.Pos(),
			End:     field.Tag.End(),
			Message: fmt.Sprintf(`malformed pd tag %q: it takes exactly one category and no options`, value),
		})
		return "", tagInvalid
	}
	if c, ok := annotations.Lookup(value); ok {
		return c, tagValid
	}
	reportUnknownCategory(pass, field.Tag, value)
	return "", tagInvalid
}

// mentionsPDKey reports whether a tag seems to try to set the pd key, e.g.
// `pd:phone` or `pd: "phone"`, which reflect.StructTag silently ignores.
func mentionsPDKey(raw string) bool {
	for _, f := range strings.Fields(raw) {
		if f == "pd:" || strings.HasPrefix(f, "pd:") {
			return true
		}
	}
	return false
}

func reportUnknownCategory(pass *analysis.Pass, tag *ast.BasicLit, value string) {
	d := analysis.Diagnostic{
		Pos: tag.Pos(),
		End: tag.End(),
	}
	suggestion := nearestCategory(value)
	if suggestion == "" {
		d.Message = fmt.Sprintf("unknown personal-data category %q in pd tag; use one of the IDs listed in the annotations package docs", value)
		report.Report(pass, d)
		return
	}
	d.Message = fmt.Sprintf("unknown personal-data category %q in pd tag; did you mean %q?", value, suggestion)
	// Offer an edit only for raw string tags, where byte offsets in the
	// literal are byte offsets in the file.
	if strings.HasPrefix(tag.Value, "`") {
		if i := strings.Index(tag.Value, `pd:"`+value+`"`); i >= 0 {
			start := tag.Pos() + token.Pos(i+len(`pd:"`))
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message: fmt.Sprintf("Use category %q", suggestion),
				TextEdits: []analysis.TextEdit{{
					Pos:     start,
					End:     start + token.Pos(len(value)),
					NewText: []byte(suggestion),
				}},
			}}
		}
	}
	report.Report(pass, d)
}

// nearestCategory suggests a category for a mistyped ID: a close spelling
// first ("helth"), then what the classifier makes of the word ("passport").
func nearestCategory(value string) annotations.Category {
	lower := strings.ToLower(value)
	if c, ok := annotations.Lookup(lower); ok {
		return c
	}
	best, bestDist := annotations.Category(""), 3
	for _, c := range annotations.Categories() {
		if d := editDistance(lower, string(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	if best != "" {
		return best
	}
	if m, ok := classify.Name(value, true); ok {
		return m.Category
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
