// Package avatar finds a picture for a new account, reduced from a public
// identity server: it asks Gravatar with a hash of the e-mail address
// (the hash of an address still singles its owner out), and fetches the
// icon of the site at the address's domain (a company's site, which the
// domain names: no person's data). The domain of an address is not the
// address.
package avatar

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

// User is an account.
type User struct {
	Name  string `pd:"-"`
	Email string `pd:"email"`
}

// Accounts loads accounts.
type Accounts interface {
	User(name string) (*User, error)
}

var accounts Accounts

// fetch downloads url, logging failures.
func fetch(client *http.Client, url string) ([]byte, error) {
	resp, err := client.Get(url)
	if err != nil {
		log.Printf("fetch %s: %v", url, err)
		return nil, err
	}
	defer resp.Body.Close()
	return nil, nil
}

// gravatar asks Gravatar for the address's picture.
func gravatar(client *http.Client, email string) ([]byte, error) {
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(email))))
	return fetch(client, "https://www.gravatar.com/avatar/"+hex.EncodeToString(sum[:])+"?d=404")
}

// favicon fetches the icon of the site at the address's domain.
func favicon(client *http.Client, email string) ([]byte, error) {
	parts := strings.Split(email, "@")
	if len(parts) != 2 {
		return nil, fmt.Errorf("not an address")
	}
	return fetch(client, "https://"+parts[1]+"/favicon.ico")
}

// logo fetches the logo at the domain, cut out another way.
func logo(client *http.Client, email string) ([]byte, error) {
	_, domain, ok := strings.Cut(email, "@")
	if !ok {
		return nil, nil
	}
	return fetch(client, "https://"+domain+"/logo.png")
}

// Refresh finds a picture for account name.
func Refresh(client *http.Client, name string) ([]byte, error) {
	u, err := accounts.User(name)
	if err != nil {
		return nil, err
	}
	if pic, err := gravatar(client, u.Email); err == nil && pic != nil { // want `User.Email \(email\) reaches \(\*net/http.Client\).Get via consent/realcode/avatar.gravatar, consent/realcode/avatar.fetch without a consent check`
		return pic, nil
	}
	if pic, err := logo(client, u.Email); err == nil && pic != nil { // OK: only the domain is sent
		return pic, nil
	}
	return favicon(client, u.Email) // OK: only the domain is sent
}

// hashed asks Gravatar as the identity server does: the address is
// written into an md5 hash, whose sum names the picture.
func hashed(client *http.Client, email string) ([]byte, error) {
	h := md5.New()
	io.WriteString(h, strings.ToLower(email))
	return fetch(client, fmt.Sprintf("https://www.gravatar.com/avatar/%x?d=404", h.Sum(nil)))
}

// RefreshHashed finds a picture for account name through hashed.
func RefreshHashed(client *http.Client, name string) ([]byte, error) {
	u, err := accounts.User(name)
	if err != nil {
		return nil, err
	}
	return hashed(client, u.Email) // want `User.Email \(email\) reaches \(\*net/http.Client\).Get via consent/realcode/avatar.hashed, consent/realcode/avatar.fetch without a consent check`
}
