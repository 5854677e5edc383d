package flow

import (
	"go/types"

	"github.com/hrvet/hrvet/annotations"
	"golang.org/x/tools/go/ssa"
)

// sourceFunc is a function of another module whose results are a
// person's data read from a protocol message: an origin at the call,
// like a personal field read. Its results carry nothing else.
type sourceFunc struct {
	name string // how messages name the data
	cat  annotations.Category
}

// radiusUserName is the User-Name attribute of a RADIUS request: the
// login name of the person asking for access (RFC 2865 section 5.1).
var radiusUserName = sourceFunc{"RADIUS User-Name", annotations.Name}

// sourceFuncs are the source functions, by full name. Each is checked
// against the library (TestSourceFuncsAPI).
var sourceFuncs = map[string]sourceFunc{
	"layeh.com/radius/rfc2865.UserName_Get":          radiusUserName,
	"layeh.com/radius/rfc2865.UserName_GetString":    radiusUserName,
	"layeh.com/radius/rfc2865.UserName_Gets":         radiusUserName,
	"layeh.com/radius/rfc2865.UserName_GetStrings":   radiusUserName,
	"layeh.com/radius/rfc2865.UserName_Lookup":       radiusUserName,
	"layeh.com/radius/rfc2865.UserName_LookupString": radiusUserName,
}

// sourceCall sets the results of a call of source function sf: the first
// is an origin of its data; an error result carries nothing.
func (u *unit) sourceCall(sf sourceFunc, instr ssa.Instruction, result ssa.Value) {
	if result == nil {
		return
	}
	id, ok := u.origin(srcKey{at: instr, kind: keySourceFunc}, func() source {
		return source{pos: instr.Pos(), data: []carried{{name: sf.name, cat: sf.cat}}, root: result}
	})
	if !ok {
		return
	}
	if _, ok := result.Type().(*types.Tuple); ok {
		u.setTuple(result, 0, labelSet{{src: id}})
		return
	}
	u.set(result, labelSet{{src: id}})
}
