package pdfields

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/hrvet/hrvet/internal/directive"
	"github.com/hrvet/hrvet/internal/report"
	"golang.org/x/tools/go/analysis"
)

// funcDirectives records the roles a function declaration's directives give it.
func (c *Catalog) funcDirectives(decl *ast.FuncDecl, ds []directive.Directive) {
	if len(ds) == 0 {
		return
	}
	fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if fn == nil {
		return
	}
	c.funcRoles(fn, ds)
}

// funcRoles merges the roles of ds into fn's fact, checking that a consent
// check and a review have a result that can say yes or no, and an
// authorization check a result or a shape that can.
func (c *Catalog) funcRoles(fn *types.Func, ds []directive.Directive) {
	if len(ds) == 0 {
		return
	}
	f := c.funcs[fn]
	if f == nil {
		f = &FuncFact{From: "directive"}
	}
	for _, d := range ds {
		switch d.Verb {
		case directive.Consent:
			result := consentResult(fn)
			if result == "" {
				c.reportShape(d, "//hrvet:consent on %s, which does not return error or bool as its last result; a consent check must say whether consent was given", fn.Name())
				continue
			}
			f.Consent, f.ConsentPurpose, f.ConsentResult = true, d.Purpose, result
		case directive.Sink:
			f.Sink, f.SinkPurpose = d.Kind, d.Purpose
		case directive.Authorize:
			result := AuthorizeResult(fn)
			if result == "" {
				c.reportShape(d, "//hrvet:authorize on %s, %s", fn.Name(), authorizeShapeProblem)
				continue
			}
			f.Authorize, f.AuthorizeRole, f.AuthorizeResult = true, d.Role, result
		case directive.Basis:
			f.Basis = d.Citation
		case directive.Redact:
			f.Redact = true
		case directive.Anonymize:
			f.Anonymize = true
		case directive.Decision:
			f.Decision, f.DecisionTerm = true, ""
		case directive.Review:
			result := consentResult(fn)
			if result == "" {
				c.reportShape(d, "//hrvet:review on %s, %s", fn.Name(), reviewShapeProblem)
				continue
			}
			f.Review, f.ReviewResult = true, result
		}
	}
	if !f.IsZero() {
		c.funcs[fn] = f
	}
}

// reportShape reports, at d, a function whose signature cannot play the
// role d gives it.
func (c *Catalog) reportShape(d directive.Directive, format string, args ...any) {
	report.Report(c.pass, analysis.Diagnostic{Pos: d.Pos, End: d.End, Message: fmt.Sprintf(format, args...)})
}

// authorizeShapeProblem ends the messages about an authorization check,
// by directive or by config, that cannot answer.
const authorizeShapeProblem = "which neither returns error or bool as its last result nor is or returns a middleware; an authorization check must say whether the caller may proceed"

// reviewShapeProblem ends the messages about a review, by directive or by
// config, that cannot answer.
const reviewShapeProblem = "which does not return error or bool as its last result; a review must say whether the decision was approved"

// consentResult returns "error" or "bool" for a function whose last result
// is of that type, and "" otherwise. A review answers the same way.
func consentResult(fn *types.Func) string {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return ""
	}
	last := res.At(res.Len() - 1).Type()
	switch {
	case types.Identical(last, types.Universe.Lookup("error").Type()):
		return "error"
	case types.Identical(last.Underlying(), types.Typ[types.Bool]):
		return "bool"
	}
	return ""
}
