//go:build !race

package vettest

// raceDetector: see race.go.
const raceDetector = false
