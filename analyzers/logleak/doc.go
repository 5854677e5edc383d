// Package logleak defines an Analyzer that reports personal data written
// to a log without passing through a redactor.
//
// # Analyzer logleak
//
// logleak: report personal data reaching a log sink without a redactor
//
// Personal data are protected from unlawful use, and only authorised
// persons see them (Labour Code art. 86 p.7, art. 88 p.5): a log line is
// read by operators, shipped to log stores and kept for years. logleak
// follows personal data (fields marked by pdfields) to log sinks: package
// log and *log.Logger, log/slog functions, methods and attributes,
// fmt.Print*, fmt.Fprint* to os.Stdout or os.Stderr, zap, logrus and
// zerolog (docs/sinks.md), and functions marked //hrvet:sink log. It
// reports the log call:
//
//	log.Printf("create employee: passport %s is already on file", e.Passport)
//	// Employee.Passport (govid) reaches log.Printf without a redactor (Labour Code art. 86 p.7); wrap it in annotations.Mask or drop it
//
// Data that pass through a redactor carry nothing: the functions of
// package github.com/hrvet/hrvet/annotations (Mask, MaskTail, Redacted),
// functions marked //hrvet:redact, and those the config file lists under
// redact:.
//
//	slog.Warn("sms failed", "phone", annotations.MaskTail(e.Phone, 2))
//
// The data are followed like consent's (see package
// github.com/hrvet/hrvet/internal/flow): through formatting, strings,
// encoders, struct literals and collections, into log attributes
// (slog.String, zap.String), through wrappers in this or other packages
// (the report stands at the call where the data originate), closures,
// defer and go. A constant printf format's %T and %p operands carry
// nothing: they print the type and the address.
//
// Where every argument that carries the data is a string expression,
// logleak suggests a fix that wraps each in a redactor: annotations.Mask
// if the file imports annotations already; otherwise a redactor the code
// has at hand, so that the fix adds no dependency (a func(string) string
// marked //hrvet:redact or listed under redact:, of the package itself or
// exported by a package the file imports, the first by name); otherwise
// annotations.Mask with its import added. In a module whose go.mod does
// not require github.com/hrvet/hrvet, that import does not build until
// the module requires it: hrvet -fix says so and prints the go get to
// run. Where an argument is not a string (a salary, a struct), no fix is
// offered: masking part of the call would leave the leak.
//
// # Decisions where SPEC is silent
//
//   - A consent check or a legal basis does not make a log line lawful:
//     only redaction does.
//   - (*os.File).Write and WriteString on os.Stdout or os.Stderr are log
//     output, like fmt.Fprint* to them; writes to other files, buffers and
//     HTTP responses are not logs.
//   - A log attribute constructor (slog.String, zap.Any, ...) is not a
//     sink by itself: the report stands at the log call that receives the
//     attribute, or at a logger's With (slog, zap) or WithField (logrus),
//     or a zerolog event's field method, since those are where the data
//     enter the logger.
//   - The whole call is reported once, naming every field that reaches it.
//   - Findings in _test.go files are reported only with -tests.
//   - //hrvet:ignore logleak <reason> on the reported line or the line
//     above suppresses a finding; an ignore that suppresses nothing is
//     itself reported.
//
// # What logleak cannot see
//
// Data logged through an interface whose method is not declared a sink (a
// logger behind an interface of the application's own), through function
// values the engine cannot resolve, through globals between functions,
// reflection or unsafe; and a redactor that does not redact (a function
// marked //hrvet:redact is trusted).
//
// These known false negatives stay as TODO(want) cases in the engine's
// test corpus (internal/flow/testdata/src/logleak/realcode/misses): a
// bounce record (an address beside an ID, not person-like) logged by a
// method reached only through a callback; an address from the
// configuration; a CSV column read by its header's name.
package logleak

const doc = `report personal data reaching a log sink without a redactor

Personal data are protected from unlawful use (Labour Code art. 86 p.7):
a log line is read by far more people than the personnel file. logleak
reports personal data that reach a log sink (log, log/slog, fmt.Print*,
zap, logrus, zerolog, //hrvet:sink log) without passing through a redactor
(annotations.Mask, MaskTail, Redacted, //hrvet:redact), and suggests
wrapping string arguments in a redactor: the module's own where the file
has one at hand, else annotations.Mask.`
