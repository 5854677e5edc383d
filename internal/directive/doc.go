// Package directive parses hrvet's //hrvet: directive comments (SPEC
// section 3) and attaches each to the syntax it annotates.
//
// # Syntax
//
// A directive is a line comment that starts exactly with "//hrvet:", like
// //go:generate: no space after the slashes, the verb right after the
// colon, arguments separated by white space.
//
//	//hrvet:consent [purpose=<p>]
//	//hrvet:sink <kind> [purpose=<p>]      kind: transfer, commercial, log, store, expose
//	//hrvet:basis <citation>               free text, required
//	//hrvet:redact
//	//hrvet:anonymous
//	//hrvet:anonymize
//	//hrvet:authorize [role=<r>]
//	//hrvet:decision
//	//hrvet:review
//	//hrvet:ignore <analyzer>[,<analyzer>] <reason>
//
// Verbs, kinds, option keys and analyzer names are case-sensitive, lower
// case. A purpose or a role is one word of letters, digits, '_', '-' and
// '.'; it is kept as written, and given at most once. consent and sink take
// only purpose=, authorize only role=. The sink's kind and its purpose may
// come in either order. A citation or reason is everything after the
// verb (or after the analyzer list), with surrounding space trimmed. The
// analyzers of an ignore are kept in the order written, each at most once,
// comma-separated without spaces. Analyzers lists the names an ignore may
// use; it includes access, the analyzer that checks what
// //hrvet:authorize guards.
//
// The sink kind expose is an extension of SPEC section 3, which lists only
// transfer, commercial, log and store: expose is the built-in kind of SPEC
// section 5 for what a request handler shows the person using the system,
// and //hrvet:sink expose lets a user declare their own response helper
// one.
//
// A malformed directive is an Error at the directive, never skipped: an
// unknown verb, sink kind or analyzer (with the nearest known one as a
// suggested fix when it is a plausible typo), a missing or extra argument,
// an empty, repeated or unknown option. Look-alikes are errors too, when
// the word after the colon is a verb or close to one (prose that merely
// starts with "hrvet:" is left alone), each with a fix that writes the
// prefix as //hrvet: (see lookalike.go): "// hrvet:<verb>" with space after
// the slashes; a colon that only looks like one ("//hrvet：ignore", with
// U+FF1A FULLWIDTH COLON, as a Chinese or Japanese input method types it);
// Cyrillic or full-width letters in "hrvet" ("//hrvеt:", with a Cyrillic
// е). A /*hrvet:...*/ block comment is an error as well. "//HRVET:" is
// another prefix, not a typo, and stays an ordinary comment.
//
// # Placement
//
// Declarations take the directives in their doc comment group, the group
// the parser attaches as Doc (it must end on the line directly above the
// declaration; gofmt moves directives to the end of a doc comment, which
// is fine):
//
//   - a func or method: FuncDecl.Doc;
//   - a struct type: GenDecl.Doc of a lone "type T struct{...}", or
//     TypeSpec.Doc inside a "type ( ... )" group. Only a struct type
//     literal is a struct type here; "type T U" is not, even when U is a
//     struct, since that needs type information and the directive belongs
//     on U. The doc of a whole "type ( ... )" group applies to no type;
//   - a struct field or interface method: Field.Doc, or the field's
//     trailing line comment (Field.Comment), so a field may end in
//     //hrvet:basis. Embedded struct fields are fields; embedded
//     interfaces and constraint elements are not methods.
//
// A statement takes a directive whose comment group ends on the line
// directly above it, inside a function body (closures included). The
// statement is the first statement of a statement list (a block, a case or
// select clause, a labelled statement) that starts on that line; where
// statements nest on one line ("if err := send(p); err != nil {"), that is
// the outermost, so the directive covers the whole line. A var or const
// declaration inside a function is a statement.
//
// Every other non-ignore directive is an error: one on a declaration it
// does not apply to (consent on a struct type, anonymous on a func, any
// directive on a var declaration at package level), one ending a line of
// code (outside the field rule above), one floating above a blank line, a
// closing brace or a comment, and a second directive with the same verb on
// one target.
//
// An ignore covers one line. Ending a line of code, it covers that line;
// on a line of its own, it covers the line after its comment group, which
// must hold code. Two ignores naming the same analyzer for one line are an
// error. Lines are counted in the file as written: //line directives do
// not move them. The flow analyzers ask File.Suppressor whether a
// diagnostic is suppressed and record which ignores they used; an ignore
// is identified by its Pos.
//
// Scan costs one pass over the comments of a file without directives; with
// directives, one walk of the syntax tree, with a binary search per node
// over the few lines that hold or follow a directive.
package directive
