// Package log is a minimal stub of github.com/rs/zerolog/log for hrvet's
// tests.
package log

import (
	"os"

	"github.com/rs/zerolog"
)

// Logger is the global logger.
var Logger = zerolog.New(os.Stderr)

// Info starts an info-level event on the global logger.
func Info() *zerolog.Event { return &zerolog.Event{} }

// Error starts an error-level event on the global logger.
func Error() *zerolog.Event { return &zerolog.Event{} }

// Print logs v on the global logger.
func Print(v ...interface{}) {}

// Printf logs a formatted message on the global logger.
func Printf(format string, v ...interface{}) {}
