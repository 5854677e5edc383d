package inventory

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"github.com/hrvet/hrvet/annotations"
)

// Record is the Analyzer's result: what one package keeps and where it
// sends it. Positions are absolute; Merge makes them relative.
type Record struct {
	Package   string     // the package's import path
	Fields    []Field    // personal fields declared in the package, or read there from other packages
	Flows     []Flow     // flows of personal data to sinks that originate in the package
	Exposures []Exposure // the flows of kind expose again, one for each way requests reach the handler
	Roles     []Role     // the roles: entries of the .hrvet.yaml in force for the package
	Decisions []Decision // the calls of HR decisions in the package
	Ignores   []Ignore   // the package's //hrvet:ignore directives
	Calls     []Call     // personal data passed to calls of other modules hrvet does not know
}

// Field is a struct field holding personal data.
type Field struct {
	Name     string               `json:"name"`    // "Employee.Phone"; fields of nested struct literals: "Candidate.Contact.Phone"
	Package  string               `json:"package"` // the package declaring the field
	Category annotations.Category `json:"category"`
	Class    string               `json:"class"` // personal, special or forbidden
	Marked   Mark                 `json:"marked"`
	Basis    string               `json:"basis"` // the //hrvet:basis citation on the field or its type; "" for none
	Pos      Position             `json:"pos"`   // the field's declaration
}

// Mark says how a field came to be marked as personal data.
type Mark struct {
	By     string    `json:"by"`               // "tag", "config" or "inferred"
	Config *Position `json:"config,omitempty"` // by config: the sources entry in .hrvet.yaml
	Source string    `json:"source,omitempty"` // inferred: the name matched ("name", "json", "db", ...)
	Term   string    `json:"term,omitempty"`   // inferred: the dictionary term that matched
}

// Flow is personal data reaching a sink.
type Flow struct {
	Pos     Position `json:"pos"`     // the call that hands the data over
	Package string   `json:"package"` // the package of the call
	Func    string   `json:"func"`    // the function holding the call, "(*Server).Notify"; "" at package level
	Data    []Datum  `json:"data"`    // sorted by field name
	Sink    Sink     `json:"sink"`
	Guard   Guard    `json:"guard"`
	// Status is "ok", or what is wrong: "unguarded", "purpose-mismatch",
	// "needs-commercial-consent", "other-subject", "beyond-need-to-know";
	// or, for an expose flow judged where its handler is registered,
	// "deferred" (see the Status constants).
	Status string `json:"status"`
	// Excess are, for an expose flow of status beyond-need-to-know, the
	// data a role that guards it does not need.
	Excess []Datum `json:"excess,omitempty"`
	// Suppressed is the //hrvet:ignore that keeps the analyzer from
	// reporting a flow that is not ok; nil if none does.
	Suppressed *Position `json:"suppressed,omitempty"`
}

// Datum is one personal field in a flow.
type Datum struct {
	Field    string               `json:"field"` // "Employee.Phone"
	Category annotations.Category `json:"category"`
}

// Sink is where a flow's data leave the program.
type Sink struct {
	Name    string   `json:"name"` // as types.Func.FullName prints it
	Kind    string   `json:"kind"` // transfer, commercial, log, store or expose
	Purpose string   `json:"purpose,omitempty"`
	Via     []string `json:"via,omitempty"` // the wrappers called on the way, outermost first
}

// Guard kinds, as Guard.Kind spells them.
const (
	GuardConsent  = "consent"  // a consent check dominates the call
	GuardBasis    = "basis"    // a //hrvet:basis covers it
	GuardRedactor = "redactor" // the data pass through a redactor first
	// GuardAuthorization: an authorization check in the handler (or in
	// a helper on the way to the response) dominates an expose call.
	GuardAuthorization = "authorization"
	// GuardMiddleware: an authorising middleware stands in front of the
	// handler of an expose call, on every route that reaches it.
	GuardMiddleware = "middleware"
	GuardNone       = "none"
)

// Flow statuses, as Flow.Status and Exposure.Status spell them, besides
// the problems of consent and logleak ("purpose-mismatch", ...).
const (
	StatusOK        = "ok"
	StatusUnguarded = "unguarded" // no consent check, basis, redactor or authorization
	// StatusBeyondNeed: an expose flow whose guarding role does not
	// need some of the data, per roles: in .hrvet.yaml.
	StatusBeyondNeed = "beyond-need-to-know"
	// StatusDeferred: an expose flow judged where its handler is
	// registered: by an importing package, or on a router that comes
	// from a parameter, whose middleware its callers add. Not a problem
	// here; the access analyzer reports nothing for it.
	StatusDeferred = "deferred"
)

// NotCovered reports whether a flow, exposure or decision of status is
// not lawful as written: it is neither ok, deferred nor reviewed. The
// analyzers report such a flow unless an //hrvet:ignore suppresses it.
func NotCovered(status string) bool {
	return status != StatusOK && status != StatusDeferred && status != StatusReviewed
}

// Guard is what makes a flow lawful, or what was found that fails to.
type Guard struct {
	// Kind is GuardConsent, GuardBasis, GuardRedactor,
	// GuardAuthorization, GuardMiddleware or GuardNone.
	Kind string `json:"kind"`
	// Check is the consent check (for GuardNone, one that does not cover
	// the flow, when the problem is another person's consent); for
	// GuardAuthorization the authorization check ("" when it is inside
	// the wrappers the data pass through, Sink.Via), and for
	// GuardMiddleware the middleware, as the access analyzer names them.
	// An expose flow behind different middleware on different routes
	// names the first route's; Inventory.Exposures has each.
	Check string `json:"check,omitempty"`
	// Purposes are the purposes of the consent checks: the one that
	// covers the flow, or those that do not. "" is an unknown purpose.
	Purposes []string `json:"purposes,omitempty"`
	Citation string   `json:"citation,omitempty"` // GuardBasis
	Redactor string   `json:"redactor,omitempty"` // GuardRedactor
	// Role is the role the authorization checks, for GuardAuthorization
	// and GuardMiddleware; "" when it is not known.
	Role string `json:"role,omitempty"`
}

