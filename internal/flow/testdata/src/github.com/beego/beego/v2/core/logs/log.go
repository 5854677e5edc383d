// Package logs is a minimal stub of github.com/beego/beego/v2/core/logs
// for hrvet's tests: the package functions that write to the default
// logger and the *BeeLogger methods, with the real names and signatures.
package logs

// BeeLogger is beego's logger.
type BeeLogger struct {
	level  int
	prefix string
}

// The levels.
const (
	LevelEmergency = iota
	LevelAlert
	LevelCritical
	LevelError
	LevelWarning
	LevelNotice
	LevelInformational
	LevelDebug
)

var beeLogger = NewLogger()

// NewLogger returns a logger.
func NewLogger(channelLens ...int64) *BeeLogger { return &BeeLogger{level: LevelDebug} }

// GetBeeLogger returns the default logger.
func GetBeeLogger() *BeeLogger { return beeLogger }

// SetLevel sets the level of the default logger.
func SetLevel(l int) { beeLogger.level = l }

// SetLogger adds an output to the default logger.
func SetLogger(adapter string, config ...string) error { return nil }

// Emergency logs at emergency level.
func Emergency(f interface{}, v ...interface{}) { beeLogger.Emergency(formatPattern(f, v...), v...) }

// Error logs at error level.
func Error(f interface{}, v ...interface{}) { beeLogger.Error(formatPattern(f, v...), v...) }

// Warning logs at warning level.
func Warning(f interface{}, v ...interface{}) { beeLogger.Warning(formatPattern(f, v...), v...) }

// Warn logs at warning level.
func Warn(f interface{}, v ...interface{}) { beeLogger.Warn(formatPattern(f, v...), v...) }

// Info logs at informational level.
func Info(f interface{}, v ...interface{}) { beeLogger.Info(formatPattern(f, v...), v...) }

// Debug logs at debug level.
func Debug(f interface{}, v ...interface{}) { beeLogger.Debug(formatPattern(f, v...), v...) }

func formatPattern(f interface{}, v ...interface{}) string {
	if s, ok := f.(string); ok {
		return s
	}
	return "%v"
}

// Emergency logs at emergency level.
func (bl *BeeLogger) Emergency(format string, v ...interface{}) {}

// Error logs at error level.
func (bl *BeeLogger) Error(format string, v ...interface{}) {}

// Warning logs at warning level.
func (bl *BeeLogger) Warning(format string, v ...interface{}) {}

// Warn logs at warning level.
func (bl *BeeLogger) Warn(format string, v ...interface{}) {}

// Info logs at informational level.
func (bl *BeeLogger) Info(format string, v ...interface{}) {}

// Debug logs at debug level.
func (bl *BeeLogger) Debug(format string, v ...interface{}) {}

// Write logs p at the logger's level.
func (bl *BeeLogger) Write(p []byte) (n int, err error) { return len(p), nil }
