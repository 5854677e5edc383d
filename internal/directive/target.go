package directive

import "slices"

// TargetKind is the kind of syntax a directive can sit on.
type TargetKind int

// The targets of SPEC section 3. The zero TargetKind is no target.
const (
	FuncTarget            TargetKind = iota + 1 // *ast.FuncDecl: a func or method
	InterfaceMethodTarget                       // *ast.Field in an interface type, with a name
	StructFieldTarget                           // *ast.Field in a struct type, named or embedded
	StructTypeTarget                            // *ast.TypeSpec whose type is a struct type literal
	StatementTarget                             // ast.Stmt in a function body
)

// String returns the kind as messages name it: "func", "statement", ...
func (k TargetKind) String() string {
	switch k {
	case FuncTarget:
		return "func"
	case InterfaceMethodTarget:
		return "interface method"
	case StructFieldTarget:
		return "struct field"
	case StructTypeTarget:
		return "struct type"
	case StatementTarget:
		return "statement"
	}
	return "nothing"
}

// article returns k's name with "a" or "an" in front.
func (k TargetKind) article() string {
	if k == InterfaceMethodTarget {
		return "an " + k.String()
	}
	return "a " + k.String()
}

// targets lists, for each verb but ignore, the kinds it may sit on.
var targets = map[Verb][]TargetKind{
	Consent:   {FuncTarget},
	Sink:      {FuncTarget, InterfaceMethodTarget},
	Basis:     {FuncTarget, StatementTarget, StructFieldTarget, StructTypeTarget},
	Redact:    {FuncTarget},
	Anonymous: {StructTypeTarget},
	Anonymize: {FuncTarget},
	Authorize: {FuncTarget},
	Decision:  {FuncTarget},
	Review:    {FuncTarget},
}

// Applies reports whether a directive with verb v may sit on a target of
// kind k. Ignore sits on lines, not on syntax, and applies to no kind.
func Applies(v Verb, k TargetKind) bool {
	return slices.Contains(targets[v], k)
}

// placesFor describes where v belongs, for the "put it on ..." half of a
// message.
func placesFor(v Verb) string {
	switch v {
	case Consent, Redact, Anonymize, Authorize, Decision, Review:
		return "a func or method"
	case Sink:
		return "a func, method or interface method"
	case Basis:
		return "a func, statement, struct field or struct type"
	case Anonymous:
		return "a struct type"
	}
	return "the reported line or the line above it"
}
