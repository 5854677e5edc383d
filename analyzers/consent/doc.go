// Package consent defines an Analyzer that reports personal data sent to
// a third party, or used commercially, without the employee's consent,
// and consent checks whose result nobody looks at.
//
// # Analyzer consent
//
// consent: report personal data reaching a transfer or commercial sink without consent
//
// Personal data go to a third party only with the employee's written
// consent, or where a law requires it (Labour Code art. 88 p.1), and are
// never used for commercial purposes without written consent (art. 88
// p.2). consent follows personal data (fields marked by pdfields, see
// package github.com/hrvet/hrvet/analyzers/pdfields) to transfer and
// commercial sinks: functions marked //hrvet:sink, those the config file
// lists, and the built-in catalogue (docs/sinks.md). It reports, at the
// call where the data enter the path, a transfer no consent check and no
// legal basis covers:
//
//	e, _ := staff.Get(ctx, id)
//	sms.Send(e.Phone, "Welcome aboard!")
//	// Employee.Phone (phone) reaches net/http.Post via (*clients.SMS).Send without a consent check (Labour Code art. 88)
//
// a transfer covered only by consent for another purpose:
//
//	if reg.Has(ctx, e.ID, "payroll") {
//		crm.Push(ctx, e.Email)
//		// Employee.Email (email) reaches (*clients.CRM).Push (purpose crm) under a consent check for purpose payroll (Labour Code art. 88)
//	}
//
// a commercial sink (analytics, marketing) with no consent for purpose
// "commercial" (a legal basis never covers one):
//
//	analytics.Track(ctx, "login", e.Email)
//	// Employee.Email (email) reaches (*clients.Analytics).Track, a commercial sink, without consent for purpose commercial (Labour Code art. 88 p.2)
//
// and a consent check whose result is dropped, assigned to _, or only
// logged:
//
//	reg.Require(ctx, e.ID, "crm")
//	// result of consent check (*consent.Registry).Require is not checked, so it guards nothing (Labour Code art. 88)
//
// The correct forms check consent first, in the error or the bool form,
// and send only on the success branch:
//
//	if err := reg.Require(ctx, e.ID, "crm"); err != nil {
//		return err
//	}
//	crm.Push(ctx, e.Email)
//
// or rest the transfer on a law:
//
//	//hrvet:basis Federal Law 27-FZ art. 11
//	func (s *Service) ReportToSFR(ctx context.Context) error { ... }
//
// Where a function passes data it received through a parameter on to a
// sink, calls of it are checked instead, in this or any importing package
// (under go vet too: the flows travel as facts), and the message names the
// real sink and the wrappers on the way. A consent check in the caller
// covers the wrapper's transfer; so does one in a wrapper that checks
// consent itself and returns the result (a consent-check wrapper).
// Diagnostic.Related points at where each field was read and at the
// consent check that did not cover it; the wrapper chain is listed there
// too.
//
// The engine behind consent, and its rules for what carries data and what
// guards a sink, are described in package
// github.com/hrvet/hrvet/internal/flow.
//
// # Decisions where SPEC is silent
//
//   - A check guards a sink only where its success branch is the only way
//     to the sink: a check after the sink, on the wrong branch, or whose
//     failure branch falls through guards nothing.
//   - A check names its subject when an argument is a person-bearing value
//     or a field (an ID) of one. It then covers only that person's data:
//     the message for another person's data says "without a consent check"
//     and adds that the consent checked is another person's. A check whose
//     subject cannot be traced (a constant or a bare number) covers what it
//     dominates.
//   - A check of unknown purpose (no purpose in the directive or config and
//     no constant string argument) covers a transfer sink of any purpose,
//     but not a commercial one.
//   - A transfer sink without a purpose (net/http.Post) is covered by a
//     consent check of any purpose.
//   - A consent check's result counts as checked when it is compared,
//     branched on, returned, stored or passed to a function that is not a
//     sink; only dropping or printing it is reported.
//   - Flows to store and log sinks are not this analyzer's concern (see
//     logleak and forbidden).
//   - Findings in _test.go files are reported only with -tests.
//   - //hrvet:ignore consent <reason> on the reported line or the line
//     above suppresses a finding; an ignore that suppresses nothing is
//     itself reported.
//
// # What consent cannot see
//
// These known false negatives stay as TODO(want) cases in the engine's
// test corpus (internal/flow/testdata/src/consent):
//
//   - data written to an io.Writer whose dynamic type is a net.Conn: only
//     the static type's method is known (interfaces/interfaces.go);
//   - a method value passed as a function parameter and called inside the
//     helper, or a function value loaded from a struct field: calls of
//     function values are not resolved (methodvalues/methodvalues.go).
//   - personal data passed to an interface method whose implementation
//     is in a package the caller does not import are followed only where
//     a package converts the implementation to the interface, or main
//     calls a constructor returning it (realcode/plugin, realcode/wired),
//     and only data that originate in the calling function;
//   - the dates of an identified employee's leave, which no field name
//     marks as personal (realcode/misses);
//   - data encoded into a token and posted by a worker that receives the
//     token from a channel (realcode/misses).
//
// More generally: data that cross functions through globals, reflection
// or unsafe; and sinks reached through an interface whose method is not
// declared a sink.
package consent

const doc = `report personal data reaching a transfer or commercial sink without consent

Personal data go to a third party only with the employee's written consent
or where a law requires it (Labour Code art. 88 p.1), and are never used
for commercial purposes without written consent (art. 88 p.2). consent
reports personal data that reach a transfer sink on a path not dominated
by the success branch of a consent check (or covered by //hrvet:basis), a
consent check for another purpose than the sink's, a commercial sink
without consent for purpose "commercial", and a consent check whose result
is not checked.`
