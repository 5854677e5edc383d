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
	"github.com/hrvet/hrvet/internal/suggest"
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

// tagProblem says what is wrong with a pd tag.
type tagProblem struct {
	msg        string
	value      string               // the pd value as written, for a fix
	suggestion annotations.Category // the category the fix writes, if any
}

// parseTag reads the pd key of an unquoted struct tag.
func parseTag(raw string) (annotations.Category, pdTag, *tagProblem) {
	value, ok := reflect.StructTag(raw).Lookup("pd")
	if !ok {
		if mentionsPDKey(raw) {
			return "", tagInvalid, &tagProblem{msg: `malformed pd tag: write pd:"<category>" (quoted, no spaces around the colon) or pd:"-"`}
		}
		return "", tagAbsent, nil
	}
	switch {
	case value == "-":
		return "", tagNone, nil
	case value == "":
		return "", tagInvalid, &tagProblem{msg: `empty pd tag: name a category, e.g. pd:"phone", or write pd:"-" for data that is not personal`}
	case strings.ContainsAny(value, ", \t"):
		return "", tagInvalid, &tagProblem{msg: fmt.Sprintf(`malformed pd tag %q: it takes exactly one category and no options`, value)}
	}
	if c, ok := annotations.Lookup(value); ok {
		return c, tagValid, nil
	}
	p := &tagProblem{value: value, suggestion: nearestCategory(value)}
	if p.suggestion == "" {
		p.msg = fmt.Sprintf("unknown personal-data category %q in pd tag; use one of the IDs listed in the annotations package docs", value)
	} else {
		p.msg = fmt.Sprintf("unknown personal-data category %q in pd tag; did you mean %q?", value, p.suggestion)
	}
	return "", tagInvalid, p
}

// readTag reads a field's pd tag and reports what is wrong with it. It
// also returns the unquoted tag, for inference from json, db, ... names.
func readTag(pass *analysis.Pass, field *ast.Field) (annotations.Category, pdTag, string) {
	if field.Tag == nil {
		return "", tagAbsent, ""
	}
	raw, err := strconv.Unquote(field.Tag.Value)
	if err != nil {
		return "", tagAbsent, "" // the compiler reports it
	}
	c, state, problem := parseTag(raw)
	if problem != nil {
		reportTagProblem(pass, field.Tag, problem)
	}
	return c, state, raw
}

// mentionsPDKey reports whether a tag seems to try to set the pd key, e.g.
// `pd:phone` or `pd: "phone"`, which reflect.StructTag silently ignores.
func mentionsPDKey(raw string) bool {
	for _, f := range strings.Fields(raw) {
		if strings.HasPrefix(f, "pd:") {
			return true
		}
	}
	return false
}

func reportTagProblem(pass *analysis.Pass, tag *ast.BasicLit, p *tagProblem) {
	d := analysis.Diagnostic{Pos: tag.Pos(), End: tag.End(), Message: p.msg}
	// Offer an edit only for raw string tags, where byte offsets in the
	// literal are byte offsets in the file.
	if p.suggestion != "" && strings.HasPrefix(tag.Value, "`") {
		if i := strings.Index(tag.Value, `pd:"`+p.value+`"`); i >= 0 {
			start := tag.Pos() + token.Pos(i+len(`pd:"`))
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message: fmt.Sprintf("Use category %q", p.suggestion),
				TextEdits: []analysis.TextEdit{{
					Pos:     start,
					End:     start + token.Pos(len(p.value)),
					NewText: []byte(p.suggestion),
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
	ids := make([]string, 0, len(annotations.Categories()))
	for _, c := range annotations.Categories() {
		ids = append(ids, string(c))
	}
	if best := suggest.Nearest(lower, ids); best != "" {
		return annotations.Category(best)
	}
	if m, ok := classify.Name(value, true); ok {
		return m.Category
	}
	return ""
}
