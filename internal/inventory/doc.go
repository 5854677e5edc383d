// Package inventory builds the record of processing that 'hrvet inventory'
// prints (SPEC section 7): the answer, from the code, to an employee's
// right to full information about the processing of their data (Labour
// Code art. 89): what is kept, where it goes, and on what consent or
// legal basis.
//
// Analyzer records one package: the personal fields it declares (and
// those of other packages it reads or sets), with their category and how
// they were marked (pdfields); the flows of personal data to sinks that
// originate in it, with their guard (the flow engine, internal/flow); and
// its //hrvet:ignore directives. It reports nothing. Merge combines the
// records of the packages asked for into an Inventory, sorted and
// deduplicated with file names made relative, and the Inventory is
// written as Markdown (with a Mermaid flowchart of categories to sinks)
// or JSON. The same code gives the same bytes on every run.
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
//     (the citation), redactor (the function) or none. A flow that is not
//     lawful as written has a status naming the problem (unguarded,
//     purpose-mismatch, needs-commercial-consent, other-subject), as the
//     consent and logleak analyzers report it; a store flow needs no
//     guard and is "ok" without one.
//   - Findings are not errors here: the exit code is 0 when the record was
//     written, 1 on a load, type or config error, and then no record is
//     written at all: one that missed the packages that failed would
//     understate the processing.
//   - The diagram's nodes are cat_<category> and sink_<n>, the sinks
//     numbered in the order of their names; its arrows are those of
//     Inventory.Diagram, in order, so the text is the same for the same
//     code.
//
// # Limits
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
