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
	Package string   // the package's import path
	Fields  []Field  // personal fields declared in the package, or read there from other packages
	Flows   []Flow   // flows of personal data to sinks that originate in the package
	Ignores []Ignore // the package's //hrvet:ignore directives
	Calls   []Call   // personal data passed to calls of other modules hrvet does not know
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
	// "needs-commercial-consent", "other-subject".
	Status string `json:"status"`
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
	Kind    string   `json:"kind"` // transfer, commercial, log or store
	Purpose string   `json:"purpose,omitempty"`
	Via     []string `json:"via,omitempty"` // the wrappers called on the way, outermost first
}

// Guard kinds, as Guard.Kind spells them.
const (
	GuardConsent  = "consent"  // a consent check dominates the call
	GuardBasis    = "basis"    // a //hrvet:basis covers it
	GuardRedactor = "redactor" // the data pass through a redactor first
	GuardNone     = "none"
)

// Guard is what makes a flow lawful, or what was found that fails to.
type Guard struct {
	Kind string `json:"kind"` // GuardConsent, GuardBasis, GuardRedactor or GuardNone
	// Check is the consent check (for GuardNone, one that does not cover
	// the flow, when the problem is another person's consent).
	Check string `json:"check,omitempty"`
	// Purposes are the purposes of the consent checks: the one that
	// covers the flow, or those that do not. "" is an unknown purpose.
	Purposes []string `json:"purposes,omitempty"`
	Citation string   `json:"citation,omitempty"` // GuardBasis
	Redactor string   `json:"redactor,omitempty"` // GuardRedactor
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
