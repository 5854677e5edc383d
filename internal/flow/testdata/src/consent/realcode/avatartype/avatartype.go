// Package avatartype reduces a public identity server's sign-up: the
// avatar refresher asks Gravatar only when the account's AvatarType asks
// for it, and a sign-up that builds the account without that field
// never takes the branch. The refresher's summary row requires the field
// non-zero (ParamFlow.Requires); a caller that built the record without
// it drops the row, a caller that set it or got the record from
// elsewhere keeps it.
package avatartype

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"net/http"
)

// Account is a user account.
type Account struct {
	Name       string `pd:"name"`
	Email      string `pd:"email"`
	AvatarType string `pd:"-"`
}

func (a *Account) refreshAvatar(client *http.Client) error {
	if (a.AvatarType == "Auto" || a.AvatarType == "Gravatar") && a.Email != "" {
		sum := md5.Sum([]byte(a.Email))
		_, err := client.Get("https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:]) + "?email=" + a.Email)
		return err
	}
	return nil
}

// Add stores the account after refreshing its avatar; the requirement
// passes through to Add's callers.
func Add(client *http.Client, a *Account) error {
	return a.refreshAvatar(client)
}

type form struct {
	Name, Email string
}

// SignUp builds the account from the form and never sets AvatarType.
func SignUp(client *http.Client, r *http.Request) error {
	var f form
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		return err
	}
	acct := &Account{Name: f.Name, Email: f.Email}
	return Add(client, acct)
}

// SignUpAuto sets the avatar type to Auto: Gravatar is asked.
func SignUpAuto(client *http.Client, r *http.Request) error {
	var f form
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		return err
	}
	acct := &Account{Name: f.Name, Email: f.Email, AvatarType: "Auto"}
	return Add(client, acct) // want `form.Email \(email\) reaches \(\*net/http.Client\).Get via consent/realcode/avatartype.Add, \(\*consent/realcode/avatartype.Account\).refreshAvatar without a consent check`
}

// SignUpLater sets it after building the account.
func SignUpLater(client *http.Client, r *http.Request, kind string) error {
	var f form
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		return err
	}
	acct := &Account{Name: f.Name, Email: f.Email}
	acct.AvatarType = kind
	return Add(client, acct) // want `form.Email \(email\) reaches \(\*net/http.Client\).Get via consent/realcode/avatartype.Add, \(\*consent/realcode/avatartype.Account\).refreshAvatar without a consent check`
}

// Resync refreshes an account it decoded: the field may hold anything.
func Resync(client *http.Client, r *http.Request) error {
	var a Account
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		return err
	}
	return Add(client, &a) // want `Account.Email \(email\) reaches \(\*net/http.Client\).Get via consent/realcode/avatartype.Add, \(\*consent/realcode/avatartype.Account\).refreshAvatar without a consent check`
}
