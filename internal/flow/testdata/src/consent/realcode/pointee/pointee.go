// Package pointee hands helpers pointers to values it decoded, loaded or
// built from a form, reduced from a public identity server whose webhook
// worker unmarshals a user into a fresh record and posts the record:
// passing &u is passing u, and a personal field set from a value the
// function cannot know holds personal data from there on.
package pointee

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
)

// User is an account holder.
type User struct {
	ID    int64  `pd:"-"`
	Name  string `pd:"name"`
	Email string `pd:"email"`
}

// Hook is a partner's webhook target.
type Hook struct {
	URL string
}

const partner = "https://partner.example.com/users"

// send posts the whole user: its callers are checked.
func send(u *User) error {
	b, err := json.Marshal(u)
	if err != nil {
		return err
	}
	_, err = http.Post(partner, "application/json", bytes.NewReader(b))
	return err
}

// Decoded sends a user decoded from a request body.
func Decoded(r *http.Request) error {
	var u User
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		return err
	}
	return send(&u) // want `User.Email \(email\), User.Name \(name\) reach net/http.Post via consent/realcode/pointee.send without a consent check`
}

// Unmarshalled fills a fresh record from stored bytes, as the webhook
// worker does, and sends it.
func Unmarshalled(data []byte) error {
	u := &User{}
	if err := json.Unmarshal(data, u); err != nil {
		return err
	}
	return send(u) // want `User.Email \(email\), User.Name \(name\) reach net/http.Post via consent/realcode/pointee.send without a consent check`
}

// Queued sends the user a queued event may hold, decoded into a fresh
// record only when it is there, as the webhook worker does.
func Queued(saved string) error {
	var u *User
	if saved != "" {
		u = &User{}
		if err := json.Unmarshal([]byte(saved), u); err != nil {
			u = nil
		}
	}
	return send(u) // want `User.Email \(email\), User.Name \(name\) reach net/http.Post via consent/realcode/pointee.send without a consent check`
}

// Fresh sends a record it built from constants: it holds no personal data.
func Fresh() error {
	u := &User{ID: 7}
	return send(u) // OK: nothing personal was set
}

// NotYet sends a fresh record before anything fills it.
func NotYet(data []byte) (*User, error) {
	u := &User{}
	if err := send(u); err != nil { // OK: filled only after the call
		return nil, err
	}
	err := json.Unmarshal(data, u)
	return u, err
}

// Loaded sends a user a loader filled through a pointer.
func Loaded(load func(any) error) error {
	u := new(User)
	if err := load(u); err != nil {
		return err
	}
	return send(u) // want `User.Email \(email\), User.Name \(name\) reach net/http.Post via consent/realcode/pointee.send without a consent check`
}

// Form builds a user from a submitted form and sends it.
func Form(r *http.Request) error {
	return send(&User{Name: strings.TrimSpace(r.FormValue("name"))}) // want `User.Name \(name\) reaches net/http.Post via consent/realcode/pointee.send without a consent check`
}

// Hooked sets only a hook's address from the form: no personal field.
func Hooked(r *http.Request) error {
	h := &Hook{URL: r.FormValue("url")}
	_, err := http.Post(h.URL, "text/plain", nil) // OK: a URL is no personal data
	return err
}

// Named copies a name given by its caller: the callers are checked.
func Named(name string) error {
	return send(&User{Name: name})
}

// Caller passes a constant name: nothing personal.
func Caller() error {
	return Named("Reception") // OK: a constant
}
