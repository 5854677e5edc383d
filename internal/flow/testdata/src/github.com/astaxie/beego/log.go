// Package beego is a minimal stub of github.com/astaxie/beego (v1) for
// hrvet's tests: the level functions that write to the logger of
// package logs, with the real names and signatures.
package beego

import "github.com/astaxie/beego/logs"

// BeeLogger is the default logger.
var BeeLogger = logs.GetBeeLogger()

// Informational logs at informational level.
func Informational(v ...interface{}) { BeeLogger.Informational("%v", v...) }

// Critical logs at critical level.
func Critical(v ...interface{}) { BeeLogger.Critical("%v", v...) }
