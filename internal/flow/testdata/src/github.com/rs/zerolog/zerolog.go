// Package zerolog is a minimal stub of github.com/rs/zerolog for hrvet's
// tests: the Logger, Event and Context methods the fixtures call, with the
// real names, receivers and signatures.
package zerolog

import "io"

// Logger is the zero-allocation logger.
type Logger struct {
	w io.Writer
}

// New returns a logger writing to w.
func New(w io.Writer) Logger { return Logger{w: w} }

// Info starts an info-level event.
func (l *Logger) Info() *Event { return &Event{} }

// Error starts an error-level event.
func (l *Logger) Error() *Event { return &Event{} }

// With starts a context for a derived logger.
func (l Logger) With() Context { return Context{l: l} }

// Print logs v at debug level.
func (l Logger) Print(v ...interface{}) {}

// Printf logs a formatted message at debug level.
func (l Logger) Printf(format string, v ...interface{}) {}

// Write logs p as a message.
func (l Logger) Write(p []byte) (n int, err error) { return len(p), nil }

// Event is a log event being built.
type Event struct{}

// Str adds a string field.
func (e *Event) Str(key, val string) *Event { return e }

// Int adds an int field.
func (e *Event) Int(key string, i int) *Event { return e }

// Int64 adds an int64 field.
func (e *Event) Int64(key string, i int64) *Event { return e }

// Bool adds a bool field.
func (e *Event) Bool(key string, b bool) *Event { return e }

// Err adds an error field.
func (e *Event) Err(err error) *Event { return e }

// Interface adds a field of any value.
func (e *Event) Interface(key string, i interface{}) *Event { return e }

// Msg writes the event with msg.
func (e *Event) Msg(msg string) {}

// Msgf writes the event with a formatted message.
func (e *Event) Msgf(format string, v ...interface{}) {}

// Send writes the event without a message.
func (e *Event) Send() {}

// Context builds the fields of a derived logger.
type Context struct {
	l Logger
}

// Str adds a string field.
func (c Context) Str(key, val string) Context { return c }

// Int64 adds an int64 field.
func (c Context) Int64(key string, i int64) Context { return c }

// Logger returns the derived logger.
func (c Context) Logger() Logger { return c.l }
