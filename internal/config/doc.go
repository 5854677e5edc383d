// Package config reads hrvet's configuration file, .hrvet.yaml (SPEC
// section 4), and the same settings passed by the golangci-lint plugin.
//
// # Discovery
//
// [Find] walks up from a package's directory to the directory holding
// go.mod, inclusive, and returns the first .hrvet.yaml it meets. A file
// above the module root is never used: a module's findings must not depend
// on where it is checked out. Without a go.mod the walk stops at the
// filesystem root. [Load] adds parsing and a cache keyed by path (and the
// file's size and modification time), so the analyzers, which run in
// parallel goroutines, read and parse each file once.
//
// # Strictness
//
// [Parse] rejects anything it does not understand, and each problem
// becomes an [*Error] naming the file, line and key, with a message that
// says what to write instead. All problems of a file are reported
// together, in document order, as an [ErrorList]; a YAML syntax error
// stops decoding at once. Choices where the SPEC is silent:
//
//   - version is required and must be the integer 1. An empty file, or one
//     holding only comments, is therefore an error ("version: missing"),
//     not a silent default.
//   - Scalars must have the YAML type the key expects: infer: "yes" or
//     infer: 1 is an error, as is a number where a string is expected
//     (quote it).
//   - A list key with no value (sinks: or sinks: ~) is an empty list, so
//     entries can be commented out.
//   - Duplicate mapping keys are errors, as is listing the same function
//     (or the same type and field) twice in one section.
//   - YAML aliases (*name) and merge keys (<<) are rejected: they buy little
//     in a short file and would let a tiny file expand exponentially.
//   - More than one YAML document (---) in the file is an error.
//   - Function names use the types.Func.FullName form (see [FuncName]).
//     Type parameters on a generic receiver, (*p.List[T]).Push, are
//     accepted and dropped: the canonical form is (*p.List).Push, which is
//     how every instantiation is matched. Wildcards are not accepted.
//   - safe: is a key SPEC section 4 does not have: a list of {func: ...}
//     naming calls into other modules that are known not to pass personal
//     data out of the program (a formatter, a validator, an SDK's local
//     helper). 'hrvet inventory' lists the calls of other modules that
//     take personal data and that hrvet knows nothing about, so that a
//     team declares each one, in review, as a sink (sinks:) or as safe;
//     a safe call is no longer listed there. It changes no finding: a
//     call hrvet does not know already passes its arguments through to
//     its results, and still does. Its names are checked like the other
//     lists' (canonical form, no duplicates), and a function listed both
//     as a sink and as safe is an error, since the two contradict each
//     other. It is the last of the keys an unknown key's message lists.
//   - A purpose is one word of letters, digits, '-', '_' and '.', as in the
//     purpose=<p> argument of the directives. A citation is free text on
//     one line.
//   - authorize: is a list of {func, role}, as consent: is of {func,
//     purpose}. The role is optional and follows the purpose's rule, but
//     unlike a purpose it may be the empty string, as in the SPEC's
//     example: role: "" says, as leaving it out does, that the role is a
//     constant string argument at each call.
//   - roles: maps each role name to the categories the function of the
//     people in that role needs. A role name is one word, as in
//     //hrvet:authorize role=<r>, and appears once. Its value is a list of
//     category IDs, each at most once (a misspelt one gets the nearest ID
//     as a suggestion), or all, which stands for every category: written
//     [all], as in the SPEC, or all alone; all mixed with IDs is an error.
//     An empty list, or no value, is an error rather than a role that may
//     see nothing: such an entry is more likely unfinished. [Config.Roles]
//     keeps the order of the file. A role that authorize: entries or
//     directives name need not have an entry here, nor is an entry's name
//     checked against them: SPEC section 6 gives a role without an entry
//     the authorization check alone.
//   - decisions: and reviews: are lists of {func: ...}, like redact:, and
//     do what //hrvet:decision and //hrvet:review do. A function listed in
//     both is an error: its every call would approve itself. Whether a
//     review returns error or bool, as it must, is checked by the pdfields
//     analyzer, which sees the function's type.
//
// # YAML library
//
// Decoding uses go.yaml.in/yaml/v4, maintained by the YAML organisation.
// The file is loaded as a yaml.Node tree and walked by hand rather than
// decoded into structs: that gives the line of every key and value, lets
// unknown keys, duplicate keys, aliases and wrongly typed scalars be
// reported precisely, and never panics on odd input.
//
// # golangci-lint
//
// [FromMap] accepts the plugin's settings (map[string]any), re-encodes
// them as YAML and applies the same validation. Line numbers do not exist
// there, so those errors name the key only, and a map has no order, so
// the roles come sorted by name. The plugin hands the result to
// [SetOverride], after which [Load] returns it for every package instead
// of searching for a file.
package config
