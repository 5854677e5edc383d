// Package loaderkey finds a user by name and, on some updates, notifies
// a partner with the user it found, reduced from a public identity
// server whose update function is called from thirty places with the
// name of the user to update. The name the loader is given is the key it
// finds the record by: the record's own fields are reported where the
// record is loaded, once, and not again at every caller through the key.
package loaderkey

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
)

// User is an account holder.
type User struct {
	ID    int64  `pd:"-"`
	Owner string `pd:"-"`
	Name  string `pd:"name"`
	Email string `pd:"email"`
}

// orm fills the record it is given through reflection, looking it up
// by the fields already set: its summary says nothing of the fill.
type orm struct{}

// Get loads the row matching bean's set fields into bean.
func (orm) Get(bean any) (bool, error) {
	v := reflect.ValueOf(bean).Elem()
	return v.IsValid(), nil
}

var store orm

// getUser finds a user by example, as an ORM's Get does.
func getUser(owner, name string) (*User, error) {
	u := User{Owner: owner, Name: name}
	ok, err := store.Get(&u)
	if err != nil || !ok {
		return nil, err
	}
	return &u, nil
}

// notify tells a partner that the user's access ended.
func notify(u *User) error {
	_, err := http.Post("https://partner.example.com/revoked", "text/plain", strings.NewReader(u.Name+" <"+u.Email+">"))
	return err
}

// Revoke loads the user and notifies the partner: reported here, where
// the user's record comes from.
func Revoke(owner, name string) error {
	old, err := getUser(owner, name)
	if err != nil || old == nil {
		return err
	}
	return notify(old) // want `User.Email \(email\), User.Name \(name\) reach net/http.Post via consent/realcode/loaderkey.notify without a consent check`
}

// Ban revokes the access of a user it was given: the name is only the
// key Revoke finds the record by, so nothing more is reported here.
func Ban(u *User) error {
	return Revoke(u.Owner, u.Name)
}

// Handler bans the user a request names: quiet, as Ban is.
func Handler(r *http.Request) error {
	var u User
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		return err
	}
	return Ban(&u)
}
