package pdfields

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/internal/classify"
)

// inferDecisions marks as HR decisions the functions and methods declared
// in the package whose names say that they decide about the person they
// are given (see decisionName). What the directives and the config say
// wins: a function they make a decision or a review is left as it is.
// With infer: false nothing is inferred.
//
// It runs after applyConfig, so that the person-bearing test sees the
// fields the config marks.
func (c *Catalog) inferDecisions() {
	if !c.cfg.Infer {
		return
	}
	for _, file := range c.pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || !mayNameDecision(fd.Name.Name) {
				continue
			}
			fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil || c.declaresDecisionOrReview(fn) {
				continue
			}
			term, ok := c.decisionName(fn)
			if !ok {
				continue
			}
			f := c.funcs[fn]
			if f == nil {
				f = &FuncFact{From: "inferred from the name " + fn.Name()}
				c.funcs[fn] = f
			}
			f.Decision, f.DecisionTerm = true, term
		}
	}
}

// declaresDecisionOrReview reports whether a directive or the config
// makes fn a decision or a review. A review is never also inferred to be
// a decision: it is where a person decides.
func (c *Catalog) declaresDecisionOrReview(fn *types.Func) bool {
	if f := c.funcs[fn]; f != nil && (f.Decision || f.Review) {
		return true
	}
	if len(c.cfgFuncs) == 0 {
		return false
	}
	f := c.cfgFuncs[configName(fn)]
	return f != nil && (f.Decision || f.Review)
}

// decisionName reports whether fn's name and parameters say it is an HR
// decision, and returns the words of the name that say so: the verb and
// its object ("dismiss", "reject candidate", "cut employee bonus").
//
// The name, after an optional prefix (Auto, Bulk, Try ...), starts with a
// verb of one of decisionRules; the verb's object, the words after it up
// to a preposition, is missing or ends in a word the rule accepts; and a
// parameter other than the receiver is the subject: a person-bearing
// value or a person's ID (see decisionSubject). A rule with needs also
// wants one of them in the object or the subject's names.
func (c *Catalog) decisionName(fn *types.Func) (string, bool) {
	ws := nameWords(fn.Name())
	start := 0
	for start < len(ws)-1 && slices.Contains(decisionPrefixes, ws[start]) {
		start++
	}
	ws = ws[start:]
	for _, r := range decisionRules {
		for _, verb := range r.verbs {
			if len(ws) < len(verb) || !slices.Equal(ws[:len(verb)], verb) {
				continue
			}
			rest := ws[len(verb):]
			object := rest[:objectEnd(rest)]
			if !r.accepts(object) {
				continue
			}
			subject, ok := c.decisionSubject(fn, object)
			if !ok {
				return "", false // no rule can hold without a subject
			}
			if r.needs != nil && !anyWord(r.needs, object) && !anyWord(r.needs, subject) {
				continue
			}
			return strings.Join(ws[:len(verb)+len(object)], " "), true
		}
	}
	return "", false
}

// accepts reports whether object may be the object of r's verbs.
func (r *decisionRule) accepts(object []string) bool {
	if len(object) == 0 {
		return !r.objectRequired
	}
	objects := r.objects
	if objects == nil {
		objects = personObjects
	}
	return hasWord(objects, object[len(object)-1])
}

// objectEnd returns the index of the first word of ws that ends a verb's
// object, or len(ws).
func objectEnd(ws []string) int {
	for i, w := range ws {
		if slices.Contains(objectEnds, w) {
			return i
		}
	}
	return len(ws)
}

