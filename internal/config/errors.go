package config

import (
	"strconv"
	"strings"
)

// Error is a problem in a config file: it names the file, line and key.
type Error struct {
	File string // the config file, or "golangci-lint settings" for FromMap
	Line int    // 1-based; 0 when unknown
	Key  string // path of the key, like "sinks[0].kind"; "" for the whole file
	Msg  string // what is wrong and what to write instead
}

// Error formats the problem on one line, like a compiler diagnostic:
//
//	path/.hrvet.yaml:7: sinks[0].kind: unknown sink kind "transfr"; want one of transfer, commercial, log, store, expose
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList is every problem found in one config file, in document order.
// Parse returns a non-empty ErrorList or nil; errors.As finds its first
// *Error.
type ErrorList []*Error

// Error returns one line per problem.
func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap exposes the problems to errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
