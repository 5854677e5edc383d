// Package zap is a minimal stub of go.uber.org/zap for hrvet's tests: the
// Logger and SugaredLogger methods and the field constructors, with the
// real names and signatures.
package zap

import "go.uber.org/zap/zapcore"

// Field is an alias of zapcore.Field, as in zap.
type Field = zapcore.Field

// String returns a string field.
func String(key string, val string) Field { return Field{Key: key, String: val} }

// Int returns an int field.
func Int(key string, val int) Field { return Field{Key: key, Integer: int64(val)} }

// Int64 returns an int64 field.
func Int64(key string, val int64) Field { return Field{Key: key, Integer: val} }

// Bool returns a bool field.
func Bool(key string, val bool) Field { return Field{Key: key} }

// Any returns a field of any value.
func Any(key string, value interface{}) Field { return Field{Key: key, Interface: value} }

// Error returns an "error" field.
func Error(err error) Field { return Field{Key: "error", Interface: err} }

// Option configures a Logger.
type Option interface{}

// Logger is the structured logger.
type Logger struct{}

// NewNop returns a logger that writes nothing.
func NewNop() *Logger { return &Logger{} }

// NewProduction returns the production logger.
func NewProduction(options ...Option) (*Logger, error) { return &Logger{}, nil }

// Debug logs at debug level.
func (log *Logger) Debug(msg string, fields ...Field) {}

// Info logs at info level.
func (log *Logger) Info(msg string, fields ...Field) {}

// Warn logs at warn level.
func (log *Logger) Warn(msg string, fields ...Field) {}

// Error logs at error level.
func (log *Logger) Error(msg string, fields ...Field) {}

// With returns a logger that adds fields to every entry.
func (log *Logger) With(fields ...Field) *Logger { return log }

// Sugar returns the sugared logger.
func (log *Logger) Sugar() *SugaredLogger { return &SugaredLogger{} }

// Sync flushes buffered entries.
func (log *Logger) Sync() error { return nil }

// SugaredLogger is the printf-style logger.
type SugaredLogger struct{}

// Info logs args at info level.
func (s *SugaredLogger) Info(args ...interface{}) {}

// Infof logs a formatted message at info level.
func (s *SugaredLogger) Infof(template string, args ...interface{}) {}

// Infow logs a message with key-value pairs at info level.
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{}) {}

// Errorw logs a message with key-value pairs at error level.
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{}) {}
