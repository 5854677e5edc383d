// Package wideliteral logs an account that a sign-up handler builds field
// by field from the submitted form (casdoor's signup, issue 13): the
// record has more fields than a value keeps labels, and most of them are
// copied from the request, a parameter, so that what the handler's
// callers might pass used to crowd out the personal data decoded here.
// The record is printed by a helper that mirrors it to a legacy store.
package wideliteral

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// JoinForm is the body of POST /signup.
type JoinForm struct {
	Org        string `json:"org"`
	Login      string `json:"login"`
	Secret     string `json:"secret"`
	FullName   string `json:"fullName"`
	Email      string `json:"email"`
	Phone      string `json:"phone"`
	Passport   string `json:"passport"`
	Education  string `json:"education"`
	Dial       string `json:"dial"`
	Locale     string `json:"locale"`
	Timezone   string `json:"timezone"`
	Theme      string `json:"theme"`
	Department string `json:"department"`
	Team       string `json:"team"`
	Office     string `json:"office"`
	Plan       string `json:"plan"`
	Tier       string `json:"tier"`
	Referrer   string `json:"referrer"`
	Campaign   string `json:"campaign"`
	Ticket     string `json:"ticket"`
	Label      string `json:"label"`
	Group      string `json:"group"`
	Channel    string `json:"channel"`
	Source     string `json:"source"`
	Code       string `json:"code"`
	App        string `json:"app"`
}

// Account is a user account: 30 fields.
type Account struct {
	Org        string
	Login      string
	Created    string
	Kind       string
	Secret     string
	FullName   string
	Email      string
	Phone      string
	Passport   string
	Education  string
	Dial       string
	Locale     string
	Timezone   string
	Theme      string
	Department string
	Team       string
	Office     string
	Plan       string
	Tier       string
	Referrer   string
	Campaign   string
	Ticket     string
	Label      string
	Group      string
	Channel    string
	Source     string
	Code       string
	App        string
	Admin      bool
	Karma      int
}

func signup(w http.ResponseWriter, r *http.Request) {
	var form JoinForm
	if err := json.NewDecoder(r.Body).Decode(&form); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	acct := &Account{
		Org:        form.Org,
		Login:      form.Login,
		Created:    time.Now().Format(time.RFC3339),
		Kind:       "normal",
		Secret:     form.Secret,
		FullName:   form.FullName,
		Email:      strings.ToLower(form.Email),
		Phone:      form.Phone,
		Passport:   form.Passport,
		Education:  form.Education,
		Dial:       form.Dial,
		Locale:     form.Locale,
		Timezone:   form.Timezone,
		Theme:      form.Theme,
		Department: form.Department,
		Team:       form.Team,
		Office:     form.Office,
		Plan:       form.Plan,
		Tier:       form.Tier,
		Referrer:   form.Referrer,
		Campaign:   form.Campaign,
		Ticket:     form.Ticket,
		Label:      form.Label,
		Group:      form.Group,
		Channel:    form.Channel,
		Source:     form.Source,
		Code:       form.Code,
		App:        form.App,
	}
	if err := mirrorToLegacy(acct); err != nil { // want `JoinForm\.Education \(education\), JoinForm\.Email \(email\), JoinForm\.FullName \(name\), JoinForm\.Passport \(govid\), JoinForm\.Phone \(phone\) reach fmt\.Printf via logleak/realcode/wideliteral\.mirrorToLegacy without a redactor`
		http.Error(w, "mirror failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// mirrorToLegacy copies the account to the legacy directory and prints
// what it copied.
func mirrorToLegacy(a *Account) error {
	if a.Org == "" {
		return nil
	}
	fmt.Printf("mirrored account: %v\n", a)
	return nil
}
