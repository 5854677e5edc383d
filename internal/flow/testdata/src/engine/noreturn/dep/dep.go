// want package:`flows\(no data, 4 no-return, 1 summaries\)`

// Package dep declares functions that never return, for callers in
// another package to learn of through facts.
package dep

import (
	"log"
	"os"
)

// Die exits.
func Die(code int) { // want Die:"noReturn"
	os.Exit(code)
}

// Fatal ends in log.Fatal, which ends in os.Exit.
func Fatal(msg string) { // want Fatal:"noReturn" Fatal:`^summary\(\)$`
	log.Fatal("fatal error")
}

// Either exits or panics.
func Either(code int) { // want Either:"noReturn"
	if code > 0 {
		os.Exit(code)
	} else {
		panic("negative exit code")
	}
}

// Spin never stops.
func Spin() { // want Spin:"noReturn"
	for {
	}
}

// Maybe exits only on an error code: it returns otherwise.
func Maybe(code int) {
	if code != 0 {
		os.Exit(code)
	}
}

// Loop returns from inside a loop with no condition.
func Loop(n int) int {
	for {
		if n > 10 {
			return n
		}
		n++
	}
}

// Recur only calls itself: in a cycle a function is taken to return.
func Recur(n int) {
	Recur(n + 1)
}
