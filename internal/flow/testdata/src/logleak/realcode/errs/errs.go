// Package errs records audit entries and fires webhooks for them,
// reduced from a public identity server. The webhooks' errors name the
// webhook, and the error a store returns quotes nothing it was given: an
// error carries personal data only where they were formatted or wrapped
// into it.
package errs

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"strings"
)

// User is an account.
type User struct {
	Owner string `pd:"-"`
	Name  string `pd:"name"`
	Email string `pd:"email"`
}

// Record is an audit entry: who did what, and the object as JSON.
type Record struct {
	Organization string
	Action       string
	User         string
	Object       string
	Fired        bool
}

// Hook is a webhook an organization registered.
type Hook struct {
	Owner, Name string
	Events      []string
	Fields      []string
	Enabled     bool
	WithUser    bool // the payload carries the user's account too
}

// ID names the hook.
func (h *Hook) ID() string { return fmt.Sprintf("%s/%s", h.Owner, h.Name) }

// Store keeps entries and queued events.
type Store interface {
	Hooks(org string) ([]*Hook, error)
	Queue(hook string, payload []byte) error
	Save(r *Record) error
	User(owner, name string) (*User, error)
}

var store Store

// enabled keeps the hooks that fire for action.
func enabled(hooks []*Hook, org, action string) []*Hook {
	var out []*Hook
	for _, h := range hooks {
		if !h.Enabled || h.Owner != org {
			continue
		}
		for _, e := range h.Events {
			if e == action {
				out = append(out, h)
				break
			}
		}
	}
	return out
}

// only keeps the named fields of a JSON object.
func only(object string, fields []string) string {
	var m map[string]any
	if json.Unmarshal([]byte(object), &m) != nil {
		return object
	}
	for k := range m {
		keep := false
		for _, f := range fields {
			keep = keep || strings.EqualFold(f, k)
		}
		if !keep {
			delete(m, k)
		}
	}
	b, _ := json.Marshal(m)
	return string(b)
}

// fire queues the record for every hook; the error names the hooks that
// failed.
func fire(r *Record) error {
	hooks, err := store.Hooks(r.Organization)
	if err != nil {
		return err
	}
	var failed []error
	for _, h := range enabled(hooks, r.Organization, r.Action) {
		r2 := *r
		if len(h.Fields) > 0 {
			r2.Object = only(r.Object, h.Fields)
		}
		event := struct {
			Record *Record
			User   *User
		}{Record: &r2}
		if h.WithUser {
			u, err := store.User(r.Organization, r.User)
			if err != nil {
				failed = append(failed, fmt.Errorf("webhook %s: no user: %w", h.ID(), err))
				continue
			}
			event.User = u
		}
		payload, err := json.Marshal(event)
		if err != nil {
			return err
		}
		if err := store.Queue(h.ID(), payload); err != nil {
			failed = append(failed, fmt.Errorf("webhook %s: %w", h.ID(), err))
		}
	}
	return errors.Join(failed...)
}

// Audit saves the record and fires its webhooks.
func Audit(r *Record) {
	if err := fire(r); err != nil {
		fmt.Println(err) // OK: the error names webhooks and quotes the store's error
	} else {
		r.Fired = true
	}
	if err := store.Save(r); err != nil {
		log.Printf("audit entry not saved: %v", err) // OK: the store's error quotes nothing
	}
}

// Changed records a change of the user's account.
func Changed(owner, name string) error {
	u, err := store.User(owner, name)
	if err != nil {
		return err
	}
	obj, _ := json.Marshal(u)
	Audit(&Record{Organization: u.Owner, Action: "update-user", User: u.Name, Object: string(obj)})
	if u.Email == "" {
		err := fmt.Errorf("user %s has no e-mail", u.Name)
		log.Print(err) // want `User.Name \(name\) reaches log.Print without a redactor`
	}
	return nil
}
