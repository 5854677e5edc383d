// Package sessionkey logs the account that a sign-in finds by the key a
// first step left in the session, reduced from casdoor's login handler
// (its MFA branch). Before that, the handler answers the problems of the
// login's profiles through a helper that writes each message, quoting
// personal fields, into the handler's reply data. The session key is
// read by a method with no summary, so the key carries all the handler
// holds, and the account found by it holds the key in its Owner. The
// account's own origin, the unit's latest source, sits at the whole
// value and the handler's data deep inside Owner: past the label bound
// the origin was the one dropped, and with it the account's name.
package sessionkey

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strings"
)

// Account is a user account.
type Account struct {
	Owner string `pd:"-"`
	Name  string `pd:"name"`
	Email string `pd:"email"`
}

// Profile is what the first step checks.
type Profile struct {
	Login     string `pd:"-"`
	FullName  string `pd:"name"`
	Email     string `pd:"email"`
	Phone     string `pd:"phone"`
	Passport  string `pd:"govid"`
	Address   string `pd:"address"`
	Birthday  string `pd:"birth"`
	Education string `pd:"education"`
	Card      string `pd:"card"`
	IBAN      string `pd:"bank"`
	Position  string `pd:"employment"`
	Country   string `pd:"citizenship"`
	Plate     string `pd:"vehicle"`
	Mobile    string `pd:"phone"`
	Licence   string `pd:"govid"`
}

// Reply is the body of every answer.
type Reply struct {
	Status string
	Msg    string
}

// Handler answers one request.
type Handler struct {
	W       http.ResponseWriter
	Data    map[string]any
	session map[string]any
}

// fail answers with an error message.
func (h *Handler) fail(msg string) {
	h.Data["json"] = &Reply{Status: "error", Msg: msg}
	h.serve()
}

// serve writes the reply.
func (h *Handler) serve() {
	b, err := json.Marshal(h.Data["json"])
	if err != nil {
		http.Error(h.W, "internal error", http.StatusInternalServerError)
		return
	}
	_, _ = h.W.Write(b)
}

// secondFactor is the account the first step left in the session.
func (h *Handler) secondFactor() string {
	id, _ := h.session["mfa"].(string)
	return id
}

func loadProfile(login string) (*Profile, error) {
	var p Profile
	b, err := os.ReadFile("/var/lib/profiles/" + login)
	if err != nil {
		return nil, err
	}
	return &p, json.Unmarshal(b, &p)
}

func findAccount(id string) (*Account, error) {
	owner, name, _ := strings.Cut(id, "/")
	a := &Account{Owner: owner, Name: name}
	b, err := os.ReadFile("/var/lib/accounts.json")
	if err != nil {
		return nil, err
	}
	return a, json.Unmarshal(b, a)
}

// signedIn records the sign-in.
func (h *Handler) signedIn(a *Account) {
	log.Printf("user %s signed in", a.Name)
}

// Check answers a sign-in: it checks the profiles of the login, answering
// the first problem of each, then signs in the account a first step left
// in the session.
func (h *Handler) Check(login string) {
	for _, other := range []string{login, "admin/" + login, "guest/" + login} {
		p, err := loadProfile(other)
		if err != nil {
			h.fail(err.Error())
			continue
		}
		switch {
		case p.FullName == "":
			h.fail("no name for " + p.Login)
		case !strings.Contains(p.Email, "@"):
			h.fail("bad email " + p.Email + " of " + p.FullName)
		case len(p.Phone) < 7:
			h.fail("bad phone " + p.Phone + " of " + p.FullName)
		case p.Passport == "":
			h.fail("no passport for " + p.FullName + ", " + p.Email)
		case p.Address == "":
			h.fail("no address for " + p.FullName + ", " + p.Phone)
		case p.Birthday == "":
			h.fail("no birthday for " + p.FullName + ", " + p.Passport)
		case p.Education == "":
			h.fail("no education for " + p.FullName + ", " + p.Address + ", " + p.Birthday)
		case p.Card == "":
			h.fail("no card for " + p.FullName + ", " + p.Education)
		case p.IBAN == "":
			h.fail("no account for " + p.FullName + ", " + p.Card)
		case p.Position == "":
			h.fail("no position for " + p.FullName + ", " + p.IBAN)
		case p.Country == "":
			h.fail("no citizenship for " + p.FullName + ", " + p.Position)
		case p.Plate == "":
			h.fail("no plate for " + p.FullName + ", " + p.Country)
		case p.Mobile == "":
			h.fail("no mobile for " + p.FullName + ", " + p.Plate)
		case p.Licence == "":
			h.fail("no licence for " + p.FullName + ", " + p.Mobile)
		}
	}
	if id := h.secondFactor(); id != "" {
		a, err := findAccount(id)
		if err != nil || a == nil {
			h.fail("expired session")
			return
		}
		h.signedIn(a) // want `^Account\.Name \(name\) reaches log\.Printf via \(\*logleak/realcode/sessionkey\.Handler\)\.signedIn without a redactor`
	}
}
