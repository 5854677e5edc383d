// Package use reads fields marked by the config, in this package and in
// generated code that is analyzed without the config.
package use // want `roles manager: name, phone, employment; hr: all; nobody: no entry`

import (
	"cfg/decl"
	"decide"
	"gen/hrpb"
)

// Use reads a configured field of another package.
func Use(r hrpb.Record, l decl.Local, e decl.Employee) {
	_ = r.Msisdn // want `field Msisdn: pd\(phone, config\)`
	_ = r.Code   // want `field Code: none`
	_ = e.Name   // want `field Name: none`
	_ = l.Code   // want `field Code: pd\(govid, config\)`
}

// Calls resolves functions configured in another package.
func Calls(c *decl.Client) {
	c.Push("x")               // want `func Push: sink\(transfer\)\[purpose=crm\]`
	_ = decl.Check(1)         // want `func Check: consent\[purpose=payroll\] bool`
	_ = decl.Hide("")         // want `func Hide: redact`
	_ = decl.MayView(1)       // want `func MayView: authorize\[role=manager\] bool`
	_ = decl.Middleware("hr") // want `func Middleware: authorize middleware`
	_ = hrpb.Permit("hr")     // want `func Permit: authorize error`
}

// Decisions resolves decisions and reviews configured here, for functions
// of this module and of others, and one that the config declares where
// its own package inferred it.
func Decisions(l decl.Local, b *decl.Board, e decide.Employee) {
	decl.Cut(l)                   // want `func Cut: decision`
	_ = b.Approve(1)              // want `func Approve: review error`
	_ = hrpb.Terminate(1)         // want `func Terminate: decision`
	_ = hrpb.Approve(1)           // want `func Approve: review bool`
	_ = hrpb.Vote(1)              // want `func Vote: review`
	decide.Terminate(&e)          // want `func Terminate: decision`
	decide.DismissForAbsence(nil) // want `func DismissForAbsence: decision\(inferred "dismiss"\)`
}
