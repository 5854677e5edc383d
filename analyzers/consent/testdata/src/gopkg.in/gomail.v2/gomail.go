// Package gomail is a minimal stub of gopkg.in/gomail.v2 for hrvet's
// tests: the message builder and the calls that send it, with the real
// names and signatures. The setters store into the message, as the real
// ones do; nothing here sends anything.
package gomail

import (
	"crypto/tls"
	"io"
)

type header map[string][]string

// Message is an e-mail.
type Message struct {
	header header
	parts  []string
}

// MessageSetting configures a Message.
type MessageSetting func(m *Message)

// PartSetting configures a part.
type PartSetting func(*part)

type part struct{ contentType string }

// NewMessage returns an empty message.
func NewMessage(settings ...MessageSetting) *Message {
	return &Message{header: make(header)}
}

// SetHeader sets a header field.
func (m *Message) SetHeader(field string, value ...string) {
	m.header[field] = value
}

// SetAddressHeader sets an address header field.
func (m *Message) SetAddressHeader(field, address, name string) {
	m.header[field] = []string{m.FormatAddress(address, name)}
}

// FormatAddress formats an address and a name.
func (m *Message) FormatAddress(address, name string) string {
	if name == "" {
		return address
	}
	return name + " <" + address + ">"
}

// SetBody sets the body.
func (m *Message) SetBody(contentType, body string, settings ...PartSetting) {
	m.parts = []string{body}
}

// Dialer dials an SMTP server.
type Dialer struct {
	Host      string
	Port      int
	Username  string
	Password  string
	SSL       bool
	TLSConfig *tls.Config
}

// NewDialer returns a Dialer.
func NewDialer(host string, port int, username, password string) *Dialer {
	return &Dialer{Host: host, Port: port, Username: username, Password: password}
}

// Sender sends a message.
type Sender interface {
	Send(from string, to []string, msg io.WriterTo) error
}

// SendCloser is a Sender that can be closed.
type SendCloser interface {
	Sender
	Close() error
}

// Dial dials the server.
func (d *Dialer) Dial() (SendCloser, error) { return nil, nil }

// DialAndSend dials the server and sends the messages.
func (d *Dialer) DialAndSend(m ...*Message) error { return nil }

// Send sends the messages with s.
func Send(s Sender, msg ...*Message) error { return nil }
