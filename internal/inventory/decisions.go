package inventory

import (
	"bytes"
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/hrvet/hrvet/internal/flow"
	"github.com/hrvet/hrvet/internal/sinks"
)

// Decision is a call of an HR decision about an employee (//hrvet:decision,
// decisions: in .hrvet.yaml): a dismissal, a bonus, a transfer. Labour
// Code art. 86 p.6: no such decision may rest on personal data processed
// solely automatically.
type Decision struct {
	Pos      Position `json:"pos"`      // the call
	Package  string   `json:"package"`  // the package of the call
	Func     string   `json:"func"`     // the function making the call, as Flow.Func
	Decision string   `json:"decision"` // the decision reached, as types.Func.FullName prints it
	// Via are the wrappers from the function called here down to the
	// decision, outermost first; empty when the decision is called
	// directly.
	Via []string `json:"via,omitempty"`
	// Data are what the decision rests on in Func: the personal data
	// that decide whether the call happens or that it is given besides
	// the subject's identity, sorted by field name. Empty: it rests on a
	// person's command or on no personal data here (see Status).
	Data []Datum `json:"data"`
	// Review is the human review whose approval comes before the call
	// on every path; nil for none.
	Review *Review `json:"review,omitempty"`
	// Status is StatusAutomated, StatusReviewed, StatusOK or
	// StatusDeferred.
	Status string `json:"status"`
	// Suppressed is the //hrvet:ignore that keeps the decision analyzer
	// from reporting an automated decision; nil if none does.
	Suppressed *Position `json:"suppressed,omitempty"`
}

// Review is a human review (//hrvet:review, reviews: in .hrvet.yaml)
// approving a decision.
type Review struct {
	Check string   `json:"check"` // the review, as types.Func.FullName prints it
	Pos   Position `json:"pos"`   // its call
}

// Decision statuses, as Decision.Status spells them, besides StatusOK (it
// rests on no personal data of its function) and StatusDeferred (on what
// its function's callers pass it, judged at their calls).
const (
	// StatusAutomated: the decision rests on personal data and no review
	// approves it. The decision analyzer reports it.
	StatusAutomated = "automated"
	// StatusReviewed: a review approves the decision, whatever it rests on.
	StatusReviewed = "reviewed"
)

// decisions records the package's calls of HR decisions, each with the
// data of the decision flows at its position, and takes those flows out
// of the flows to sinks: no data leave the program there.
func (b *builder) decisions(res *flow.Result) {
	type key struct {
		pos      token.Pos
		decision string
		via      string
	}
	keyOf := func(pos token.Pos, decision string, via []string) key {
		return key{pos, decision, strings.Join(via, "\x00")}
	}
	flows := make(map[key][]*flow.Flow)
	var order []key // flows with no decision call, kept in case
	for _, fl := range res.Flows {
		if fl.Kind != sinks.Decision {
			continue
		}
		k := keyOf(fl.Pos, fl.Sink, fl.Via)
		if _, ok := flows[k]; !ok {
			order = append(order, k)
		}
		flows[k] = append(flows[k], fl)
	}
	add := func(pos token.Pos, decision string, via []string, review string, reviewPos token.Pos) {
		fn := b.enclosingFuncObj(pos)
		d := Decision{
			Pos:      b.position(pos),
			Package:  b.rec.Package,
			Func:     b.enclosingFunc(pos),
			Decision: decision,
			Via:      slices.Clone(via),
		}
		k := keyOf(pos, decision, via)
		for _, fl := range flows[k] {
			d.Data = append(d.Data, data(fl.Data)...)
			if review == "" && fl.Guard.Kind == flow.ByReview {
				review, reviewPos = fl.Guard.Check, fl.Guard.Pos
			}
		}
		delete(flows, k)
		d.Data = sortData(d.Data)
		switch {
		case review != "":
			d.Review = &Review{Check: review, Pos: b.position(reviewPos)}
			d.Status = StatusReviewed
		case len(d.Data) > 0:
			d.Status = StatusAutomated
			d.Suppressed = b.suppressedAt(pos, "decision")
		case b.forwards(fn, decision, via):
			d.Status = StatusDeferred
		default:
			d.Status = StatusOK
		}
		b.rec.Decisions = append(b.rec.Decisions, d)
	}
	for _, dc := range res.Decisions {
		add(dc.Pos, dc.Decision, dc.Via, dc.Review, dc.ReviewPos)
	}
	for _, k := range order {
		if fls, ok := flows[k]; ok {
			add(k.pos, fls[0].Sink, fls[0].Via, "", token.NoPos)
		}
	}
}

