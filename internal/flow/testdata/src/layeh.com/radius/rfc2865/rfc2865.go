// Package rfc2865 is a stub of layeh.com/radius's attribute accessors.
package rfc2865

// Packet is a RADIUS packet.
type Packet struct{ Attributes map[byte][]byte }

// UserName_GetString returns the User-Name attribute.
func UserName_GetString(p *Packet) string { return string(p.Attributes[1]) }

// Class_GetString returns the Class attribute.
func Class_GetString(p *Packet) string { return string(p.Attributes[25]) }
