// Package mail is a minimal stub of
// github.com/sendgrid/sendgrid-go/helpers/mail for hrvet's tests.
package mail

// Email is a name and an address.
type Email struct {
	Name    string
	Address string
}

// NewEmail returns an Email.
func NewEmail(name string, address string) *Email { return &Email{Name: name, Address: address} }

// Content is a body part.
type Content struct {
	Type  string
	Value string
}

// SGMailV3 is a v3 mail/send payload.
type SGMailV3 struct {
	From    *Email
	Subject string
	Content []*Content
}

// NewSingleEmail returns a message to one recipient.
func NewSingleEmail(from *Email, subject string, to *Email, plainTextContent string, htmlContent string) *SGMailV3 {
	return &SGMailV3{}
}

// GetRequestBody serializes m.
func GetRequestBody(m *SGMailV3) []byte { return nil }
