// Package logs is a minimal stub of github.com/astaxie/beego/logs (beego
// v1) for hrvet's tests: package functions and *BeeLogger methods, with
// the real names and signatures.
package logs

// BeeLogger is beego's logger.
type BeeLogger struct{ level int }

var beeLogger = NewLogger()

// NewLogger returns a logger.
func NewLogger(channelLens ...int64) *BeeLogger { return &BeeLogger{level: 7} }

// GetBeeLogger returns the default logger.
func GetBeeLogger() *BeeLogger { return beeLogger }

// Error logs at error level.
func Error(f interface{}, v ...interface{}) {}

// Info logs at informational level.
func Info(f interface{}, v ...interface{}) {}

// Notice logs at notice level.
func Notice(f interface{}, v ...interface{}) {}

// Critical logs at critical level.
func (bl *BeeLogger) Critical(format string, v ...interface{}) {}

// Informational logs at informational level.
func (bl *BeeLogger) Informational(format string, v ...interface{}) {}
