package flow

import (
	"fmt"
	"slices"
	"testing"
)

// TestChainVia checks that a wrapper chain deeper than maxVia keeps its
// first wrappers and the one that calls the sink, and stays bounded
// however deep it grows.
func TestChainVia(t *testing.T) {
	if got := chainVia("a", []string{"b", "c"}); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("short chain: %q", got)
	}
	var chain []string // from the sink's caller outwards, as summaries build it
	for i := 20; i >= 0; i-- {
		chain = chainVia(fmt.Sprintf("w%d", i), chain)
		if len(chain) > maxVia {
			t.Fatalf("chain of depth %d has %d names: %q", 21-i, len(chain), chain)
		}
	}
	if chain[0] != "w0" || chain[len(chain)-1] != "w20" || chain[len(chain)-2] != "..." {
		t.Errorf("deep chain = %q, want w0 first, then ..., then w20, the sink's caller", chain)
	}
	if n := slices.Index(chain, "..."); n != maxVia-2 || slices.Index(chain[n+1:], "...") >= 0 {
		t.Errorf("deep chain = %q, want one ... before the last name", chain)
	}
}