// forwards reports whether fn's summary says that personal data of its
// parameters reach the decision through via unreviewed: its callers'
// calls of fn are decision calls, judged where they stand. A parameter
// counts when its type holds personal fields and the data taken from it
// are one of them (handleSickLeave(e Employee) deciding on e.SickDays), not
// when it cannot bring personal data itself: a request, a string, an ID.
func (b *builder) forwards(fn *types.Func, decision string, via []string) bool {
	sum := b.res.Summary(fn)
	if sum == nil {
		return false
	}
	return slices.ContainsFunc(sum.Flows, func(pf flow.ParamFlow) bool {
		return pf.Kind == string(sinks.Decision) && pf.Sink == decision && slices.Equal(pf.Via, via) &&
			b.personalParam(fn, pf.Param, pf.Path)
	})
}

// personalParam reports whether parameter i of fn (the receiver is 0 of
// a method), selected down path, holds personal data.
func (b *builder) personalParam(fn *types.Func, i int, path []string) bool {
	sig := fn.Signature()
	var param *types.Var
	if sig.Recv() != nil {
		if i == 0 {
			param = sig.Recv()
		}
		i--
	}
	if param == nil {
		if i < 0 || i >= sig.Params().Len() {
			return false
		}
		param = sig.Params().At(i)
	}
	sel := strings.Join(path, ".")
	for _, pf := range b.cat.PersonalFields(param.Type()) {
		_, field, _ := strings.Cut(pf.Path, ".") // "Employee.SickDays" -> "SickDays"
		if sel == "" || field == sel || strings.HasPrefix(sel, field+".") || strings.HasPrefix(field, sel+".") {
			return true
		}
	}
	return false
}

// compareDecisions orders decisions by position, then by everything else
// they say.
func compareDecisions(a, b Decision) int {
	var ra, rb Review
	if a.Review != nil {
		ra = *a.Review
	}
	if b.Review != nil {
		rb = *b.Review
	}
	return cmp.Or(
		a.Pos.compare(b.Pos),
		cmp.Compare(a.Decision, b.Decision),
		cmp.Compare(strings.Join(a.Via, "\x00"), strings.Join(b.Via, "\x00")),
		cmp.Compare(a.Status, b.Status),
		cmp.Compare(dataString(a.Data), dataString(b.Data)),
		cmp.Compare(ra.Check, rb.Check),
		ra.Pos.compare(rb.Pos),
		cmp.Compare(a.Package, b.Package),
		cmp.Compare(a.Func, b.Func),
	)
}

func (inv *Inventory) markdownDecisions(b *bytes.Buffer) {
	b.WriteString("\n## Decisions\n\n")
	if len(inv.Decisions) == 0 {
		b.WriteString("No HR decision about an employee is called.\n")
		return
	}
	b.WriteString("Calls of HR decisions about an employee (dismissal, discipline, pay, a\n" +
		"transfer), with the personal data each rests on in the function making it and\n" +
		"the human review that approves it (Labour Code art. 86 p.6: no decision may\n" +
		"rest on personal data processed solely automatically). Decisions marked\n" +
		"**NOT COVERED** are reported by the decision analyzer.\n\n")
	t := newTable("where", "function", "decision", "rests on", "review", "status")
	for _, d := range inv.Decisions {
		decision := code(d.Decision)
		if len(d.Via) > 0 {
			var via []string
			for _, v := range d.Via {
				via = append(via, code(v))
			}
			decision += " via " + strings.Join(via, ", ")
		}
		restsOn := dataText(d.Data)
		if len(d.Data) == 0 {
			restsOn = "a person's command or no personal data"
			if d.Status == StatusDeferred {
				restsOn = "what its callers pass"
			}
		}
		review := "none"
		if d.Review != nil {
			review = code(d.Review.Check) + " at " + d.Review.Pos.FileLine()
		}
		t.row(d.Pos.FileLine(), code(d.Func), decision, restsOn, review, decisionStatusText(d))
	}
	t.write(b)
}

// decisionStatusText words a decision's status as the flows' is worded.
func decisionStatusText(d Decision) string {
	switch d.Status {
	case StatusOK, StatusReviewed:
		return d.Status
	case StatusDeferred:
		return "deferred to the calls of " + code(d.Func)
	}
	why := strings.ReplaceAll(d.Status, "-", " ")
	if d.Status == StatusAutomated {
		why = "automated, no review"
	}
	if d.Suppressed != nil {
		return why + ", suppressed by the //hrvet:ignore at " + d.Suppressed.FileLine()
	}
	return "**NOT COVERED**: " + why
}
