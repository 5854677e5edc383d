// Package logfixmask is a module's own redaction package, for logleak's
// fix to use rather than hrvet's annotations.
package logfixmask

// Phone keeps the last two characters of a phone number.
//
//hrvet:redact
func Phone(s string) string {
	if len(s) <= 2 {
		return "**"
	}
	return "***" + s[len(s)-2:]
}

// Digits keeps the last n characters: a redactor, but not of one string.
//
//hrvet:redact
func Digits(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// Quote takes a string and returns one, but it is no redactor.
func Quote(s string) string { return "'" + s + "'" }
