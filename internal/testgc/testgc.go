// Package testgc, imported for its side effect by the tests that analyse
// code, lets the garbage collector run less often in the test process and
// in the processes it starts (go vet with the test binary as its tool,
// hrvet, the go command).
//
// Those tests load the standard library from source again and again, and
// with Go's default target (GOGC=100) a two-core machine spent much of the
// suite's time collecting: `go test ./...` took 5m43s, and 3m18s to 3m30s
// with GOGC=400, the value set here. The price is memory: the largest
// test process peaked at about 2 GB. No memory limit is set: with
// GOMEMLIMIT at 3 GiB, and again at 6 GiB, the suite took 5m36s and 5m02s,
// so it was not worth having. A GOGC already in the environment is left
// as it is.
package testgc

import (
	"os"
	"runtime/debug"
	"strconv"
)

// percent is the collector's target for each process.
const percent = 400

func init() {
	if os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(percent)
	// The environment carries the target to the processes the tests
	// start; failing to set it leaves them the default, nothing worse.
	_ = os.Setenv("GOGC", strconv.Itoa(percent))
}