// Exposure is one way personal data are shown in the response of a
// request handler: an expose flow and one route that reaches its
// handler, or, when no route of the package does, the flow alone.
type Exposure struct {
	Pos     Position `json:"pos"`     // the call that writes the data into the response (for a handler of another package, its registration)
	Package string   `json:"package"` // the package of the call
	Func    string   `json:"func"`    // the function holding the call, as Flow.Func
	Handler string   `json:"handler"` // the handler, as types.Func.FullName prints it; "" when not known
	Route   Route    `json:"route"`
	Data    []Datum  `json:"data"` // sorted by field name
	Sink    Sink     `json:"sink"` // as the flow's
	// Guard is the authorization in front of the data on this way:
	// GuardAuthorization, GuardMiddleware or GuardNone.
	Guard Guard `json:"guard"`
	// Status is StatusOK, StatusUnguarded, StatusBeyondNeed or
	// StatusDeferred.
	Status string `json:"status"`
	// Excess are, for StatusBeyondNeed, the data the guard's role does
	// not need.
	Excess []Datum `json:"excess,omitempty"`
	// Needs are, for StatusBeyondNeed, the categories the role's entry
	// in roles: lists; empty when roles: has no entry for the role.
	Needs []annotations.Category `json:"needs,omitempty"`
	// Suppressed is the //hrvet:ignore that keeps the access analyzer
	// from reporting an exposure that is not covered; nil if none does.
	Suppressed *Position `json:"suppressed,omitempty"`
}

// How requests reach a handler, as Route.Registered spells it.
const (
	RegisteredRoute      = "route"      // a registration of the package: method, path, middleware
	RegisteredCall       = "call"       // a call of the handler by a function of the package, after an authorization check
	RegisteredImporter   = "importer"   // no route here; an importing package may register the handler, and is judged there
	RegisteredUnfollowed = "unfollowed" // the handler's value goes where registrations cannot be followed (Why)
	RegisteredNone       = "none"       // no route of the package reaches the handler
)

// Route is how requests reach the handler of an exposure.
type Route struct {
	Registered string    `json:"registered"`       // RegisteredRoute, RegisteredCall, ...
	Method     string    `json:"method,omitempty"` // "GET"; "" when the registration has none
	Path       string    `json:"path,omitempty"`   // "/employees/{id}"
	Pos        *Position `json:"pos,omitempty"`    // the registering call, or the call of the handler
	// Handler is the function registered or calling, when it is not the
	// exposure's handler (the handler is called by it).
	Handler string `json:"handler,omitempty"`
	// Open is set when the route is registered on a router that comes
	// from a parameter: the middleware its callers add is not seen here.
	Open bool   `json:"open,omitempty"`
	Why  string `json:"why,omitempty"` // RegisteredUnfollowed: where the handler's value goes ("stored in a map")
}

// Role is an entry of roles: in .hrvet.yaml: the categories of personal
// data that the people acting in the role need (Labour Code art. 88 p.5).
type Role struct {
	Name       string                 `json:"role"`
	Categories []annotations.Category `json:"categories"` // in the order written; empty with All
	All        bool                   `json:"all"`        // [all]: the role needs every category
	Config     Position               `json:"config"`     // the entry; "" for the golangci-lint plugin's settings
}

// Ignore is an //hrvet:ignore directive.
type Ignore struct {
	Pos       Position `json:"pos"`
	Package   string   `json:"package"`
	Analyzers []string `json:"analyzers"`
	Reason    string   `json:"reason"`
}

// Position is a place in a source file. Its JSON form is the string
// "file:line:col", as go vet -json prints positions.
type Position struct {
	File         string
	Line, Column int // 1-based; 0 when unknown
}

// String returns "file:line:col", leaving out a column or line of 0.
func (p Position) String() string {
	s := p.File
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
		if p.Column > 0 {
			s += ":" + strconv.Itoa(p.Column)
		}
	}
	return s
}

// FileLine returns "file:line", for readers.
func (p Position) FileLine() string {
	return Position{File: p.File, Line: p.Line}.String()
}

// MarshalText implements encoding.TextMarshaler.
func (p Position) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler: it reads what
// MarshalText writes. The file name may itself hold colons.
func (p *Position) UnmarshalText(text []byte) error {
	s := string(text)
	var nums []int
	for len(nums) < 2 {
		i := strings.LastIndexByte(s, ':')
		if i < 0 {
			break
		}
		n, err := strconv.Atoi(s[i+1:])
		if err != nil || n < 0 {
			break
		}
		nums = append(nums, n)
		s = s[:i]
	}
	if s == "" && len(text) > 0 {
		return fmt.Errorf("position %q: no file name", text)
	}
	*p = Position{File: s}
	switch len(nums) {
	case 1:
		p.Line = nums[0]
	case 2:
		p.Line, p.Column = nums[1], nums[0]
	}
	return nil
}

// compare orders positions by file, line and column.
func (p Position) compare(q Position) int {
	if c := strings.Compare(p.File, q.File); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(p.Line, q.Line), cmp.Compare(p.Column, q.Column))
}
