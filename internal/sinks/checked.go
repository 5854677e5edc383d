package sinks

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
)

// The third-party entries are checked against the real libraries
// (TestRealAPI): testdata/apicheck/go.mod pins a version of each library,
// and the test loads those packages and looks up every entry there.
// docs/sinks.md states, for each row, the version it was checked against,
// read from that go.mod.

// ApicheckGoMod is the go.mod of the API check's module, relative to this
// package's directory.
const ApicheckGoMod = "testdata/apicheck/go.mod"

// uncheckedLibraries are the libraries of the catalogue that the API check
// does not pin, with why. Their entries follow the libraries' published
// sources.
var uncheckedLibraries = map[string]string{
	"github.com/segmentio/analytics-go/v3": "the module proxy does not serve it",
	"github.com/mixpanel/mixpanel-go":      "the module proxy does not serve it",
	"github.com/dukex/mixpanel":            "the module proxy does not serve it",
	"github.com/amplitude/analytics-go":    "the module proxy does not serve it",
	"github.com/casdoor/gomail/v2":         "the module proxy no longer serves it; checked against v2.2.0 in the module cache where it is there",
	"github.com/casdoor/go-sms-sender":     "the module proxy no longer serves it; checked against v0.25.0 in the module cache where it is there",
}

// notPinned are entries, or receivers ("(pkg.T)") all of whose entries,
// that the pinned version does not declare as the entry says, with why
// they are kept; the API check skips them.
var notPinned = map[string]string{
	"(github.com/redis/go-redis/v9.Cmdable)": "declared so in early v9 releases (v9.0.5, checked by hand), where `Cmdable` declared the commands itself; later ones declare them in `StringCmdable`, `HashCmdable` and the others",
	"(github.com/posthog/posthog-go.EnqueueClient).Enqueue": "no release the module proxy serves (v1.5.2 is the newest) declares `EnqueueClient`; " +
		"kept while the flow engine's test stub of posthog declares it",
	"(github.com/rs/zerolog.Logger).Print": "kept for the flow engine's test stub of zerolog, which declares it on the value receiver; " +
		"zerolog declares it on `*Logger` (v1.33.0, v1.35.1)",
	"(github.com/rs/zerolog.Logger).Printf": "kept for the flow engine's test stub of zerolog, which declares it on the value receiver; " +
		"zerolog declares it on `*Logger` (v1.33.0, v1.35.1)",
}

// notPinnedReason returns why the API check skips the entry fn, if it
// does.
func notPinnedReason(fn string) (string, bool) {
	if r, ok := notPinned[fn]; ok {
		return r, true
	}
	if dot := nameDot(fn); dot > 0 {
		r, ok := notPinned[fn[:dot]]
		return r, ok
	}
	return "", false
}

// cacheChecked are the unchecked libraries that the API check looks for
// in the module cache, at the version the modules that use them require.
var cacheChecked = map[string]string{
	"github.com/casdoor/gomail/v2":     "v2.2.0",
	"github.com/casdoor/go-sms-sender": "v0.25.0",
}

// A checkedModule is a module required by the API check's go.mod.
type checkedModule struct {
	Path, Version string
}

// checkedModules returns the modules that the API check's go.mod requires
// directly, sorted by path.
func checkedModules(gomod []byte) ([]checkedModule, error) {
	f, err := modfile.ParseLax(ApicheckGoMod, gomod, nil)
	if err != nil {
		return nil, err
	}
	var out []checkedModule
	for _, r := range f.Require {
		if !r.Indirect {
			out = append(out, checkedModule{r.Mod.Path, r.Mod.Version})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s requires no module directly", ApicheckGoMod)
	}
	slices.SortFunc(out, func(a, b checkedModule) int { return cmp.Compare(a.Path, b.Path) })
	return out, nil
}

// moduleOf returns the module among mods that provides the package pkg:
// the one with the longest path that is pkg or a prefix of it.
func moduleOf(pkg string, mods []checkedModule) (checkedModule, bool) {
	var best checkedModule
	for _, m := range mods {
		if (pkg == m.Path || strings.HasPrefix(pkg, m.Path+"/")) && len(m.Path) > len(best.Path) {
			best = m
		}
	}
	return best, best.Path != ""
}

// isStd reports whether pkg is a package of the standard library: its
// first element has no dot.
func isStd(pkg string) bool {
	first, _, _ := strings.Cut(pkg, "/")
	return !strings.Contains(first, ".")
}
