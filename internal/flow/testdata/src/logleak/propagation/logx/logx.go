// Package logx is a logging helper in another package: it forwards what
// it is given to package log, so its callers are checked instead.
package logx

import "log"

// Field logs one key and value.
func Field(key string, v any) {
	log.Printf("%s=%v", key, v) // OK: v comes from the callers
}

// Audit logs who did what.
type Audit struct {
	L *log.Logger
}

// Record logs an access by actor.
func (a *Audit) Record(actor, action string) {
	a.L.Printf("%s %s", actor, action) // OK: actor comes from the callers
}
