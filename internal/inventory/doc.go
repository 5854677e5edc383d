// Package inventory builds the record of processing that 'hrvet inventory'
// prints (SPEC section 7): the answer, from the code, to an employee's
// right to full information about the processing of their data (Labour
// Code art. 89): what is kept, where it goes, and on what consent or
// legal basis; and where hrvet cannot tell where it goes.
//
// Analyzer records one package: the personal fields it declares (and
// those of other packages it reads or sets), with their category and how
// they were marked (pdfields); the flows of personal data to sinks that
// originate in it, with their guard (the flow engine, internal/flow);
// the flows into the responses of request handlers again as exposures,
// one for each way requests reach the handler; the roles: of its
// .hrvet.yaml; its calls of HR decisions, with what each rests on and
// the review approving it; the calls of other modules it gives personal
// data to that hrvet does not know (see below); and its //hrvet:ignore
// directives. It
// reports nothing. Merge combines the records of the packages asked for into an
// Inventory, sorted and deduplicated with file names made relative, and
// the Inventory is written as Markdown (with a Mermaid flowchart of
// categories to sinks) or JSON. The same code gives the same bytes on
// every run.
//
// # Decisions where SPEC is silent
//
//   - A field is named after the type that declares it, "Employee.Phone";
//     a field of a struct type written inside another is
//     "Candidate.Contact.Phone". Flows name their data as the flow engine
//     does, which may name a nested field by the path it was read through.
//   - A field of another package appears once, under its own package,
//     when a recorded package uses it, so that the record of a few
//     packages still lists every datum they touch. Where the packages
//     disagree about it (each package reads the .hrvet.yaml above it),
//     the declaring package's view wins.
//   - The special and forbidden fields are listed again in a section of
//     their own, with "none" where no //hrvet:basis covers them.
//   - A flow's guard is one of consent (the check and its purpose), basis
//     (the citation), redactor (the function), authorization (the check
//     in the handler and its role), middleware (the authorising
//     middleware in front of the handler's routes and its role) or none.
//     A flow that is not lawful as written has a status naming the
//     problem (unguarded, purpose-mismatch, needs-commercial-consent,
//     other-subject, beyond-need-to-know), as the consent, logleak and
//     access analyzers report it; a store flow needs no guard and is "ok"
//     without one. NotCovered tells those statuses from "ok" and
//     "deferred"; only they count as not lawful in the summary and are
//     red in the diagram.
//   - An expose flow (sink kind expose, the response of a request
//     handler) is judged as the access analyzer judges it: both ask
//     internal/exposure. It is covered by an authorization check in the
//     handler, or by an authorising middleware on every route of its
//     handler; "unguarded" when some route, or the handler itself when no
//     route of the package reaches it, has none; "beyond-need-to-know"
//     when a guarding role's roles: entry does not list some of the
//     data's categories (a role with no entry, or of unknown role: a
//     special category), with those data as Flow.Excess; "deferred" when
//     it is judged where the handler is registered: by an importing
//     package, which records the exposure again at its registration, or
//     on a router that comes from a parameter, whose middleware its
//     callers add and hrvet does not see. A flow behind different
//     middleware on different routes names the first route's. An
//     //hrvet:ignore access suppresses it, as ignores of consent and
//     logleak suppress the others.
//   - The section "Exposures" (JSON key "exposures") has a row for each
//     way requests reach the handler of an expose flow: each route of the
//     package that registers it (method, path, registration), or a call
//     of it after an authorization check, with the authorization in
//     front of it there and whether it is lawful as written; a flow no
//     route reaches has one row saying why: registered by an importer,
//     its registration not followed (a map, a slice), or not registered
//     here. Rows are sorted by the write's position, then registrations
//     by path, method and position. A route that is unguarded while
//     another is beyond need to know shows both, though the access
//     analyzer reports only the missing authorization until it is added.
//   - The section "Roles" (JSON key "roles") lists the roles: entries of
//     the .hrvet.yaml files in force, by name and then file, each with
//     its categories or all; with none it says that only authorization
//     is checked. Packages under different .hrvet.yaml files each use
//     their own, as the analyzers do.
//   - The section "Decisions" (JSON key "decisions") has a row for each
//     call of an HR decision (//hrvet:decision, decisions:) the flow
//     engine lists (flow.Result.Decisions): where, the function making
//     the call, the decision reached and the wrappers on the way to it
//     (Via), what it rests on (Data: the data of the engine's flows of
//     kind decision at the call, which originate in that function: the
//     conditions deciding whether the call happens and what it is given
//     besides the subject's identity), the review whose approval comes
//     before it (Review: the review and its call; nil for none), and a
//     status: "automated" when it rests on personal data and no review
//     approves it, which the decision analyzer reports ("**NOT
//     COVERED**: automated, no review", or suppressed by an
//     //hrvet:ignore decision); "reviewed" when a review approves it,
//     whatever it rests on; "deferred" when it rests on nothing of its
//     own function but the summary of that function says that personal
//     data of its parameters reach it (handleSickLeave(e Employee) deciding on
//     e.SickDays): the callers' calls of the function are decision calls
//     with rows of their own, judged there; and "ok" otherwise, which
//     the Markdown words "a person's command or no personal data". A
//     parameter counts for "deferred" only when its type holds personal
//     fields and the data taken from it are one of them: a handler's
//     request, an ID or a reason string brings nothing the callers could
//     be judged on. NotCovered counts "reviewed" as covered. The
//     engine's flows of kind decision are not in Flows nor in the
//     diagram: no data leave the program at a decision. Rows are sorted
//     by position, then decision and Via.
//   - An arrow of the diagram from a category an expose flow's role does
//     need is "ok" even when the flow is beyond need to know for another
//     category.
//   - The flow engine names a middleware that is a closure by its
//     position, "a closure at file:line:col"; the position is made
//     relative like every other.
//   - Findings are not errors here: the exit code is 0 when the record was
//     written, 1 on a load, type or config error, and then no record is
//     written at all: one that missed the packages that failed would
//     understate the processing.
//   - "Personal data passed to calls hrvet does not know" lists the
//     functions of other modules (not the analysed package's module, not
//     the standard library) that the packages give personal data and that
//     hrvet knows neither as a sink nor as harmless: not in the sink
//     catalogue, not declared by a directive or .hrvet.yaml (sink,
//     consent, redact, basis), not a consent-check wrapper, and not
//     reached by a flow through a summary. A flow hidden behind such a
//     call (an SDK whose HTTP client is an interface) is missing from the
//     rest of the record, so the section asks the team to declare each
//     one, once, as a sink (sinks:) or as safe. The flow engine finds the
//     calls (flow.Result.Unknown; internal/flow's doc says which
//     arguments count, and how data of a wrapper's parameters are named);
//     each Record keeps every call, and Merge groups them into one row per
//     callee, named as types.Func.FullName prints it: the fields and
//     categories given at any of its calls, how many calls, and the first
//     three call sites by position. Rows are sorted by how much personal
//     data the callee takes: the most distinct fields first, then the
//     most categories, then by name. The JSON key is "unknown". The
//     section adds no finding and no flow, and the exit code stays 0.
//   - safe: in .hrvet.yaml, which SPEC section 4 does not have, lists
//     functions known not to pass personal data out of the program (a
//     formatter, a validator): they leave this section and change nothing
//     else. No existing mechanism said that: a redact: entry would also
//     make the call's result carry nothing, which changes findings, and
//     a //hrvet:ignore silences findings, not records. See
//     internal/config.
//   - The diagram's nodes are cat_<category> and sink_<n>, the sinks
//     numbered in the order of their names; its arrows are those of
//     Inventory.Diagram, in order, so the text is the same for the same
//     code.
//
// # Limits
//
// Calls hrvet does not know are listed only with module information
// (go/packages, go vet, golangci-lint give it; GOPATH mode does not), and
// not for calls of function values, which have no name to declare. Data
// a wrapper takes as a string parameter and gives to such a call are not
// listed: nothing at the wrapper says whose data they are.
//
// The flow engine does not report data that pass through a redactor,
// since the redactor's result carries nothing. The inventory finds those
// flows by syntax: a call of a redactor, given personal data, inside the
// arguments of a call of a sink. A redacted value kept in a variable
// before it reaches the sink, or a sink reached through a wrapper, is not
// listed. When the redactor is given a whole person-bearing value (a
// method such as (*DirectoryEntry).MaskedMsisdn), the flow lists every
// personal field of the value.
package inventory
