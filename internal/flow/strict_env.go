package flow

import "os"

// strictEnv names the environment variable that, set to 1, makes strict
// true for the whole process. It is deliberately not a flag: the
// robustness run (scripts/robustness) sets it so that a function the
// engine would skip after a panic fails the run instead, and the
// driver's guard reports the panic with its place.
const strictEnv = "HRVET_STRICT"

func init() {
	if os.Getenv(strictEnv) == "1" {
		strict = true
	}
}
