// Package mail is a minimal stub of github.com/wneessen/go-mail for
// hrvet's tests. The builder methods store into the message, as the real
// ones do.
package mail

// ContentType is a MIME type.
type ContentType string

// TypeTextPlain is text/plain.
const TypeTextPlain ContentType = "text/plain"

// Msg is an e-mail.
type Msg struct {
	addrHeader map[string][]string
	header     map[string][]string
	body       []string
}

// MsgOption configures a Msg.
type MsgOption func(*Msg)

// PartOption configures a part.
type PartOption func(*Msg)

// NewMsg returns an empty message.
func NewMsg(opts ...MsgOption) *Msg {
	return &Msg{addrHeader: map[string][]string{}, header: map[string][]string{}}
}

// From sets the sender.
func (m *Msg) From(from string) error {
	m.addrHeader["From"] = []string{from}
	return nil
}

// To sets the recipients.
func (m *Msg) To(rcpts ...string) error {
	m.addrHeader["To"] = rcpts
	return nil
}

// AddTo adds a recipient.
func (m *Msg) AddTo(rcpt string) error {
	m.addrHeader["To"] = append(m.addrHeader["To"], rcpt)
	return nil
}

// Subject sets the subject.
func (m *Msg) Subject(subj string) { m.header["Subject"] = []string{subj} }

// SetBodyString sets the body.
func (m *Msg) SetBodyString(contentType ContentType, content string, opts ...PartOption) {
	m.body = []string{content}
}

// Client is an SMTP client.
type Client struct{ host string }

// Option configures a Client.
type Option func(*Client) error

// NewClient returns a client.
func NewClient(host string, opts ...Option) (*Client, error) { return &Client{host: host}, nil }

// DialAndSend dials the server and sends the messages.
func (c *Client) DialAndSend(messages ...*Msg) error { return nil }
