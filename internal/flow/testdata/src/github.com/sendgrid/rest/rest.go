// Package rest is a minimal stub of github.com/sendgrid/rest for hrvet's
// tests.
package rest

// Method is an HTTP method.
type Method string

// Post is the POST method.
const Post Method = "POST"

// Request is an HTTP request to the SendGrid API.
type Request struct {
	Method      Method
	BaseURL     string
	Headers     map[string]string
	QueryParams map[string]string
	Body        []byte
}

// Response is the API's answer.
type Response struct {
	StatusCode int
	Body       string
	Headers    map[string][]string
}
