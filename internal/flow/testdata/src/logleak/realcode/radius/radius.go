// Package radius logs what an access request holds, reduced from a
// public identity server's RADIUS front end: the User-Name attribute is
// the login name of the person asking for access, read from the packet
// by a generated accessor, and no field of the program holds it.
package radius

import (
	"log"

	"layeh.com/radius/rfc2865"
)

// HandleAccess logs the request.
func HandleAccess(p *rfc2865.Packet) {
	username := rfc2865.UserName_GetString(p)
	org := rfc2865.Class_GetString(p)
	log.Printf("access request: user=%s org=%s", username, org) // want `RADIUS User-Name \(name\) reaches log.Printf without a redactor`
	log.Printf("access request for org %s", org)
}
