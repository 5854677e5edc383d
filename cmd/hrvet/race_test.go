//go:build race

package main

// raceDetector is true when the test binary is built with -race. go vet
// runs the test binary as its vet tool over every dependency, the
// standard library's included, and race-built that takes minutes a run:
// the go vet tests run only without -race (the standalone tests, which
// run the driver's concurrent code, run in both).
const raceDetector = true
