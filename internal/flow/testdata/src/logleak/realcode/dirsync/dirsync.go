// Package dirsync logs the directory entries a periodic import could not
// save (casdoor's LDAP auto-sync, issue 13). The loader fills the records
// it returns from the directory's attributes, a value of another module,
// and copies one field of the directory's configuration into each: that
// row made callers take the list for the configuration's data alone, while
// the loader left the entries' personal fields out of its summary for the
// callers to find, so nobody saw them.
package dirsync

import (
	"fmt"
	"log"
)

// Entry is what a directory server answers for one object.
type Entry struct {
	Attrs map[string][]string
}

// Directory is a directory server's connection (another module's client).
type Directory interface {
	Search(base string) ([]Entry, error)
}

// Source is the configured directory.
type Source struct {
	ID      string
	BaseDN  string
	Mapping map[string]string
}

// DirUser is a person found in the directory.
type DirUser struct {
	UID         string
	DisplayName string
	Email       string
	Mobile      string
	Extra       map[string]string
}

func fetchUsers(d Directory, src *Source) ([]DirUser, error) {
	entries, err := d.Search(src.BaseDN)
	if err != nil {
		return nil, err
	}
	var users []DirUser
	for _, e := range entries {
		var u DirUser
		for name, vals := range e.Attrs {
			switch name {
			case "uid":
				u.UID = vals[0]
			case "displayName":
				u.DisplayName = vals[0]
			case "mail":
				u.Email = vals[0]
			case "mobile":
				u.Mobile = vals[0]
			default:
				if prop, ok := src.Mapping[name]; ok {
					if u.Extra == nil {
						u.Extra = make(map[string]string)
					}
					u.Extra[prop] = vals[0]
				}
			}
		}
		users = append(users, u)
	}
	return users, nil
}

// save stores the users and returns those it could not store.
func save(users []DirUser) (failed []DirUser) {
	for _, u := range users {
		if u.UID == "" {
			failed = append(failed, u)
		}
	}
	return failed
}

func syncOnce(d Directory, src *Source) {
	users, err := fetchUsers(d, src)
	if err != nil {
		log.Printf("sync %s: %v", src.ID, err) // OK: the search's error
		return
	}
	failed := save(users)
	if len(failed) != 0 {
		log.Println(fmt.Sprintf("sync %s: %d of %d users failed:", src.ID, len(failed), len(users)), failed) // want `DirUser\.DisplayName \(name\), DirUser\.Email \(email\), DirUser\.Mobile \(phone\) reach log\.Println without a redactor`
		return
	}
	log.Printf("sync %s: %d users", src.ID, len(users)) // OK: a count
}
