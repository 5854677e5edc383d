package flow

import (
	"os"
	"os/exec"
	"testing"
)

// TestStrictEnv checks that HRVET_STRICT=1 in the environment makes the
// engine strict from the start, by running this test binary again with
// it set and asking the child to check.
func TestStrictEnv(t *testing.T) {
	if os.Getenv("HRVET_STRICT_CHILD") == "1" {
		if !strict {
			t.Fatalf("%s=1 did not make the engine strict", strictEnv)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestStrictEnv$")
	cmd.Env = append(os.Environ(), strictEnv+"=1", "HRVET_STRICT_CHILD=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}
