package consent_test

import (
	"path/filepath"
	"testing"

	"github.com/hrvet/hrvet/analyzers/consent"
	"github.com/hrvet/hrvet/internal/vettest"
)

func TestMain(m *testing.M) { vettest.Main(m, consent.Analyzer) }

// testdata is the flow engine's corpus, shared by consent and logleak.
var testdata = filepath.Join("..", "..", "internal", "flow", "testdata")

// TestConsent checks the corpus under analysistest and again under go
// vet, where only the facts of direct imports arrive.
func TestConsent(t *testing.T) {
	vettest.Run(t, testdata, consent.Analyzer, "consent/...")
}

// TestLayered checks data, consent checks, sinks and wrappers declared two
// and three imports below their use (testdata/layered).
func TestLayered(t *testing.T) {
	vettest.Run(t, filepath.Join("..", "..", "testdata", "layered"), consent.Analyzer, "layered/consent/...")
}

// TestMailSDKs checks the mail, SMS, chat, error-tracker and payment
// sinks of the catalogue on reproductions of real leaks (testdata/src/mailsdks), with
// stubs of the libraries under their real import paths.
func TestMailSDKs(t *testing.T) {
	vettest.Run(t, "testdata", consent.Analyzer, "mailsdks/...")
}

// TestRealCode checks reproductions of leaks in public back ends whose
// data are personal by inference alone (testdata/src/realcode): nothing
// in them is tagged.
func TestRealCode(t *testing.T) {
	vettest.Run(t, "testdata", consent.Analyzer, "realcode/...")
}
