//go:build race

package vettest

// raceDetector is true when the test binary is built with -race. The
// binary is then a tenfold slower vet tool, go vet runs it once for every
// package of the standard library, and what the comparison checks (which
// facts reach which package) does not depend on timing: Compare leaves it
// to the run without -race. analysistest's half still runs, with the
// checker's analyses in parallel goroutines for the detector to watch.
const raceDetector = true
