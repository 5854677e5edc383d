package flow

import (
	"go/types"

	"github.com/hrvet/hrvet/internal/sinks"
	"golang.org/x/tools/go/ssa"
)

// exposeKind is the sink kind of a request handler's response: what the
// person using the system is shown (SPEC section 5, Labour Code art. 88
// p.5).
const exposeKind = sinks.Expose

// evaluateExpose decides whether an authorization check covers personal
// data written into a response: one whose success branch dominates the
// sink here (auth), or one inside the wrappers the data went through
// (spec.role). Whether a middleware in front of the handler covers it is
// decided at the registrations, after the package's functions are
// analysed (see routes.go). A covered flow keeps its role, so that the
// access analyzer can check what the role needs to know.
func evaluateExpose(spec sinkSpec, auth []*check) (Guard, Problem) {
	if len(auth) > 0 {
		c := auth[0]
		return Guard{Kind: ByAuthorization, Role: c.purpose, Pos: c.instr.Pos(), Check: c.name}, OK
	}
	if spec.role != "" {
		return Guard{Kind: ByAuthorization, Role: spec.role}, OK
	}
	return Guard{}, Unguarded
}

// responseSink names the sink of data written into an HTTP response.
const responseSink = "(net/http.ResponseWriter).Write"

// responseTarget reports whether argument a of a call the engine does
// not know (rooted at r) is an http.ResponseWriter: what the call is
// given besides is written into the response (fmt.Fprintf(w, ...),
// io.WriteString(w, s), io.Copy(w, f), tmpl.Execute(w, data),
// w.Write(b), http.Error(w, msg, code)).
func responseTarget(a, r ssa.Value, c *callee) (sinkTarget, bool) {
	if !isResponseWriter(a.Type()) && !isResponseWriter(r.Type()) {
		return sinkTarget{}, false
	}
	return sinkTarget{entry: sinkSpec{kind: exposeKind, sink: responseSink}, name: c.name()}, true
}

// isResponseWriter reports whether t is net/http.ResponseWriter.
func isResponseWriter(t types.Type) bool {
	return isNamed(t, "net/http", "ResponseWriter")
}

// wrapsWriter reports whether a call's result of type t writes into the
// writer the call was given: an encoder or a writer built on it
// (json.NewEncoder(w), csv.NewWriter(w), gzip.NewWriter(w)).
func wrapsWriter(t types.Type) bool {
	if _, ok := t.(*types.Tuple); ok {
		return false
	}
	return writerType(t) || isNamed(t, "io", "Writer") || isNamed(t, "io", "WriteCloser")
}

// authorizer says whether the unit's function checks authorization: a
// wrapper that passes on an authorization check's answer (as
// consentWrapper describes for consent), or else a function that itself,
// or in a closure it makes, asks an authorization check and looks at the
// answer: a middleware, or a factory returning one
// (func Require(role string) gin.HandlerFunc). The role is the check's,
// or the parameter that passes it.
func (u *unit) authorizer() []AuthParam {
	if found, form := u.wrapped(true); found != nil {
		return []AuthParam{authParam(found, form)}
	}
	for _, fn := range u.fns {
		for _, c := range u.checks[fn] {
			if c.auth && c.used {
				return []AuthParam{authParam(c, resultMiddleware)}
			}
		}
	}
	return nil
}

func authParam(c *check, form string) AuthParam {
	ap := AuthParam{Role: c.purpose, RoleParam: c.purposeParam, Result: form}
	if ap.Role != "" {
		ap.RoleParam = -1
	}
	return ap
}
