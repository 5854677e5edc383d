// Package scanrow reads a user back with a prepared query after creating
// it, reduced from a public newsletter server: the query's arguments (an
// e-mail among them) are given to the call that scans the row into the
// record, and only the record's ID is logged. A string has no fields: the
// e-mail written into the record beside it is not under the record's ID.
package scanrow

import (
	"log"
	"os"
)

// User is an account.
type User struct {
	ID    int
	Name  string `pd:"name"`
	Email string `pd:"email"`
}

// Stmt is a prepared query.
type Stmt interface {
	Get(dest any, args ...any) error
}

var (
	stmt   Stmt
	logger = log.New(os.Stderr, "", 0)
)

func fixUp(users []User) []User {
	for _, u := range users {
		logger.Printf("set up user %d", u.ID)
	}
	return users
}

func get(id int, email string) (User, error) {
	var out User
	if err := stmt.Get(&out, id, email); err != nil {
		return out, err
	}
	return fixUp([]User{out})[0], nil
}

// Create reads the user back by e-mail.
func Create(u User) (User, error) {
	return get(0, u.Email) // OK: only the ID is logged
}

// Dump logs a whole user read back.
func Dump(u User) {
	got, _ := get(0, u.Email)
	logger.Printf("user %+v", got) // want `User.Email \(email\), User.Name \(name\) reach \(\*log.Logger\).Printf without a redactor`
}