// decisionSubject returns the words naming the person fn decides about,
// from the parameters (the receiver aside) that stand for one:
//
//   - a person-bearing value (PersonalFields is not empty: an Employee, a
//     *Candidate, a []Employee): its type's name and its own;
//   - a person's ID: an integer, a string, a named ID type (uuid.UUID,
//     EmployeeID) or a slice of them, whose name or type's name has an ID
//     word right after a person word (employeeID, empIDs, candidate_id,
//     id EmployeeID);
//   - a bare id (id int64, ids []string, id uuid.UUID) when the verb's
//     object (TerminateEmployee) or the receiver's type name
//     (EmployeeService) says whose. The package's name does not: it
//     covers every function of the package, whatever id each takes.
//
// ok is false when no parameter stands for a person: Terminate(ctx),
// Dismiss(notificationID string), CutBonusPool(teamID string).
func (c *Catalog) decisionSubject(fn *types.Func, object []string) (words []string, ok bool) {
	for v := range fn.Signature().Params().Variables() {
		t := v.Type()
		if len(c.PersonalFields(t)) > 0 {
			words = append(append(words, typeNameWords(t)...), classify.Words(v.Name())...)
			ok = true
			continue
		}
		if !isIDType(t) {
			continue
		}
		name, typ := classify.Words(v.Name()), typeNameWords(t)
		switch {
		case ownsID(name) || ownsID(typ):
			words = append(append(words, name...), typ...)
			ok = true
		case isBareID(name, typ):
			if owner := bareIDOwner(fn, object); owner != nil {
				words = append(words, owner...)
				ok = true
			}
		}
	}
	return words, ok
}

// ownsID reports whether ws has an ID word right after a person word.
func ownsID(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if hasWord(idWords, ws[i]) && hasWord(idOwners, ws[i-1]) {
			return true
		}
	}
	return false
}

// isBareID reports whether a parameter is called id (or ids, uuid, guid)
// and its type says no more: a basic type, or one named ID or UUID.
func isBareID(name, typ []string) bool {
	bare := func(ws []string) bool { return len(ws) == 1 && hasWord(idWords, ws[0]) }
	return bare(name) && (len(typ) == 0 || bare(typ))
}

// bareIDOwner returns the words that say whose a bare id is: the verb's
// object when it ends in a person (TerminateEmployee), else the
// receiver's type name when it names employees or candidates; nil when
// neither does.
func bareIDOwner(fn *types.Func, object []string) []string {
	if len(object) > 0 && hasWord(idOwners, object[len(object)-1]) {
		return object
	}
	if recv := fn.Signature().Recv(); recv != nil {
		if ws := typeNameWords(recv.Type()); anyWord(bareIDOwners, ws) {
			return ws
		}
	}
	return nil
}

// isIDType reports whether t can hold IDs: an integer or a string, a type
// named like an ID (uuid.UUID), or a pointer, slice or array of them.
func isIDType(t types.Type) bool {
	t = elemType(t)
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&(types.IsInteger|types.IsString) != 0 {
		return true
	}
	ws := typeNameWords(t)
	return len(ws) > 0 && hasWord(idWords, ws[len(ws)-1])
}

// typeNameWords returns the words of the name of t, or of the type t
// points to or holds (pointer, slice, array, map value, channel); nil for
// a basic or unnamed type.
func typeNameWords(t types.Type) []string {
	switch t := elemType(t).(type) {
	case *types.Named:
		return classify.Words(t.Obj().Name())
	case *types.Alias:
		return classify.Words(t.Obj().Name())
	}
	return nil
}

// elemType looks through pointers, slices, arrays, maps and channels to
// the type of what they hold, keeping the first named or aliased type it
// meets.
func elemType(t types.Type) types.Type {
	for range maxBearingDepth {
		switch u := t.(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		case *types.Chan:
			t = u.Elem()
		default:
			return t
		}
	}
	return t
}

// nameWords returns the words of a function's name, without numbers and
// single letters (DismissV2).
func nameWords(name string) []string {
	ws := classify.Words(name)
	return slices.DeleteFunc(ws, func(w string) bool {
		return len(w) == 1 || strings.Trim(w, "0123456789") == ""
	})
}

// decisionStarts are the words a decision's name may start with, so that
// the names of other functions need not be split into words.
var decisionStarts = func() []string {
	starts := slices.Clone(decisionPrefixes)
	for _, r := range decisionRules {
		for _, verb := range r.verbs {
			if !slices.Contains(starts, verb[0]) {
				starts = append(starts, verb[0])
			}
		}
	}
	return starts
}()

// mayNameDecision reports whether name starts, in any case, with one of
// decisionStarts.
func mayNameDecision(name string) bool {
	for _, w := range decisionStarts {
		if len(name) >= len(w) && strings.EqualFold(name[:len(w)], w) {
			return true
		}
	}
	return false
}
