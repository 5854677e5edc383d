// Package logrus is a minimal stub of github.com/sirupsen/logrus for hrvet's
// tests: the package functions, Entry and Logger methods the fixtures call,
// with the real names and signatures.
package logrus

// Fields are the fields of an entry.
type Fields map[string]interface{}

// Entry is a log entry with fields.
type Entry struct {
	Data Fields
}

// Logger is a logger.
type Logger struct{}

// New returns a logger.
func New() *Logger { return &Logger{} }

// Info logs args at info level.
func Info(args ...interface{}) {}

// Infof logs a formatted message at info level.
func Infof(format string, args ...interface{}) {}

// Warnf logs a formatted message at warn level.
func Warnf(format string, args ...interface{}) {}

// WithField returns an entry with one field.
func WithField(key string, value interface{}) *Entry { return &Entry{} }

// WithFields returns an entry with fields.
func WithFields(fields Fields) *Entry { return &Entry{} }

// Info logs args at info level.
func (entry *Entry) Info(args ...interface{}) {}

// Infof logs a formatted message at info level.
func (entry *Entry) Infof(format string, args ...interface{}) {}

// Warn logs args at warn level.
func (entry *Entry) Warn(args ...interface{}) {}

// Warnf logs a formatted message at warn level.
func (entry *Entry) Warnf(format string, args ...interface{}) {}

// WithField returns an entry with one more field.
func (entry *Entry) WithField(key string, value interface{}) *Entry { return entry }

// Infof logs a formatted message at info level.
func (logger *Logger) Infof(format string, args ...interface{}) {}

// WithField returns an entry with one field.
func (logger *Logger) WithField(key string, value interface{}) *Entry { return &Entry{} }
