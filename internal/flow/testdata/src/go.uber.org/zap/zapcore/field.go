// Package zapcore is a minimal stub of go.uber.org/zap/zapcore for hrvet's
// tests.
package zapcore

// FieldType says how a Field is encoded.
type FieldType uint8

// Field is a key and a value added to a log entry.
type Field struct {
	Key       string
	Type      FieldType
	Integer   int64
	String    string
	Interface interface{}
}
