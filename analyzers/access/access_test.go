package access_test

import (
	"testing"

	"github.com/hrvet/hrvet/analyzers/access"
	"github.com/hrvet/hrvet/internal/vettest"
)

func TestMain(m *testing.M) { vettest.Main(m, access.Analyzer) }

// TestNetHTTP checks handlers of net/http: writes into the
// ResponseWriter in every form, authorization in the handler and in a
// helper's callers, middleware wrapping the handler or the whole mux.
func TestNetHTTP(t *testing.T) {
	vettest.Run(t, "testdata", access.Analyzer, "nethttp")
}

// TestGin checks gin's groups, Use and middleware in the route.
func TestGin(t *testing.T) {
	vettest.Run(t, "testdata", access.Analyzer, "ginapp")
}

// TestRoles checks need to know: roles: in .hrvet.yaml, special
// categories under a role with no entry, json:"-" and MarshalJSON.
func TestRoles(t *testing.T) {
	vettest.Run(t, "testdata", access.Analyzer, "roles")
}

// TestCrossPackage checks handlers registered by another package: the
// finding stands at the registration, in go vet's mode too, where only
// the direct imports' facts arrive.
func TestCrossPackage(t *testing.T) {
	vettest.Run(t, "testdata", access.Analyzer, "crosspkg/...")
}

// TestCrossOpen checks handlers a package registers on the router
// group its caller passes (h.RegisterRoutes(api)): the finding stands
// where the caller passes a group no authorization guards, in go vet's
// mode too.
func TestCrossOpen(t *testing.T) {
	vettest.Run(t, "testdata", access.Analyzer, "crossopen/...")
}

// TestFrameworks checks echo, chi with go-chi/render, and fiber.
func TestFrameworks(t *testing.T) {
	vettest.Run(t, "testdata", access.Analyzer, "echoapp", "chiapp", "fiberapp")
}

// TestGRPC checks gRPC server methods: the response a method returns,
// its registration behind interceptors or none, checks in the method.
func TestGRPC(t *testing.T) {
	vettest.Run(t, "testdata", access.Analyzer, "grpcapp/...")
}
