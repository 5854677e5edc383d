// Package types is a minimal stub of
// github.com/aws/aws-sdk-go-v2/service/sesv2/types for hrvet's tests.
package types

// Destination lists the recipients of a message.
type Destination struct {
	ToAddresses []string
}

// Content is a piece of text with its charset.
type Content struct {
	Data *string
}

// Body is the body of a message.
type Body struct {
	Text *Content
}

// Message is a subject and a body.
type Message struct {
	Subject *Content
	Body    *Body
}

// EmailContent is the content of a message.
type EmailContent struct {
	Simple *Message
}
