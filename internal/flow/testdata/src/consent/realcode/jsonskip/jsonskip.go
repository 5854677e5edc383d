// Package jsonskip posts records encoded with encoding/json, which leaves
// out the fields tagged json:"-" and encodes a type with a MarshalJSON
// method as that method says: what the encoder leaves out is not sent.
package jsonskip

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

// Member is a club member's card; the personal fields stay home.
type Member struct {
	ID       int64  `json:"id" pd:"-"`
	Level    string `json:"level"`
	FullName string `json:"-" pd:"name"`
	Phone    string `json:"-" pd:"phone"`
}

// Contact is what the partner's directory takes: all of it is sent.
type Contact struct {
	ID    int64  `json:"id" pd:"-"`
	Phone string `json:"phone" pd:"phone"`
}

// Badge encodes itself as its number alone.
type Badge struct {
	Number   int64  `pd:"-"`
	Holder   string `pd:"name"`
	HolderID int64  `pd:"-"`
}

// MarshalJSON writes the badge's number.
func (b Badge) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatInt(b.Number, 10)), nil
}

// Registry loads records.
type Registry interface {
	Member(id int64) (*Member, error)
	Contact(id int64) (*Contact, error)
	Badge(id int64) (*Badge, error)
}

var registry Registry

const partner = "https://partner.example.com/cards"

// SendMember posts a member's card: the name and phone are left out.
func SendMember(id int64) error {
	m, err := registry.Member(id)
	if err != nil {
		return err
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	_, err = http.Post(partner, "application/json", bytes.NewReader(b)) // OK: json:"-" fields are not encoded
	return err
}

// SendContact posts a contact: the phone is encoded.
func SendContact(id int64) error {
	c, err := registry.Contact(id)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(c); err != nil {
		return err
	}
	_, err = http.Post(partner, "application/json", &buf) // want `Contact.Phone \(phone\) reaches net/http.Post without a consent check`
	return err
}

// SendBadge posts a badge, which encodes itself as its number.
func SendBadge(id int64) error {
	bd, err := registry.Badge(id)
	if err != nil {
		return err
	}
	b, err := json.Marshal(bd)
	if err != nil {
		return err
	}
	_, err = http.Post(partner, "application/json", bytes.NewReader(b)) // OK: MarshalJSON writes the number alone
	return err
}
