// Package badauth has a config file naming, as an authorization check, a
// function that cannot say whether the caller may proceed.
package badauth

// RoleOf returns a role name: it answers no question.
func RoleOf(userID int) string { return "hr" }
