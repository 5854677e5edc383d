// Package aws is a minimal stub of github.com/aws/aws-sdk-go-v2/aws for
// hrvet's tests.
package aws

// Config is the shared configuration of the service clients.
type Config struct {
	Region string
}

// String returns a pointer to v.
func String(v string) *string { return &v }

// ToString returns the string p points to, or "".
func ToString(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
