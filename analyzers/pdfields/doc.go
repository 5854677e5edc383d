// Package pdfields defines an Analyzer that reports malformed personal-data
// tags and //hrvet: directives, and that builds the catalogue of personal
// data every other hrvet analyzer relies on.
//
// # Analyzer pdfields
//
// pdfields: report malformed pd tags and hrvet directives
//
// A struct field is personal data when
//
//   - its tag says so: `pd:"phone"` (the IDs are listed in package
//     github.com/hrvet/hrvet/annotations); `pd:"-"` says it is not, and
//     turns inference off for the field;
//   - the config file .hrvet.yaml names it under sources: (for types you
//     cannot tag: generated code, other modules);
//   - its name, or its json, db, gorm, bson or xml tag name, is recognised
//     by inference (on unless the config says infer: false). Ambiguous words
//     such as name or phone count only in person-like structs: by the
//     type name (Employee, Candidate, Contact, UserAdminRead, Sotrudnik,
//     ...), by the struct's own fields, which name two identifying
//     categories (Subscriber{Email, Name}; a pd tag's category counts,
//     pd:"-" does not), and in //hrvet:anonymous structs. In a request
//     or response body (ForgotPasswordRequest{Email}, ResendOTPInput
//     {Phone}) e-mail and phone fields count. Organisations, places and
//     mail settings (Company, Department, SMTPConfig) never become
//     person-like; package internal/classify lists the words.
//
// The tag wins over the config, and the config over inference.
//
// pdfields reports:
//
//   - an unknown category, with a suggested fix to the nearest valid ID:
//
//     Phone string `pd:"phonenumber"` // unknown personal-data category "phonenumber" in pd tag; did you mean "phone"?
//
//   - a pd tag that reflect.StructTag would silently ignore (`pd:phone`),
//     an empty one, or one with options;
//
//   - a malformed or misplaced //hrvet: directive (see package
//     github.com/hrvet/hrvet/internal/directive for the syntax), a
//     //hrvet:consent on a function whose last result is neither error
//     nor bool, and a //hrvet:authorize on a function that neither
//     returns error or bool nor is or returns a middleware (see
//     AuthorizeResult for the shapes).
//
// Problems in .hrvet.yaml are not diagnostics but errors: they name the
// file, line and key, and stop the run with exit code 1.
//
// # Flags
//
// -pdfields.settings takes the text of a .hrvet.yaml, which then replaces
// every .hrvet.yaml, for drivers whose analyses cannot read the file:
// Bazel's nogo runs each in a sandbox that holds only declared inputs,
// and passes flags from its config instead (docs/nogo.md). Its problems
// name the flag where a file's name would be: "-pdfields.settings:2:
// colour: unknown key". The golangci-lint plugin's settings, when given,
// win over the flag.
//
// # Facts and result
//
// pdfields exports, for each package, one fact listing a FieldFact for
// every personal field, a FuncFact for every function with a role
// (consent check, sink, basis, redactor, anonymizer, authorization check,
// decision, review) and
// a TypeFact for struct types with //hrvet:anonymous or //hrvet:basis, so
// the marks hold in every package that imports them, under go vet too.
// One package fact rather than an object fact per mark: the checker copies
// every fact of every dependency into each package, which for object facts
// grows with the square of an import chain's depth (see
// internal/objfacts). Its result, a *Catalog, answers the same questions
// for the analyzers of the package being analyzed, reading the imported
// facts on first use, and also resolves config sources for types of other
// modules, which are analyzed without the user's config. It also hands on
// the config's roles: (Catalog.Roles, Catalog.Role), the categories each
// role's function needs, for the access analyzer.
//
// Fields declared in struct types inside function bodies are marked for
// the package itself but cannot be named by facts, nor can unexported
// functions; that does not matter, since no other package can refer to
// them.
package pdfields

const doc = `report malformed pd tags and hrvet directives

pdfields decides which struct fields are personal data (pd tag, .hrvet.yaml,
name inference) and which functions are consent checks, sinks, legal bases,
redactors, anonymizers, authorization checks, decisions and reviews, and
exports that as facts for the other hrvet analyzers. It reports unknown
categories, malformed pd tags and malformed or misplaced //hrvet:
directives.`
