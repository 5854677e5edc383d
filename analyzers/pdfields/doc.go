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
//     //hrvet:consent or //hrvet:review on a function whose last result
//     is neither error nor bool, and a //hrvet:authorize on a function
//     that neither returns error or bool nor is or returns a middleware
//     (see AuthorizeResult for the shapes).
//
// Problems in .hrvet.yaml are not diagnostics but errors: they name the
// file, line and key, and stop the run with exit code 1. A consent:,
// authorize: or reviews: entry naming a function of the package that
// cannot answer yes or no is one of them.
//
// # Decisions and reviews
//
// An HR decision about an employee (Labour Code art. 86 p.6: dismissal,
// discipline, a change of pay or bonus, a transfer, the rejection of a
// candidate) is marked by //hrvet:decision or a decisions: entry; a human
// review of an automated proposal by //hrvet:review or a reviews: entry.
// A decision needs no particular signature. A review says whether the
// decision was approved, as a consent check says whether consent was
// given: its last result is error (nil = approved) or bool (true =
// approved), recorded as FuncFact.ReviewResult; any other review is
// reported at the directive, or is an error naming the config entry. A
// reviews: entry naming a function of another module is not checked (that
// package is never analysed with the config) and, if it cannot answer,
// has an empty ReviewResult and approves nothing.
//
// With inference on, pdfields also infers decisions from the names of the
// functions and methods the package declares, where no directive or
// config entry makes them a decision or a review. SPEC section 6 allows
// it only for functions given the person the decision is about, so a
// decision is inferred when both hold:
//
//   - The name, split into words as field names are (DismissEmployee,
//     dismiss_employee) and after an optional Auto, Bulk, Batch, Mass,
//     Try or Do, starts with a decision verb, and the verb's object, the
//     words after it up to a preposition (for, if, by, to, with ...),
//     fits the verb. Dismiss, Terminate, Fire, Lay off, Layoff, Furlough,
//     Reprimand, Discipline, Penalize: no object, or one ending in a
//     person (Employee, Staff, Worker, Candidate, User, Hire, ...), their
//     Contract or Employment, or All; so DismissForAbsence and
//     TerminateContract are decisions and FireEvent, TerminateSession
//     and DismissNotification are not. Suspend, Transfer, Promote,
//     Demote: the same, but an employee word (employee, emp, staff,
//     worker, personnel, sotrudnik, ...) must be in the name or the
//     subject's, since a user account is suspended and a replica
//     promoted far more often than an employee. Reject, Decline, Deny,
//     Refuse, Disqualify: a candidate, an applicant, an application, a
//     resume, in the name or the subject's. Rescind, Revoke, Withdraw,
//     Retract: an Offer (rejecting or declining an offer is the
//     candidate's answer, not a decision about them). Cut, Reduce,
//     Lower, Decrease, Withhold, Dock, Freeze, Suspend, Cancel, Revoke,
//     Deny, Refuse, Forfeit, Adjust, Increase, Raise, Award, Grant: an
//     object ending in Bonus, Salary, Pay, Wage, Compensation, Raise or
//     Incentive (CutBonus, not CutBonusPool). Deny, Refuse, Reject,
//     Decline: a Promotion. Setters (Set, Update, Change) and Approve are
//     not decision verbs: a setter stores what was decided elsewhere, and
//     approving is what a review does.
//   - A parameter other than the receiver is the subject: a
//     person-bearing value (a struct type with personal fields, or a
//     pointer, slice, array, map or channel of one, as PersonalFields
//     says), or a person's ID: an integer, a string, a type named like an
//     ID (EmployeeID, uuid.UUID) or a slice of them, whose name or type
//     name has an ID word (id, uuid, guid) right after a person word
//     (employeeID, empID, workerID, staffID, candidateID, applicantID,
//     personID, userID, emp_ids). A bare id counts when the name's object
//     (SuspendEmployee(ctx, id)) or the receiver's type name
//     (EmployeeService, CandidateHandler) says whose it is, through an
//     employee or candidate word (not user: a UserService's ids are
//     accounts'; not worker: a WorkerPool's workers are goroutines); the
//     package's name does not, since it covers every function of the
//     package whatever id each takes. The receiver is never the subject: a
//     (*Session).Terminate carries a user's e-mail but decides nothing
//     about them.
//
// An inferred decision has FuncFact.DecisionTerm, the words of the name
// that made it one ("dismiss", "reject candidate"), and, when it has no
// other role, From "inferred from the name <Name>"; a declared decision
// has no term. Names that say a decision in other ways (IssueReprimand,
// ProcessTermination) or in transliterated Russian verbs (Uvolit) are not
// inferred: mark them with the directive. The labelled names are in
// decisions_test.go.
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
// decision, declared or inferred, review) and
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
